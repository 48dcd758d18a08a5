package dev.carve.analyzer.runtime;

/**
 * A method as traces name it, {@code com.acme.Order#place}: the type and the member (a method name, without
 * parameter types). {@code Root} stands for the caller of an entry point and has no member.
 */
record MethodId(String type, String member) {
    static MethodId parse(String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            return new MethodId(id, "");
        }
        return new MethodId(id.substring(0, hash), id.substring(hash + 1));
    }
}
