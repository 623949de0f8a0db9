package qingdan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.bench.CorpusGenerator;
import qingdan.load.CatalogueLoader;
import qingdan.load.Loaded;
import qingdan.load.References;
import qingdan.load.Walk;
import qingdan.model.PersonnelRoster;

/** A run is split into sessions by the facts its catalogues give, never across a county. */
class PartitionsTest {

    @Test
    void sessionsAreBoundedByFactsAndKeepEachCountyWhole(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(dir, 6, CorpusGenerator.DEFAULT_SEED, 300);
        RuleBook book = RuleBook.load(List.of());
        CatalogueLoader loader = new CatalogueLoader(book.packSet(), null);
        Walk.Found found = Walk.expand(List.of(dir.toString()), List.of());
        List<Loaded> named = found.inputs().stream().map(in -> loader.load(in.path(), in.display(), true, in.walked())).toList();
        References.Resolved run = References.resolve(named, loader, found.roots());

        Loaded roster = run.catalogues().stream().filter(l -> l.catalogue() instanceof PersonnelRoster).findFirst().orElseThrow();
        PersonnelRoster r = (PersonnelRoster) roster.catalogue();
        long people = r.people().size();
        long grades = r.people().stream().mapToLong(p -> p.grades() == null ? 0 : p.grades().size()).sum();
        assertEquals(1 + people + grades + r.moves().size() + r.allowances().size() + r.dispatchedActions().size(),
                Partitions.weight(r), "a roster weighs one fact per person, grade and entry");

        Map<String, Long> counties = new HashMap<>();
        run.catalogues().forEach(l -> counties.merge(l.catalogue().header().jurisdiction(), Partitions.weight(l.catalogue()), Long::sum));
        long total = counties.values().stream().mapToLong(Long::longValue).sum();
        long largest = counties.values().stream().mapToLong(Long::longValue).max().orElseThrow();

        assertEquals(1, Partitions.of(run, 1, false).size(), "six counties are one session's worth of facts");
        long budget = 3_000; // about one county
        List<Partitions.Batch> batches = Partitions.of(run, 1, false, budget);
        assertTrue(batches.size() >= total / (budget + largest) && batches.size() > 1, "sessions: " + batches.size());
        Map<String, Integer> sessionOf = new HashMap<>();
        for (int i = 0; i < batches.size(); i++) {
            long weight = 0;
            java.util.Set<String> inSession = new java.util.HashSet<>();
            for (Loaded l : batches.get(i).own()) {
                weight += Partitions.weight(l.catalogue());
                inSession.add(l.catalogue().header().jurisdiction());
                Integer before = sessionOf.put(l.catalogue().header().jurisdiction(), i);
                assertTrue(before == null || before == i, "a county's catalogues share one session: " + l.file());
            }
            // Only a county that alone weighs more than the budget makes a session over it; the last
            // session once took every county left over when the count of sessions ran out.
            assertTrue(weight <= budget || inSession.size() == 1,
                    "session " + i + " of " + batches.size() + " weighs " + weight + " in " + inSession.size() + " counties");
        }
        assertEquals(run.catalogues().size(), batches.stream().mapToInt(b -> b.own().size()).sum());
    }
}
