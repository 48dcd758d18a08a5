package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** A test method (JUnit 4/5, TestNG): starts an invocation of kind {@code test} unless one is running, and records the call. */
public final class TestEntryAdvice {
    private TestEntryAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Origin("#t #m") String id, @Advice.Local("carveBegan") boolean began) {
        began = Recorder.beginEntry("test", id);
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
