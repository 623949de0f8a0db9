package qingdan.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.bench.CorpusGenerator;
import qingdan.engine.Finding;
import qingdan.engine.Progress;
import qingdan.engine.RuleBook;
import qingdan.report.Report;
import qingdan.support.Qingdan;

/**
 * To a rule, a run is one session: however many worker threads split it, the findings are the
 * same, for a user's check that joins across counties as for the shipped checks.
 */
class OneSessionSemanticsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** A user's check that joins every plan of the run: a township name used in another county's plan too. */
    static final String DRL = """
            package acrosscounties;

            import qingdan.engine.facts.Check;
            import qingdan.engine.facts.TownshipFact;

            global qingdan.engine.Findings findings;

            rule "township-name-elsewhere"
            when
                $c : Check(rule == "township-name-elsewhere", $cat : catalogue)
                $t : TownshipFact(catalogue == $cat, $name : name)
                $o : TownshipFact(catalogue != $cat, name == $name)
            then
                findings.report(kcontext, $c, $t.subject(), $name, $o.catalogue());
            end
            """;
    /** No joins: declared, so the check may read any catalogue of the run. */
    static final String CONTRACT = """
            checks:
              township-name-elsewhere:
                kinds: [establishment-plan]
                messages:
                  township-name-elsewhere:
                    zh: "乡镇名称{0}也见于{1}"
                    en: "the township name {0} is used in {1} too"
            """;
    static final String PACK = """
            id: names-2024
            document: 某办发〔2024〕2号
            rules:
              township-name-elsewhere:
                severity: info
                clause: 一
                quote: 乡镇名称不得重复
            """;

    private static List<Finding> check(List<Path> rules, List<String> paths, int threads) {
        Report r = new Checker(RuleBook.load(rules), "test").check(paths,
                new Checker.Options(null, null, TODAY, false, threads), new Progress());
        assertEquals(List.of(), r.inputErrors());
        return r.findings();
    }

    @Test
    void aUserCheckJoiningAcrossCountiesFindsTheSameWithOneAndFourThreads(@TempDir Path dir) {
        Path rules = dir.resolve("rules");
        Qingdan.write(rules.resolve("names/pack.yaml"), PACK);
        Qingdan.write(rules.resolve("names/names.drl"), DRL);
        Qingdan.write(rules.resolve("names/names.contract.yaml"), CONTRACT);
        for (int county = 0; county < 6; county++) {
            Qingdan.write(dir.resolve("plans/county-" + county + ".yaml"), """
                    kind: establishment-plan
                    jurisdiction: 某省某市某县%d
                    policy: names-2024
                    townships:
                      - name: 城关镇
                        class: 一类
                        institutions: []
                      - name: 县%d镇
                        class: 二类
                        institutions: []
                    """.formatted(county, county));
        }
        List<String> plans = List.of(dir.resolve("plans").toString());
        List<Finding> one = check(List.of(rules), plans, 1);
        List<Finding> four = check(List.of(rules), plans, 4);
        assertEquals(6 * 5, one.stream().filter(f -> f.rule().equals("township-name-elsewhere")).count(),
                "城关镇 of each county is found in each of the other five");
        assertEquals(one, four);
    }

    @Test
    void theShippedCataloguesFindTheSameWithOneAndFourThreads() {
        List<Finding> one = check(List.of(), List.of("catalogues/"), 1);
        assertTrue(one.size() > 100);
        assertEquals(one, check(List.of(), List.of("catalogues/"), 4));
    }

    @Test
    void theNationalBenchmarkCorpusFindsTheSameWithOneAndFourThreads(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(corpus, 6, CorpusGenerator.DEFAULT_SEED, 300);
        List<Finding> one = check(List.of(), List.of(corpus.toString()), 1);
        assertTrue(one.size() > 20);
        assertEquals(one, check(List.of(), List.of(corpus.toString()), 4));
    }
}
