package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** {@code Statement.execute*(sql, ...)} and {@code addBatch(sql)}: counts the statement. */
public final class JdbcSqlAdvice {
    private JdbcSqlAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static boolean enter(@Advice.Argument(0) String sql) {
        boolean outermost = Recorder.jdbcEnter();
        Recorder.executed(outermost, sql);
        return outermost;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit() {
        Recorder.jdbcExit();
    }
}
