package dev.carve.proxy.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.proxy.Stage;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.config.RouteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagesTest {
    static RouteConfig route(boolean progressive) {
        return ProxyConfigs.builder()
                .backend("legacy", "http://a:1")
                .backend("n", "http://b:1")
                .route("orders", "/o/**", "n")
                .set("routes[0].progressive.enabled", progressive)
                .set("routes[0].progressive.steps", List.of(5, 50, 100))
                .set("routes[0].gates.minRequests", 10)
                .set("routes[0].gates.maxErrorRate", 0.1)
                .set("routes[0].gates.maxP99", "100ms")
                .build()
                .routes()
                .get(0);
    }

    @Test
    void promotesOneStageAtATimeAndDemotesBackToTheLastSplit() {
        RouteConfig r = route(false);
        RouteState s = RouteState.initial(Stage.LEGACY, 10, 0);
        s = Transitions.promote(s, r, null, null, null, 1);
        assertThat(s.stage()).isEqualTo(Stage.SHADOW);
        s = Transitions.promote(s, r, null, null, null, 2);
        assertThat(s.stage()).isEqualTo(Stage.CANARY);
        assertThat(s.targetPercent()).isEqualTo(10);
        s = Transitions.promote(s, r, Stage.CANARY, 30.0, null, 3);
        s = Transitions.promote(s, r, null, null, null, 4);
        assertThat(s.stage()).isEqualTo(Stage.NEW);
        assertThat(s.targetPercent()).isEqualTo(100);
        s = Transitions.demote(s, r, null, StageChange.GATE, "error rate", 5);
        assertThat(s.stage()).isEqualTo(Stage.CANARY);
        assertThat(s.targetPercent()).isEqualTo(30);
        assertThat(s.paused()).isTrue();
        assertThat(s.pauseReason()).isEqualTo("error rate");
        assertThat(s.history()).hasSize(5);
        RouteState finalState = s;
        assertThatThrownBy(() -> Transitions.promote(finalState, r, Stage.SHADOW, null, null, 6))
                .hasMessageContaining("Use demote");
        assertThat(Transitions.promote(s, r, null, null, null, 7).paused())
                .as("a command clears the pause")
                .isFalse();
    }

    @Test
    void followsTheProgressiveStepsToNew() {
        RouteConfig r = route(true);
        RouteState s = RouteState.initial(Stage.SHADOW, 10, 0);
        s = Transitions.scheduledStep(s, r, 1);
        assertThat(s.targetPercent()).isEqualTo(5);
        s = Transitions.scheduledStep(s, r, 2);
        assertThat(s.targetPercent()).isEqualTo(50);
        s = Transitions.scheduledStep(s, r, 3);
        assertThat(s.stage()).isEqualTo(Stage.NEW);
        assertThat(s.history()).extracting(StageChange::cause).containsOnly(StageChange.SCHEDULE);
    }

    @Test
    void aConfigStageEditWinsOverTheSavedStageOnlyWhenItChanged() {
        RouteConfig r = route(false);
        RouteState saved = Transitions.promote(RouteState.initial(Stage.LEGACY, 10, 0), r, Stage.CANARY, 20.0, null, 1);
        assertThat(Transitions.reconcile(saved, r, 2)).isSameAs(saved);
        RouteConfig edited = ProxyConfigs.builder()
                .backend("legacy", "http://a:1")
                .backend("n", "http://b:1")
                .route("orders", "/o/**", "n", Stage.SHADOW)
                .build()
                .routes()
                .get(0);
        RouteState after = Transitions.reconcile(saved, edited, 3);
        assertThat(after.stage()).isEqualTo(Stage.SHADOW);
        assertThat(after.lastChange().cause()).isEqualTo(StageChange.CONFIG);
    }

    @Test
    void gatesNeedEvidenceThenFireOnErrorRateAndP99() {
        RouteConfig.Gates g = route(false).gates();
        GateWindow w = new GateWindow(30_000_000_000L);
        long now = 1_000_000_000_000L;
        for (int i = 0; i < 9; i++) {
            w.recordTarget(1_000_000, true, now);
        }
        assertThat(GateCheck.breach(Stage.NEW, g, w.snapshot(now)))
                .as("not enough requests yet")
                .isNull();
        for (int i = 0; i < 91; i++) {
            w.recordTarget(1_000_000, false, now);
        }
        assertThat(GateCheck.breach(Stage.NEW, g, w.snapshot(now))).isNull();
        w.recordTarget(1_000_000, true, now);
        w.recordTarget(1_000_000, true, now);
        assertThat(GateCheck.breach(Stage.NEW, g, w.snapshot(now))).startsWith("error rate 10.8% > 10.0%");
        assertThat(GateCheck.breach(Stage.LEGACY, g, w.snapshot(now))).isNull();

        GateWindow slow = new GateWindow(30_000_000_000L);
        for (int i = 0; i < 100; i++) {
            slow.recordTarget(i < 97 ? 5_000_000 : 400_000_000, false, now);
        }
        assertThat(slow.snapshot(now).p99Micros()).isBetween(350_000L, 460_000L);
        assertThat(GateCheck.breach(Stage.CANARY, g, slow.snapshot(now))).startsWith("p99 latency");
        assertThat(slow.snapshot(now + 31_000_000_000L).requests())
                .as("the window slides")
                .isZero();
    }

    @Test
    void savesAndLoadsStatesAtomically(@TempDir Path dir) {
        StateFile file = new StateFile(dir.resolve("s/state.json"));
        assertThat(file.load()).isEmpty();
        RouteState s =
                Transitions.promote(RouteState.initial(Stage.LEGACY, 10, 0), route(false), Stage.CANARY, 25.0, "go", 5);
        file.save(Map.of("orders", s));
        assertThat(file.load()).containsEntry("orders", s);
    }
}
