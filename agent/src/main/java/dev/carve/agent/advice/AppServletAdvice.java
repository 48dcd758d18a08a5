package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** An application's own servlet or filter: the HTTP request may begin here, and the call is recorded. */
public final class AppServletAdvice {
    private AppServletAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(
            @Advice.Origin("#t #m") String id,
            @Advice.Argument(0) Object request,
            @Advice.Local("carveBegan") Object began) {
        began = Recorder.beginHttp(request);
        return Recorder.enter(id);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(
            @Advice.Enter Object state,
            @Advice.Origin("#t #m") String id,
            @Advice.Argument(0) Object request,
            @Advice.Argument(1) Object response,
            @Advice.Thrown Throwable thrown,
            @Advice.Local("carveBegan") Object began) {
        Recorder.exit(state, id, thrown);
        Recorder.endHttp(began, request, response, thrown);
    }
}
