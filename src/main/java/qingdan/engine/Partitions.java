package qingdan.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qingdan.load.Loaded;
import qingdan.load.References;

/**
 * Splits a run into groups of catalogues that no rule joins across, so that each group can have a
 * session of its own: on its own core, and with only the groups in flight in memory. The joins
 * are those the checks' contracts declare ({@link qingdan.pack.Join}): within a jurisdiction (a
 * county's plan and lists), along {@code establishment:} links, and with a list's guidance
 * catalogue; that last one is shared by a whole province, so it is copied into each group that
 * needs it (facts only: its own checks run in its own group). A run with a check that may join
 * any catalogue is one session.
 */
final class Partitions {
    /** Catalogues per session beyond which another session pays for its copy of the guidance. */
    private static final int CATALOGUES_PER_SESSION = 400;

    /** One session's catalogues, and the catalogues it needs copies of. */
    record Batch(List<Loaded> own, List<Loaded> copies) {
    }

    private Partitions() {
    }

    static List<Batch> of(References.Resolved run, int threads, boolean whole) {
        List<Loaded> ok = run.catalogues().stream().filter(Loaded::ok).toList();
        if (whole) {
            return ok.isEmpty() ? List.of() : List.of(new Batch(ok, List.of()));
        }
        Map<String, Loaded> byId = new HashMap<>();
        ok.forEach(l -> byId.putIfAbsent(l.id(), l));

        // Jurisdictions joined by an establishment: link across them form one group.
        Map<String, String> parent = new HashMap<>();
        for (Loaded l : ok) {
            String plan = run.establishment().get(l.id());
            if (plan != null && byId.containsKey(plan)) {
                union(parent, jurisdiction(l), jurisdiction(byId.get(plan)));
            }
        }
        Map<String, List<Loaded>> groups = new LinkedHashMap<>();
        for (Loaded l : ok) {
            groups.computeIfAbsent(find(parent, jurisdiction(l)), k -> new ArrayList<>()).add(l);
        }

        int wanted = Math.max(threads, (ok.size() + CATALOGUES_PER_SESSION - 1) / CATALOGUES_PER_SESSION);
        int sessions = Math.max(1, Math.min(groups.size(), wanted));
        int perSession = (ok.size() + sessions - 1) / sessions;
        List<Batch> out = new ArrayList<>();
        List<Loaded> current = new ArrayList<>();
        for (List<Loaded> g : groups.values()) {
            if (!current.isEmpty() && current.size() + g.size() > perSession && out.size() < sessions - 1) {
                out.add(batch(current, run, byId));
                current = new ArrayList<>();
            }
            current.addAll(g);
        }
        if (!current.isEmpty()) {
            out.add(batch(current, run, byId));
        }
        return out;
    }

    private static Batch batch(List<Loaded> own, References.Resolved run, Map<String, Loaded> byId) {
        Set<String> ids = new LinkedHashSet<>();
        own.forEach(l -> ids.add(l.id()));
        Set<String> needed = new LinkedHashSet<>();
        for (Loaded l : own) {
            String g = run.guidance().get(l.id());
            if (g != null && !ids.contains(g) && byId.containsKey(g)) {
                needed.add(g);
            }
        }
        return new Batch(List.copyOf(own), needed.stream().map(byId::get).toList());
    }

    private static String jurisdiction(Loaded l) {
        return String.valueOf(l.catalogue().header().jurisdiction());
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
