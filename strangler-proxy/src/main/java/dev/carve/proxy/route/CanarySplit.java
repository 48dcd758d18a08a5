package dev.carve.proxy.route;

import dev.carve.proxy.config.RouteConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * The sticky canary split: a client key (a cookie, a header, or the client address) hashes to one of 10,000
 * buckets, and buckets below {@code percent * 100} go to the target. The same key always lands in the same bucket,
 * and raising the percentage only moves clients from legacy to the target, never back.
 */
public final class CanarySplit {
    private CanarySplit() {}

    public static boolean toTarget(
            RouteConfig.Canary canary, double percent, HttpHeaders headers, String clientAddress) {
        if (percent <= 0) {
            return false;
        }
        if (percent >= 100) {
            return true;
        }
        return bucket(key(canary, headers, clientAddress)) < percent * 100;
    }

    static String key(RouteConfig.Canary canary, HttpHeaders headers, String clientAddress) {
        String key = null;
        if (canary.stickyBy() == RouteConfig.StickyBy.HEADER) {
            key = headers.get(canary.stickyName());
        } else if (canary.stickyBy() == RouteConfig.StickyBy.COOKIE) {
            key = cookie(headers, canary.stickyName());
        }
        return key == null || key.isEmpty() ? clientAddress : key;
    }

    /** The value of one cookie, scanning the Cookie headers without decoding all of them. */
    static String cookie(HttpHeaders headers, String name) {
        for (String header : headers.getAll(HttpHeaderNames.COOKIE)) {
            int i = 0;
            while (i < header.length()) {
                while (i < header.length() && (header.charAt(i) == ' ' || header.charAt(i) == ';')) {
                    i++;
                }
                int eq = header.indexOf('=', i);
                int end = header.indexOf(';', i);
                if (end < 0) {
                    end = header.length();
                }
                if (eq > 0 && eq < end && header.regionMatches(i, name, 0, name.length()) && eq - i == name.length()) {
                    String v = header.substring(eq + 1, end).trim();
                    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
                            ? v.substring(1, v.length() - 1)
                            : v;
                }
                i = end + 1;
            }
        }
        return null;
    }

    /** FNV-1a over the key, finished with a murmur-style mix, into 0..9999. */
    static int bucket(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) Long.remainderUnsigned(h, 10_000);
    }
}
