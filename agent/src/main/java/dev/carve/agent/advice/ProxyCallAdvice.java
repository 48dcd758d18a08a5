package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/**
 * A method of a JDK proxy that implements an application interface (Spring Data repositories, Feign clients,
 * MyBatis mappers): recorded as a call into the interface, whose name is bound when the proxy class is transformed.
 */
public final class ProxyCallAdvice {
    private ProxyCallAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@CallId String id) {
        return Recorder.enter(id);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object state, @CallId String id, @Advice.Thrown Throwable thrown) {
        Recorder.exit(state, id, thrown);
    }
}
