package dev.carve.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-worked example of shared/benchmarks/README.md. */
class MoJoTest {
    private static final Map<String, String> B = map("a B1 b B1 c B1 d B1 e B2 f B2 g B2 h B3 i B3");
    private static final Map<String, String> A = map("a A1 b A1 e A1 c A2 d A2 f A2 g A2 h A3 i A4");

    private static Map<String, String> map(String pairs) {
        String[] f = pairs.split(" ");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < f.length; i += 2) {
            m.put(f[i], f[i + 1]);
        }
        return m;
    }

    @Test
    void findsTheOptimalDistanceOfTheWorkedExample() {
        assertThat(MoJo.distance(A, B)).isEqualTo(4);
        assertThat(MoJo.maxDistanceTo(B)).isEqualTo(6);
        assertThat(MoJo.mojoFm(A, B)).isCloseTo(33.333, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void matchingDoesNotDependOnWhichClusterIsVisitedFirst() {
        Map<String, String> a2First = map("c A2 d A2 f A2 g A2 a A1 b A1 e A1 h A3 i A4");
        assertThat(MoJo.distance(a2First, B)).isEqualTo(4);
    }

    @Test
    void identicalIsHundredOneClusterIsSixteenSixtySevenSingletonsAreZero() {
        assertThat(MoJo.mojoFm(B, B)).isEqualTo(100.0);
        Map<String, String> one = new LinkedHashMap<>();
        Map<String, String> singletons = new LinkedHashMap<>();
        B.keySet().forEach(k -> {
            one.put(k, "X");
            singletons.put(k, k);
        });
        assertThat(MoJo.distance(one, B)).isEqualTo(5);
        assertThat(Math.round(MoJo.mojoFm(one, B) * 100) / 100.0).isEqualTo(16.67);
        assertThat(MoJo.distance(singletons, B)).isEqualTo(6);
        assertThat(MoJo.mojoFm(singletons, B)).isEqualTo(0.0);
    }
}
