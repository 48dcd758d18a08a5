package dev.carve.agent.advice;

import dev.carve.agent.record.Recorder;
import net.bytebuddy.asm.Advice;

/** {@code PreparedStatement.execute*()} and {@code executeBatch()}: counts the SQL it was prepared with. */
public final class JdbcPreparedAdvice {
    private JdbcPreparedAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static boolean enter(@Advice.This Object statement) {
        boolean outermost = Recorder.jdbcEnter();
        Recorder.executedPrepared(outermost, statement);
        return outermost;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit() {
        Recorder.jdbcExit();
    }
}
