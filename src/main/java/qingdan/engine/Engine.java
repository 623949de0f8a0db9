package qingdan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import qingdan.load.References;
import qingdan.load.Loaded;
import qingdan.pack.CheckContract;
import qingdan.pack.Join;
import qingdan.pack.Pack;
import qingdan.pack.PackLoader;

/** Runs the checks of a rule book over loaded catalogues. */
public final class Engine {
    private final RuleBook book;
    private final FactBuilder facts;

    private final int threads;

    /** @param threads worker threads; the findings are the same for any number */
    public Engine(RuleBook book, FactBuilder facts, int threads) {
        this.book = book;
        this.facts = facts;
        this.threads = threads;
    }

    /**
     * Fires every check on the catalogues that loaded cleanly. To a rule, a run is one session:
     * it may be split into sessions (for cores and memory) only along the joins the checks of the
     * run declare in their contracts, which the split keeps together.
     */
    public List<Finding> run(References.Resolved catalogues, Progress progress) {
        Findings findings = new Findings(progress, book.packSet().contracts());
        List<WaiverSite> sites = Collections.synchronizedList(new ArrayList<>());
        List<Partitions.Batch> batches = Partitions.of(catalogues, threads, anyJoin(catalogues));
        if (batches.size() <= 1) {
            for (Partitions.Batch b : batches) {
                session(catalogues, b, findings, sites);
            }
        } else {
            // Independent groups of counties, one session each, on every core. Findings are
            // sorted at the end, so the order sessions finish in never shows.
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, batches.size()), r -> {
                Thread t = new Thread(r, "qingdan-session");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> running = new ArrayList<>();
                for (Partitions.Batch b : batches) {
                    running.add(pool.submit(() -> session(catalogues, b, findings, sites)));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        List<WaiverSite> ordered;
        synchronized (sites) {
            ordered = new ArrayList<>(sites);
        }
        Pack integrity = book.packs().get(PackLoader.INTEGRITY);
        return findings.finish(ordered, facts.checkDate(), integrity == null ? null : integrity.rules().get("expired-waiver"),
                integrity == null ? null : integrity.rules().get("unused-waiver"));
    }

    /** True when a check that runs may join any catalogue of the run ({@code joins: [any]}, or none declared). */
    private boolean anyJoin(References.Resolved run) {
        Set<String> packs = new HashSet<>();
        for (Loaded l : run.catalogues()) {
            packs.addAll(l.packs());
        }
        for (String p : packs) {
            Pack pack = book.packs().get(p);
            for (String rule : pack == null ? Set.<String>of() : pack.rules().keySet()) {
                CheckContract c = book.checks().get(rule);
                if (c != null && c.joins().contains(Join.ANY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void session(References.Resolved run, Partitions.Batch batch, Findings findings, List<WaiverSite> sites) {
        KieSession session = book.kieBase().newKieSession();
        try {
            session.setGlobal("findings", findings);
            int[] facts = {0};
            this.facts.facts(run, batch.own(), batch.copies(), f -> {
                facts[0]++;
                session.insert(f);
            }, sites::add);
            // A rule that fires without end (a user's DRL that keeps inserting) is stopped, and
            // named: the rule that fires most once the bound is reached. Real checks fire a few
            // times per fact at most, so only a runaway session pays for the counting.
            long limit = Math.min(Integer.MAX_VALUE / 2, Math.max(Integer.getInteger("qingdan.firings", MIN_FIRINGS), (long) FIRINGS_PER_FACT * facts[0]));
            if (session.fireAllRules((int) limit) >= limit) {
                Map<String, Integer> fired = new HashMap<>();
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                    }
                });
                session.fireAllRules(10_000);
                fired.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .ifPresent(e -> runaway.add(e.getKey()));
            }
        } finally {
            session.dispose();
        }
    }

    /** Firings allowed per session: at least this many (a system property lets tests lower it), */
    public static final int MIN_FIRINGS = Integer.getInteger("qingdan.firings", 1_000_000);
    /** or this many per fact inserted, whichever is more. */
    static final int FIRINGS_PER_FACT = 200;

    private final Set<String> runaway = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The rules that were stopped after the bounded number of firings, by name. */
    public Set<String> runaway() {
        return new TreeSet<>(runaway);
    }
}
