package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qingdan.support.Qingdan;

/**
 * {@code explain} shows each rule with its examples; the examples are real: the failing one
 * gives the rule's finding for its pack, the passing one does not.
 */
class ExplainTest {

    /** Each pack's examples: rules/PACK/examples/RULE.fail.yaml beside RULE.pass.yaml. */
    static Stream<Path> failingExamples() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".fail.yaml")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("failingExamples")
    void theFailingExampleFailsAndItsTwinPasses(Path fail) {
        String rule = fail.getFileName().toString().replace(".fail.yaml", "");
        String pack = fail.getParent().getParent().getFileName().toString();
        Path pass = fail.resolveSibling(rule + ".pass.yaml");
        assertTrue(Files.exists(pass), "a passing twin beside " + fail);

        Qingdan.Run bad = Qingdan.checkJson("--fail-on", "info", fail.toString());
        assertEquals(1, bad.exit(), bad::describe);
        assertTrue(has(bad.json(), rule, pack), () -> rule + " for " + pack + " in " + bad.out());

        Qingdan.Run good = Qingdan.checkJson(pass.toString());
        assertEquals(0, good.json().path("inputErrors").size(), good::describe);
        assertFalse(has(good.json(), rule, pack), () -> rule + " for " + pack + " should not fire: " + good.out());
    }

    @Test
    void everyRuleOfEveryPackHasExamples() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> packs = Files.list(Path.of("rules"))) {
            for (Path pack : packs.filter(p -> Files.exists(p.resolve("pack.yaml"))).sorted().toList()) {
                for (String line : Files.readAllLines(pack.resolve("pack.yaml"))) {
                    if (line.matches("^  [a-z][a-z-]*:.*")) {
                        String rule = line.trim().split(":")[0];
                        if (!Files.exists(pack.resolve("examples").resolve(rule + ".fail.yaml"))) {
                            missing.add(pack.getFileName() + "/" + rule);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "rules without examples: " + missing);
    }

    @Test
    void explainShowsTheClauseTheDataAndBothExamples() {
        Qingdan.Run run = Qingdan.run("explain", "party-government-cap", "--pack", "tongwei-2020", "--lang", "zh");
        assertEquals(0, run.exit(), run::describe);
        assertTrue(run.out().contains("通办发〔2020〕6号 二(一)1"), run::out);
        assertTrue(run.out().contains("一类乡镇党政机构不超过5个"), run::out);
        assertTrue(run.out().contains("townships[].class"), run::out);
        assertTrue(run.out().contains("不通过的示例") && run.out().contains("通过的示例"), run::out);
    }

    /** The rules policies-amendments.md Part B adds: explain shows each, rules lists each. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"statutory-procedure-missing, tongwei-2020, 按法定程序和要求办理",
        "penalty-entrusted, county-model-2022, 以乡镇名义开展执法工作", "licensing-outside-service-hall, jilin-2017, 实行政务服务平台外无审批",
        "station-management-unapproved, ganzhou-2018, 经报省政府批准", "dispatched-without-basis, tongwei-2020, 实行属地管理",
        "direct-assessment-separate, jilin-2017, 推行一次性综合考核", "satisfaction-indicator-missing, heilongjiang-2017, 把群众满意度作为考核评价重要参考",
        "mandatory-institution-missing, heilongjiang-2017, 乡镇公共服务中心建设达到100%",
        "duty-transfer-unresourced, heilongjiang-2017, 权随责走、费随事转"})
    void explainAndRulesShowEachNewRule(String rule, String pack, String words) {
        Qingdan.Run run = Qingdan.run("explain", rule, "--pack", pack, "--lang", "zh");
        assertEquals(0, run.exit(), run::describe);
        assertTrue(run.out().contains(words), run::out);
        assertTrue(run.out().contains("不通过的示例") && run.out().contains("通过的示例"), run::out);
        Qingdan.Run all = Qingdan.run("explain", rule);
        assertEquals(0, all.exit(), all::describe);
        Qingdan.Run rules = Qingdan.run("rules", "--pack", pack);
        assertEquals(0, rules.exit(), rules::describe);
        assertTrue(rules.out().contains(rule), rules::out);
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        Qingdan.Run run = Qingdan.run("explain", "no-such-rule");
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.err().contains("unknown rule"), run::describe);
    }

    private static boolean has(JsonNode report, String rule, String pack) {
        for (JsonNode f : report.path("findings")) {
            if (rule.equals(f.path("rule").asText()) && pack.equals(f.path("pack").asText())) {
                return true;
            }
        }
        return false;
    }
}
