package qingdan.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * Every rule's Chinese name (its {@code title} in pack.yaml): every shipped rule has one, a rule id
 * is named alike in every pack unless its document makes it mean something else, and a user's
 * pack may leave it out but may not give a blank or non-text one.
 */
class RuleTitlesTest {
    /** Rule ids whose packs' documents make them mean different things, each with its reason in pack.yaml. */
    private static final Set<String> NAMED_BY_THEIR_PACKS = Set.of("mandatory-institution-missing", "party-government-cap");

    @Test
    void everyShippedRuleHasAShortChineseTitleAndOneIdOneTitle() {
        Packs packs = Packs.load(List.of());
        assertEquals(List.of(), packs.errors());
        Map<String, Set<String>> titles = new TreeMap<>();
        int rules = 0;
        for (Pack p : packs.packs().values()) {
            for (PackRule r : p.rules().values()) {
                rules++;
                String where = p.id() + "/" + r.id();
                assertTrue(r.title() != null && !r.title().isBlank(), where + " has no title");
                assertTrue(r.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        where + ": a title is Chinese: " + r.title());
                assertTrue(r.title().codePointCount(0, r.title().length()) <= 20, where + ": a title is short: " + r.title());
                assertNull(r.title(true), "English shows the id alone");
                titles.computeIfAbsent(r.id(), k -> new TreeSet<>()).add(r.title());
            }
        }
        assertTrue(rules >= 119, "every rule of the seven packs: " + rules);
        List<String> differ = new ArrayList<>();
        titles.forEach((id, t) -> {
            if (t.size() > 1) {
                differ.add(id);
            }
        });
        assertEquals(new TreeSet<>(NAMED_BY_THEIR_PACKS), new TreeSet<>(differ), "rule ids named differently by their packs: " + titles);
    }

    @Test
    void theTextReportShowsTheTitleBesideTheIdInChineseAndTheIdAloneInEnglish() {
        Qingdan.Run zh = Qingdan.run("check", "--lang", "zh", "catalogues/tongwei-2020/establishment-plan.yaml");
        assertEquals(1, zh.exit(), zh::describe);
        assertTrue(zh.out().contains("leadership-posts-exceeded 领导职数突破现有总量 [tongwei-2020] 鸡川镇"), zh::describe);
        Qingdan.Run en = Qingdan.run("check", "--lang", "en", "catalogues/tongwei-2020/establishment-plan.yaml");
        assertTrue(en.out().contains("leadership-posts-exceeded [tongwei-2020] 鸡川镇"), en::describe);
    }

    @Test
    void theHtmlMarkdownSarifAndGithubReportsShowItInChinese(@TempDir Path dir) throws Exception {
        Qingdan.Run run = Qingdan.run("check", "--lang", "zh", "--format", "html", "--output", dir.resolve("r.html").toString(),
                "--format", "markdown", "--output", dir.resolve("r.md").toString(),
                "--format", "sarif", "--output", dir.resolve("r.sarif").toString(),
                "--format", "github", "--output", dir.resolve("r.txt").toString(),
                "catalogues/tongwei-2020/establishment-plan.yaml");
        assertEquals(1, run.exit(), run::describe);
        String html = java.nio.file.Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("<span class=\"title\">领导职数突破现有总量</span><br><code>leadership-posts-exceeded</code>"), html);
        assertTrue(java.nio.file.Files.readString(dir.resolve("r.md")).contains("| leadership-posts-exceeded 领导职数突破现有总量 (tongwei-2020) |"));
        JsonNode sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("r.sarif").toFile());
        boolean described = false;
        for (JsonNode rule : sarif.path("runs").path(0).path("tool").path("driver").path("rules")) {
            described |= rule.path("shortDescription").path("text").asText()
                    .equals("leadership-posts-exceeded 领导职数突破现有总量 — 通办发〔2020〕6号 二(一)1");
        }
        assertTrue(described, sarif::toString);
        assertTrue(java.nio.file.Files.readString(dir.resolve("r.txt")).contains("title=leadership-posts-exceeded 领导职数突破现有总量 (tongwei-2020)"));
    }

    @Test
    void explainAndRulesShowTheTitle() {
        Qingdan.Run explain = Qingdan.run("explain", "--lang", "zh", "plaque-unapproved");
        assertEquals(0, explain.exit(), explain::describe);
        assertTrue(explain.out().startsWith("plaque-unapproved  擅自加挂牌子\n"), explain::describe);
        Qingdan.Run each = Qingdan.run("explain", "--lang", "zh", "mandatory-institution-missing");
        assertTrue(each.out().contains("  jilin-2017  warning  未组建综合行政执法机构\n"), each::describe);
        Qingdan.Run english = Qingdan.run("explain", "--lang", "en", "plaque-unapproved");
        assertTrue(english.out().startsWith("plaque-unapproved\n"), english::describe);
        Qingdan.Run rules = Qingdan.run("rules", "--pack", "tongwei-2020");
        assertTrue(rules.out().contains("plaque-unapproved                    error    擅自加挂牌子（通办发〔2020〕6号 二(一)1）"), rules::describe);
    }

    /** The mistakes test's good pack, with this line (a title) added to its rule; null: none. */
    private static Path pack(Path dir, String titleLine) {
        Path folder = dir.resolve("rules/mycounty");
        Qingdan.write(folder.resolve("checks.drl"), UserPackMistakesTest.GOOD_DRL);
        Qingdan.write(folder.resolve("checks.contract.yaml"), UserPackMistakesTest.GOOD_CONTRACT);
        String rule = "  population-unrecorded:\n";
        Qingdan.write(folder.resolve("pack.yaml"),
                titleLine == null ? UserPackMistakesTest.GOOD_PACK : UserPackMistakesTest.GOOD_PACK.replace(rule, rule + "    " + titleLine + "\n"));
        return dir.resolve("rules");
    }

    private static String plan(Path dir) {
        return Qingdan.write(dir.resolve("plans/plan.yaml"), UserPackMistakesTest.PLAN_WITHOUT_POPULATION);
    }

    @Test
    void aUserRuleWithoutATitleShowsItsIdAlone(@TempDir Path dir) {
        Qingdan.Run run = Qingdan.run("check", "--lang", "zh", "--rules", pack(dir, null).toString(), plan(dir));
        assertEquals(0, run.exit(), run::describe);
        assertTrue(run.out().contains("population-unrecorded [mycounty-2024] 甲镇: 甲镇未填写常住人口"), run::describe);
    }

    @Test
    void aUserRulesTitleIsShownBesideItsId(@TempDir Path dir) {
        Qingdan.Run run = Qingdan.run("check", "--lang", "zh", "--rules", pack(dir, "title: 未填写常住人口").toString(), plan(dir));
        assertTrue(run.out().contains("population-unrecorded 未填写常住人口 [mycounty-2024] 甲镇"), run::describe);
    }

    /** A blank, empty, non-text or multi-line title: an input error at the title, in Chinese under --lang zh; exit 2. */
    @Test
    void aBlankOrNonTextTitleIsAnInputErrorAtItsLineAndColumn(@TempDir Path dir) {
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("title: \"  \"", new String[] {"5:12", "title 为空；请写一个说明规则检查什么的简短中文名称"});
        cases.put("title:", new String[] {"5:5", "title 为空"});
        cases.put("title: 5", new String[] {"5:12", "'title' 的类型错误：应为文本"});
        cases.put("title: [党政机构, 超过限额]", new String[] {"5:12", "'title' 的类型错误：应为文本"});
        cases.put("title: \"党政机构\\n超过限额\"", new String[] {"5:12", "title 须为一行文字"});
        // YAML escapes give what the reader's raw-text check never sees: NEL, a line separator, CSI.
        cases.put("title: \"党政机构\\N超过限额\"", new String[] {"5:12", "title 须为一行文字"});
        cases.put("title: \"党政机构\\L超过限额\"", new String[] {"5:12", "title 须为一行文字"});
        cases.put("title: \"党政机构\\x9b31m\"", new String[] {"5:12", "title 须为一行文字"});
        int n = 0;
        for (var c : cases.entrySet()) {
            Path sub = dir.resolve("case" + n++);
            Path rules = pack(sub, c.getKey());
            Qingdan.Run run = Qingdan.checkJson("--lang", "zh", "--format-only", "--rules", rules.toString(), plan(sub));
            assertEquals(2, run.exit(), () -> c.getKey() + "\n" + run.describe());
            JsonNode errors = run.json().path("inputErrors");
            boolean found = false;
            for (JsonNode e : errors) {
                found |= e.path("file").asText().endsWith("mycounty/pack.yaml")
                        && (e.path("line").asInt() + ":" + e.path("column").asInt()).equals(c.getValue()[0])
                        && e.path("message").asText().contains(c.getValue()[1]);
            }
            assertTrue(found, () -> c.getKey() + ": expected " + String.join(" ", c.getValue()) + " in " + run.describe());
        }
    }
}
