package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** Any application method: one call from the method on top of the thread's stack to this one. */
public final class CallAdvice {
    private CallAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Origin("#t #m") String id) {
        return Recorder.enter(id);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object state, @Advice.Origin("#t #m") String id, @Advice.Thrown Throwable thrown) {
        Recorder.exit(state, id, thrown);
    }
}
