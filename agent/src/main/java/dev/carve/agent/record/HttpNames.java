package dev.carve.agent.record;

import java.lang.reflect.Method;

/**
 * Names an HTTP invocation from the servlet request, read reflectively (the agent cannot link against the servlet
 * API): Spring MVC's best-matching pattern when set, else the handler's route, else method and path with numeric and
 * UUID-like segments replaced by {@code {id}} so names stay few.
 */
final class HttpNames {
    private static final String SPRING_PATTERN = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";
    private static final ClassValue<Method[]> METHODS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return new Method[] {
                find(type, "getMethod"),
                find(type, "getRequestURI"),
                find(type, "getAttribute", String.class),
                find(type, "getStatus")
            };
        }
    };

    private HttpNames() {}

    static String name(Invocation inv, Object request) throws ReflectiveOperationException {
        Method[] m = request == null ? new Method[4] : METHODS.get(request.getClass());
        String verb = m[0] == null ? "" : String.valueOf(m[0].invoke(request));
        Object pattern = m[2] == null ? null : m[2].invoke(request, SPRING_PATTERN);
        if (pattern != null) {
            inv.route = verb + " " + pattern;
            return inv.route;
        }
        if (!inv.route.isEmpty()) {
            return inv.route;
        }
        String uri = m[1] == null ? "" : String.valueOf(m[1].invoke(request));
        return (verb + " " + normalize(uri)).trim();
    }

    static int status(Object response) {
        try {
            Method getStatus = response == null ? null : METHODS.get(response.getClass())[3];
            return getStatus == null ? 0 : ((Number) getStatus.invoke(response)).intValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    static String normalize(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (looksLikeId(segments[i])) {
                segments[i] = "{id}";
            }
        }
        String s = String.join("/", segments);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static boolean looksLikeId(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < segment.length(); i++) {
            if (Character.isDigit(segment.charAt(i))) {
                digits++;
            }
        }
        return digits == segment.length() || segment.length() >= 16 && digits * 3 >= segment.length();
    }

    private static Method find(Class<?> type, String name, Class<?>... params) {
        Method viaInterface = publicInterfaceMethod(type, name, params);
        if (viaInterface != null) {
            return viaInterface;
        }
        try {
            return type.getMethod(name, params);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Container request classes may be non-public; their public interface methods are always accessible. */
    private static Method publicInterfaceMethod(Class<?> type, String name, Class<?>... params) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    return i.getMethod(name, params);
                } catch (NoSuchMethodException e) {
                    // try the next interface
                }
            }
        }
        return null;
    }
}
