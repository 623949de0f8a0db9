package qingdan.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * A pack author's mistakes, each as the issue found it: every one is an input error at the pack
 * file's line and column, exit 2, and the shipped packs' findings are all still in the report.
 */
public class UserPackMistakesTest {
    /** A user check that is right: townships with no population recorded. */
    public static final String GOOD_DRL = """
            package mycounty;

            import qingdan.engine.facts.Check;
            import qingdan.engine.facts.TownshipFact;

            global qingdan.engine.Findings findings;

            rule "population-unrecorded"
            when
                $c : Check(rule == "population-unrecorded", $cat : catalogue)
                $t : TownshipFact(catalogue == $cat, population == null)
            then
                findings.report(kcontext, $c, $t.subject(), $t.name());
            end
            """;
    public static final String GOOD_CONTRACT = """
            checks:
              population-unrecorded:
                kinds: [establishment-plan]
                joins: []
                messages:
                  population-unrecorded:
                    zh: "{0}未填写常住人口"
                    en: "{0} records no population"
            """;
    public static final String GOOD_PACK = """
            id: mycounty-2024
            document: 某办发〔2024〕1号
            rules:
              population-unrecorded:
                severity: warning
                clause: 二(一)
                quote: 乡镇应填写常住人口
            """;

    /** A plan under GOOD_PACK whose one township records no population: the good check fires once. */
    public static final String PLAN_WITHOUT_POPULATION = """
            kind: establishment-plan
            jurisdiction: 某县
            policy: mycounty-2024
            townships:
              - name: 甲镇
                class: 一类
                institutions: []
            """;

    /** The shipped catalogues' findings with no user pack: what every mistake must leave alone. */
    static List<String> shipped;

    @BeforeAll
    static void shippedFindings() {
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", "catalogues/");
        assertEquals(1, run.exit(), run::describe);
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
        shipped = keys(run.json());
        assertTrue(shipped.size() > 100, "the shipped catalogues have findings");
    }

    private static List<String> keys(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            out.add(f.path("file").asText() + ":" + f.path("line") + " " + f.path("rule").asText() + "/" + f.path("pack").asText()
                    + " " + f.path("message").asText());
        }
        return out;
    }

    /** Writes a pack folder mycounty/ under dir with these files (name, text, name, text…). */
    private static Path pack(Path dir, String... files) {
        Path folder = dir.resolve("mycounty");
        for (int i = 0; i < files.length; i += 2) {
            Qingdan.write(folder.resolve(files[i]), files[i + 1]);
        }
        return dir;
    }

    /**
     * Checks catalogues/ with the user's packs: exit 2, the input error expected at its place
     * (what follows from it may be reported too, always in the user's folder), and the shipped
     * packs' findings all still there.
     */
    private static JsonNode expectError(Path rules, String file, int line, int column, String words) {
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", "--rules", rules.toString(), "catalogues/");
        assertEquals(2, run.exit(), run::describe);
        String folder = Qingdan.name(rules.resolve("mycounty")) + "/";
        JsonNode found = null;
        for (JsonNode e : run.json().path("inputErrors")) {
            assertTrue(e.path("file").asText().startsWith(folder), () -> "only the user's pack has errors: " + run.describe());
            if (e.path("file").asText().equals(folder + file) && e.path("line").asInt() == line
                    && e.path("column").asInt() == column && e.path("message").asText().contains(words)) {
                found = e;
            }
        }
        assertTrue(found != null, () -> file + ":" + line + ":" + column + " " + words + " in " + run.describe());
        assertEquals(shipped, keys(run.json()), "the shipped packs' findings are all still there");
        return found;
    }

    @Test
    void aGoodUserPackRunsItsOwnCheckWithItsContractsMessage(@TempDir Path dir) {
        Path rules = pack(dir, "pack.yaml", GOOD_PACK, "checks.drl", GOOD_DRL, "checks.contract.yaml", GOOD_CONTRACT);
        String plan = Qingdan.write(dir.resolve("plans/plan.yaml"), PLAN_WITHOUT_POPULATION);
        Qingdan.Run run = Qingdan.checkJson("--rules", rules.toString(), plan);
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
        List<JsonNode> found = run.findings(plan, "population-unrecorded");
        assertEquals(1, found.size(), run::describe);
        assertEquals("甲镇未填写常住人口", found.get(0).path("message").asText(), run::describe);
        assertEquals("mycounty-2024", found.get(0).path("pack").asText());
        assertEquals(5, found.get(0).path("line").asInt());
    }

    @Test
    void aRuleWithNoParamsIsAnErrorAtTheRule(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", """
                id: mycounty-2024
                document: 某办发〔2024〕1号
                rules:
                  party-government-cap:
                    severity: error
                    clause: 二(一)
                    quote: 乡镇党政机构不超过6个
                """), "pack.yaml", 5, 5, "rule 'party-government-cap' needs the parameter 'max' under params:");
    }

    @Test
    void aMistypedParameterIsAnErrorAtItsValue(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", """
                id: mycounty-2024
                document: 某办发〔2024〕1号
                rules:
                  party-government-cap:
                    severity: error
                    clause: 二(一)
                    quote: 乡镇党政机构不超过6个
                    params:
                      max: 六个
                """), "pack.yaml", 9, 12, "parameter 'max': expected a whole number");
    }

    @Test
    void aNumberMissingForATownshipClassIsAnError(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", """
                id: mycounty-2024
                document: 某办发〔2024〕1号
                rules:
                  party-government-cap:
                    severity: error
                    clause: 二(一)
                    quote: 乡镇党政机构不超过6个
                    params:
                      max: {一类: 6, 二类: 5}
                """), "pack.yaml", 9, 12, "no number for 三类");
    }

    @Test
    void anUnknownParameterIsAnErrorAtItsKey(@TempDir Path dir) {
        JsonNode e = expectError(pack(dir, "pack.yaml", """
                id: mycounty-2024
                document: 某办发〔2024〕1号
                rules:
                  party-government-cap:
                    severity: error
                    clause: 二(一)
                    quote: 乡镇党政机构不超过6个
                    params:
                      max: 6
                      maximum: 6
                """), "pack.yaml", 10, 7, "has no parameter 'maximum'");
        assertTrue(e.path("message").asText().contains("it takes: max"), e::toString);
    }

    @Test
    void anUnknownCheckIsAnErrorAtTheRule(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", """
                id: mycounty-2024
                document: 某办发〔2024〕1号
                rules:
                  party-goverment-cap:
                    severity: error
                    clause: 二(一)
                    quote: 乡镇党政机构不超过6个
                    params:
                      max: 6
                """), "pack.yaml", 5, 5, "no check has this id; did you mean 'party-government-cap'?");
    }

    @Test
    void aTypoInTheRuleIdGuardIsAnErrorAtTheDrlRule(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK, "checks.contract.yaml", GOOD_CONTRACT,
                "checks.drl", GOOD_DRL.replace("Check(rule == \"population-unrecorded\"", "Check(rule == \"population-unrecroded\"")),
                "checks.drl", 8, 1, "matches Check(rule == \"population-unrecroded\"), but it is a rule of check 'population-unrecorded'");
    }

    @Test
    void aCheckWithoutKindsIsAnErrorAtTheCheck(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK, "checks.drl", GOOD_DRL,
                "checks.contract.yaml", GOOD_CONTRACT.replace("    kinds: [establishment-plan]\n", "")),
                "checks.contract.yaml", 3, 5, "missing required key 'kinds'");
    }

    @Test
    void aCheckWithAnEmptyKindsListIsAnError(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK, "checks.drl", GOOD_DRL,
                "checks.contract.yaml", GOOD_CONTRACT.replace("kinds: [establishment-plan]", "kinds: []")),
                "checks.contract.yaml", 3, 5, "names no catalogue kind");
    }

    @Test
    void aMessageWithoutEnglishIsAnError(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK, "checks.drl", GOOD_DRL,
                "checks.contract.yaml", GOOD_CONTRACT.replace("        en: \"{0} records no population\"\n", "")),
                "checks.contract.yaml", 7, 9, "missing required key 'en'");
    }

    @Test
    void aDrlRuleWithNoMessageIsAnErrorAtTheRule(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK, "checks.drl", GOOD_DRL.replace("rule \"population-unrecorded\"", "rule \"population-missing\""),
                "checks.contract.yaml", GOOD_CONTRACT), "checks.drl", 8, 1, "DRL rule 'population-missing' belongs to no check");
    }

    @Test
    void reusingAShippedCheckIdIsAnErrorAtTheContract(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK.replace("population-unrecorded", "party-government-cap")
                        .replace("quote: 乡镇应填写常住人口", "quote: 乡镇应填写常住人口\n    params: {max: 6}"),
                "checks.drl", GOOD_DRL.replace("population-unrecorded", "party-government-cap"),
                "checks.contract.yaml", GOOD_CONTRACT.replace("population-unrecorded", "party-government-cap")),
                "checks.contract.yaml", 3, 5, "check 'party-government-cap' is already defined by a shipped check");
    }

    @Test
    void aDrlThatDoesNotCompileIsAnErrorAtItsLine(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", GOOD_PACK, "checks.contract.yaml", GOOD_CONTRACT,
                "checks.drl", GOOD_DRL.replace("population == null", "populaton == null")),
                "checks.drl", 11, 0, "rule does not compile");
    }

    @Test
    void aCatalogueParameterMayStandOnlyForAWholeNumber(@TempDir Path dir) {
        expectError(pack(dir, "pack.yaml", """
                id: mycounty-2024
                document: 某办发〔2024〕1号
                parameters:
                  levels: {zh: 层级, en: levels}
                rules:
                  counterpart-demanded:
                    severity: error
                    clause: 二(一)
                    quote: 不得要求对口设立机构
                    params:
                      levels: $levels
                """), "pack.yaml", 11, 15, "a catalogue parameter ($name) can only stand for a whole number");
    }
}
