package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** A {@code public static void main(String[])} of the application: starts an invocation of kind {@code main} unless one is running, and records the call. */
public final class MainEntryAdvice {
    private MainEntryAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Origin("#t #m") String id, @Advice.Local("carveBegan") boolean began) {
        began = Recorder.beginEntry("main", id);
        return Recorder.enter(id);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(
            @Advice.Enter Object state,
            @Advice.Origin("#t #m") String id,
            @Advice.Thrown Throwable thrown,
            @Advice.Local("carveBegan") boolean began) {
        Recorder.exit(state, id, thrown);
        Recorder.endEntry(began, thrown);
    }
}
