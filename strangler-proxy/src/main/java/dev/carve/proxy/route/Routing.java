package dev.carve.proxy.route;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.Stage;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.RouteConfig;
import dev.carve.proxy.stage.GateCheck;
import dev.carve.proxy.stage.GateWindow;
import dev.carve.proxy.stage.RouteState;
import dev.carve.proxy.stage.StageChange;
import dev.carve.proxy.stage.StateFile;
import dev.carve.proxy.stage.Transitions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control side of routing: applies configs (keeping each route's runtime across reloads), carries out
 * promotions, demotions and pauses, checks the gates (at once after a target error, and on every tick for p99,
 * diff rate and the progressive schedule), and saves state after every change.
 */
public final class Routing {
    private static final Logger LOG = LoggerFactory.getLogger(Routing.class);
    private static final long ERROR_CHECK_NANOS = 5_000_000;

    private final StateFile stateFile;
    private final Executor control;
    private final Map<String, RouteRuntime> runtimes = new ConcurrentHashMap<>();
    private final Map<String, RouteState> saved;
    private final AtomicBoolean saveScheduled = new AtomicBoolean();
    private volatile RouteTable table;
    private volatile List<RouteRuntime> ordered = List.of();

    /** Routing whose state lives in {@code stateFile}; saves and change logs run on {@code control}. */
    public Routing(StateFile stateFile, Executor control) {
        this.stateFile = stateFile;
        this.control = control;
        this.saved = new TreeMap<>(stateFile.load());
    }

    /** Applies a (validated) config: new routes start from the state file or their config stage. */
    public synchronized void apply(ProxyConfig config) {
        long now = System.currentTimeMillis();
        List<RouteRuntime> list = new ArrayList<>();
        for (RouteConfig rc : config.routes()) {
            RouteRuntime r = runtimes.computeIfAbsent(
                    rc.name(),
                    n -> new RouteRuntime(
                            n,
                            saved.containsKey(n)
                                    ? saved.get(n)
                                    : RouteState.initial(rc.stage(), rc.canary().percent(), now),
                            config.mirroring().samples()));
            r.apply(rc, config.legacy(), config.mirroring().samples());
            change(r, s -> Transitions.reconcile(s, rc, now));
            list.add(r);
        }
        RouteRuntime fallback = runtimes.computeIfAbsent(
                RouteRuntime.DEFAULT, n -> new RouteRuntime(n, RouteState.initial(Stage.LEGACY, 0, now), 0));
        fallback.apply(null, config.legacy(), 0);
        ordered = List.copyOf(list);
        table = new RouteTable(list, fallback);
        saveSoon();
    }

    /** The table the data plane matches against; replaced as a whole by each reload. */
    public RouteTable table() {
        return table;
    }

    /** The configured routes in file order. */
    public List<RouteRuntime> routes() {
        return ordered;
    }

    public RouteRuntime route(String name) {
        for (RouteRuntime r : ordered) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        List<String> names = ordered.stream().map(RouteRuntime::name).toList();
        throw ProxyException.badInput("no route named '" + name + "'. Routes: "
                + (names.isEmpty() ? "(none configured)" : String.join(", ", names)) + ".");
    }

    public RouteState promote(String name, Stage to, Double percent, String reason) {
        RouteRuntime r = route(name);
        return change(r, s -> Transitions.promote(s, r.config(), to, percent, reason, System.currentTimeMillis()));
    }

    public RouteState demote(String name, Stage to, String reason) {
        RouteRuntime r = route(name);
        return change(
                r, s -> Transitions.demote(s, r.config(), to, StageChange.COMMAND, reason, System.currentTimeMillis()));
    }

    public RouteState pause(String name, String reason) {
        return change(route(name), s -> Transitions.pause(s, reason));
    }

    public RouteState resume(String name) {
        return change(route(name), Transitions::resume);
    }

    /** Records a target response (from a data-plane thread); after an error the gates are checked at once. */
    public void recordTarget(RouteRuntime r, long nanos, boolean error) {
        long now = System.nanoTime();
        GateWindow w = r.window();
        w.recordTarget(nanos, error, now);
        if (error) {
            long last = r.lastErrorCheck.get();
            if (now - last >= ERROR_CHECK_NANOS && r.lastErrorCheck.compareAndSet(last, now)) {
                RouteState s = r.state();
                String breach = GateCheck.breach(s.stage(), r.config().gates(), w.snapshot(now, false));
                if (breach != null) {
                    demoteByGate(r, s.stage(), breach);
                }
            }
        }
    }

    /** Records a shadow comparison; the diff-rate gate is checked on the next tick. */
    public void recordComparison(RouteRuntime r, boolean differed) {
        r.window().recordComparison(differed, System.nanoTime());
    }

    /** Periodic work (control thread): every gate of every route, then the progressive schedule. */
    public void tick() {
        long nanos = System.nanoTime();
        long now = System.currentTimeMillis();
        for (RouteRuntime r : ordered) {
            RouteState s = r.state();
            RouteConfig c = r.config();
            GateWindow.Snapshot w = r.window().snapshot(nanos, true);
            String breach = GateCheck.breach(s.stage(), c.gates(), w);
            if (breach != null) {
                demoteByGate(r, s.stage(), breach);
            } else if (c.progressive().enabled()
                    && !s.paused()
                    && (s.stage() == Stage.SHADOW || s.stage() == Stage.CANARY)
                    && now - s.sinceMillis() >= c.progressive().bake().millis()
                    && GateCheck.holdsWithEvidence(s.stage(), c.gates(), w)) {
                change(r, cur -> cur == s ? Transitions.scheduledStep(cur, c, now) : cur);
            }
        }
    }

    /** Saves the state file now (shutdown). */
    public void saveNow() {
        stateFile.save(snapshotStates());
    }

    private void demoteByGate(RouteRuntime r, Stage seen, String breach) {
        change(
                r,
                s -> s.stage() == seen && seen != Stage.LEGACY
                        ? Transitions.demote(s, r.config(), null, StageChange.GATE, breach, System.currentTimeMillis())
                        : s);
    }

    private RouteState change(RouteRuntime r, UnaryOperator<RouteState> f) {
        while (true) {
            RouteState current = r.state.get();
            RouteState next = f.apply(current);
            if (next == current) {
                return current;
            }
            if (r.state.compareAndSet(current, next)) {
                if (next.stage() != current.stage() || next.percent() != current.percent()) {
                    r.window().reset();
                    StageChange c = next.lastChange();
                    boolean gate = c != null && c.cause().equals(StageChange.GATE);
                    String line = "route " + r.name() + ": " + describe(current) + " -> " + describe(next) + " ("
                            + (c == null ? "" : c.cause() + ": " + c.reason()) + ")";
                    control.execute(() -> {
                        if (gate) {
                            LOG.warn("{}", line);
                        } else {
                            LOG.info("{}", line);
                        }
                    });
                }
                saveSoon();
                return next;
            }
        }
    }

    private static String describe(RouteState s) {
        return s.stage() == Stage.CANARY
                ? "canary "
                        + (s.percent() == Math.rint(s.percent())
                                ? Long.toString((long) s.percent())
                                : Double.toString(s.percent()))
                        + "%"
                : s.stage().id();
    }

    private void saveSoon() {
        if (saveScheduled.compareAndSet(false, true)) {
            control.execute(() -> {
                saveScheduled.set(false);
                try {
                    stateFile.save(snapshotStates());
                } catch (ProxyException e) {
                    LOG.error("{}", e.getMessage());
                }
            });
        }
    }

    private Map<String, RouteState> snapshotStates() {
        Map<String, RouteState> all = new LinkedHashMap<>(saved);
        for (RouteRuntime r : runtimes.values()) {
            if (!r.name().equals(RouteRuntime.DEFAULT)) {
                all.put(r.name(), r.state());
            }
        }
        return all;
    }
}
