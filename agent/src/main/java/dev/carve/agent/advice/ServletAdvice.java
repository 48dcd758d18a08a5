package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** {@code Servlet.service} or {@code Filter.doFilter} of the container or a framework: the HTTP request begins. */
public final class ServletAdvice {
    private ServletAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Argument(0) Object request) {
        return Recorder.beginHttp(request);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(
            @Advice.Enter Object began,
            @Advice.Argument(0) Object request,
            @Advice.Argument(1) Object response,
            @Advice.Thrown Throwable thrown) {
        Recorder.endHttp(began, request, response, thrown);
    }
}
