package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** An HTTP handler method (Spring MVC, JAX-RS): names the running HTTP invocation, or starts one. */
public final class HandlerEntryAdvice {
    private HandlerEntryAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(
            @Advice.Origin("#t #m") String id, @Route String route, @Advice.Local("carveBegan") boolean began) {
        began = Recorder.beginHandler(route, id);
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
