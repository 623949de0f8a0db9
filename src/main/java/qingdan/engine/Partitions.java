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
import qingdan.model.AssessmentCatalogue;
import qingdan.model.Catalogue;
import qingdan.model.DelegationCatalogue;
import qingdan.model.DutyTransferList;
import qingdan.model.EstablishmentPlan;
import qingdan.model.Person;
import qingdan.model.PersonnelRoster;
import qingdan.model.PublicServiceCatalogue;
import qingdan.model.StaffingLedger;
import qingdan.model.StaffingLine;
import qingdan.model.Township;

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
    /**
     * Facts per session beyond which another session pays for its copy of the guidance. The rule
     * network holds about a kilobyte per fact while its session runs, so this bounds the memory
     * of the sessions in flight whatever the catalogues' kinds: a county's roster gives some 1,700
     * facts, its assessment list 20. A session this size is over before its network outlives a
     * young collection; at 40,000 the national check spent a third of its rule time in full
     * collections of networks promoted to the old generation. At 10,000 the copies of a
     * province's guidance catalogue (5,000 items in each session) cost as much again as that
     * saved (docs/performance.md).
     */
    static final long FACTS_PER_SESSION = 20_000;

    /** One session's catalogues, and the catalogues it needs copies of. */
    record Batch(List<Loaded> own, List<Loaded> copies) {
    }

    private Partitions() {
    }

    static List<Batch> of(References.Resolved run, int threads, boolean whole) {
        return of(run, threads, whole, FACTS_PER_SESSION);
    }

    static List<Batch> of(References.Resolved run, int threads, boolean whole, long factsPerSession) {
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

        List<List<Loaded>> grouped = List.copyOf(groups.values());
        long[] weights = new long[grouped.size()];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            for (Loaded l : grouped.get(i)) {
                weights[i] += weight(l.catalogue());
            }
            total += weights[i];
        }
        long wanted = Math.max(threads, (total + factsPerSession - 1) / factsPerSession);
        int sessions = (int) Math.max(1, Math.min(groups.size(), wanted));
        long perSession = (total + sessions - 1) / sessions;
        List<Batch> out = new ArrayList<>();
        List<Loaded> current = new ArrayList<>();
        long currentWeight = 0;
        for (int i = 0; i < weights.length; i++) {
            List<Loaded> g = grouped.get(i);
            long w = weights[i];
            if (!current.isEmpty() && currentWeight + w > perSession) {
                out.add(batch(current, run, byId));
                current = new ArrayList<>();
                currentWeight = 0;
            }
            current.addAll(g);
            currentWeight += w;
        }
        if (!current.isEmpty()) {
            out.add(batch(current, run, byId));
        }
        return out;
    }

    /** About how many facts a catalogue gives: one per township, institution, item, person, grade and entry. */
    static long weight(Catalogue c) {
        long n = 1;
        if (c instanceof EstablishmentPlan p) {
            for (Township t : p.townships()) {
                n += 1 + size(t.institutions());
            }
        } else if (c instanceof DelegationCatalogue d) {
            n += size(d.items());
        } else if (c instanceof AssessmentCatalogue a) {
            n += size(a.items());
        } else if (c instanceof DutyTransferList t) {
            n += size(t.items());
        } else if (c instanceof PublicServiceCatalogue s) {
            n += size(s.items()) + size(s.sites());
        } else if (c instanceof StaffingLedger s) {
            for (StaffingLine line : s.lines()) {
                n += 1 + size(line.usedByCounty()) + size(line.demanded());
            }
        } else if (c instanceof PersonnelRoster r) {
            for (Person p : r.people()) {
                n += 1 + (p.grades() == null ? 0 : p.grades().size());
            }
            n += size(r.moves()) + size(r.allowances()) + size(r.dispatchedActions());
        }
        return n;
    }

    private static int size(java.util.Collection<?> c) {
        return c == null ? 0 : c.size();
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

    /** The county a file belongs to; a file without a jurisdiction (--kind) is one of its own. */
    private static String jurisdiction(Loaded l) {
        String j = l.catalogue().header().jurisdiction();
        return j != null ? j : "\u0000" + l.file();
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
