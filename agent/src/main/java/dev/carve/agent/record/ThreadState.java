package dev.carve.agent.record;

/** One thread's call stack of application methods, its current invocation, and its JDBC nesting. */
final class ThreadState {
    private static final int MAX_DEPTH = 1_024;

    String[] stack = new String[32];
    /** Frames entered; may exceed what the array holds, then the deepest frames are only counted. */
    int depth;

    Invocation invocation;
    int jdbcDepth;
    Throwable lastThrown;

    String top() {
        if (depth == 0) {
            return Recorder.ROOT;
        }
        return stack[Math.min(depth, stack.length) - 1];
    }

    void push(String id) {
        if (depth < stack.length) {
            stack[depth] = id;
        } else if (stack.length < MAX_DEPTH) {
            String[] bigger = new String[stack.length * 2];
            System.arraycopy(stack, 0, bigger, 0, stack.length);
            stack = bigger;
            stack[depth] = id;
        }
        depth++;
    }

    /** Pops {@code id}; if frames above it were never popped (a constructor that threw), pops them too. */
    void pop(String id) {
        if (depth == 0) {
            return;
        }
        if (depth > stack.length) {
            depth--;
            return;
        }
        for (int i = depth - 1; i >= 0 && i >= depth - 8; i--) {
            if (stack[i] == id) {
                for (int j = i; j < depth; j++) {
                    stack[j] = null;
                }
                depth = i;
                return;
            }
        }
    }
}
