package dev.carve.agent.record;

/**
 * Method ids. Inside the host they are the constants ByteBuddy writes for {@code @Advice.Origin("#t #m")}, e.g.
 * {@code com.acme.Order place}: interned, so counting compares them by identity. In the trace file they read
 * {@code com.acme.Order#place}.
 */
final class Ids {
    private Ids() {}

    static String readable(String id) {
        int space = id.indexOf(' ');
        return space < 0 ? id : id.substring(0, space) + '#' + id.substring(space + 1);
    }
}
