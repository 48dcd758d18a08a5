package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** {@code Connection.prepareStatement(sql, ...)} and {@code prepareCall}: remembers the statement's SQL. */
public final class JdbcPrepareAdvice {
    private JdbcPrepareAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static boolean enter() {
        return Recorder.jdbcEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter boolean outermost, @Advice.Argument(0) String sql, @Advice.Return Object statement) {
        Recorder.prepared(outermost, statement, sql);
        Recorder.jdbcExit();
    }
}
