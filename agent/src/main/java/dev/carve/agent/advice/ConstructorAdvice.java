package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/**
 * Application constructors. Exit advice cannot catch what a constructor throws (the super call cannot be wrapped), so
 * a frame may stay on the stack; the caller's exit pops it (see the recorder's stack).
 */
public final class ConstructorAdvice {
    private ConstructorAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Origin("#t #m") String id) {
        return Recorder.enter(id);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter Object state, @Advice.Origin("#t #m") String id) {
        Recorder.exit(state, id, null);
    }
}
