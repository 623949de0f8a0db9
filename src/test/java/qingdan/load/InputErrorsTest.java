package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qingdan.support.Qingdan;

/**
 * catalogues.md "What bad input gets": each problem is an input error at the right place, with a
 * message that names it, and the run exits 2.
 */
class InputErrorsTest {
    @TempDir
    Path dir;

    /** A valid plan; the cases below change one thing in it. Line numbers are those of this text. */
    static final String GOOD = """
            kind: establishment-plan
            jurisdiction: 测试县
            policy: tongwei-2020
            townships:
              - name: 甲镇
                class: 一类
                institutions:
                  - name: 党政办公室
                    type: 党政机构
            """;

    /** Where the error must be: a line and column, no position (null), or any position. */
    record Where(Integer line, Integer column, boolean any) {
        static Where at(int line, int column) {
            return new Where(line, column, false);
        }

        static Where atLine(int line) {
            return new Where(line, null, false);
        }

        static Where nowhere() {
            return new Where(null, null, false);
        }

        static Where somewhere() {
            return new Where(null, null, true);
        }
    }

    record Case(String name, byte[] bytes, Where where, List<String> says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case bad(String name, String text, Where where, String... says) {
        return new Case(name, text.getBytes(StandardCharsets.UTF_8), where, List.of(says));
    }

    static String change(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return GOOD.replace(from, to);
    }

    static Stream<Case> cases() {
        return Stream.of(
                bad("YAML syntax error", change("policy: tongwei-2020", "policy: tongwei-2020: x"),
                        Where.at(3, 21), "YAML syntax error"),
                bad("unknown key, with the nearest known key", change("    class: 一类", "    clas: 一类"),
                        Where.at(6, 5), "unknown key 'clas'", "did you mean 'class'"),
                bad("wrong type: text for a count", change("    class: 一类", "    class: 一类\n    population: \"abc\""),
                        Where.at(7, 17), "population", "abc"),
                bad("wrong type: 'yes' is not a boolean", change("        type: 党政机构",
                        "        type: 挂牌机构\n        approved_by: 县编委\n        operated_as_entity: yes"),
                        Where.at(11, 29), "operated_as_entity", "true or false", "yes"),
                bad("wrong type: '是' is not a boolean", change("        type: 党政机构",
                        "        type: 挂牌机构\n        approved_by: 县编委\n        operated_as_entity: 是"),
                        Where.at(11, 29), "operated_as_entity", "true or false", "是"),
                bad("value outside its enumeration, listing the accepted ones", change("class: 一类", "class: 四类"),
                        Where.at(6, 12), "四类", "class", "一类", "二类", "三类"),
                bad("missing required key, at the mapping that lacks it", change("    class: 一类\n", ""),
                        Where.at(5, 5), "missing required key 'class'"),
                bad("missing required header key", change("jurisdiction: 测试县\n", ""),
                        Where.at(1, 1), "missing required key 'jurisdiction'"),
                bad("duplicate key, at its second occurrence", change("    class: 一类", "    class: 一类\n    class: 二类"),
                        Where.at(7, 5), "duplicate key 'class'"),
                bad("anchor and alias on scalars, at the anchor", change("jurisdiction: 测试县", "jurisdiction: &j 测试县\ntitle: *j"),
                        Where.at(2, 15), "anchors and aliases"),
                bad("anchor on a scalar, even unused", change("  - name: 甲镇", "  - name: &n 甲镇"),
                        Where.at(5, 11), "anchors and aliases"),
                bad("anchor on a mapping and its alias, at the anchor",
                        change("  - name: 甲镇", "  - &t\n    name: 甲镇") + "  - *t\n",
                        Where.at(5, 5), "anchors and aliases"),
                bad("more than one document", GOOD + "---\n" + GOOD, Where.somewhere(), "more than one YAML document"),
                bad("empty file", "", Where.nowhere(), "empty file"),
                bad("a file with only a comment is empty too", "# 待填写\n", Where.nowhere(), "empty file"),
                bad("unknown pack in policy:", change("policy: tongwei-2020", "policy: tongwei-2021"),
                        Where.atLine(3), "unknown pack 'tongwei-2021'", "tongwei-2020"),
                bad("missing county-model-2022 parameter, at policy: when there is no parameters:",
                        change("policy: tongwei-2020", "policy: county-model-2022"),
                        Where.at(3, 1), "population_threshold"),
                bad("the other missing county-model-2022 parameter, each named",
                        change("policy: tongwei-2020", "policy: county-model-2022"),
                        Where.at(3, 1), "expanded_total_cap"),
                bad("missing county-model-2022 parameter, at parameters:",
                        change("policy: tongwei-2020", "policy: county-model-2022\nparameters:\n  population_threshold: 50000"),
                        Where.at(4, 1), "expanded_total_cap"),
                bad("undeclared parameter", change("policy: tongwei-2020", "policy: tongwei-2020\nparameters:\n  expanded_total_cap: 9"),
                        Where.atLine(5), "undeclared", "expanded_total_cap"),
                bad("unknown kind", change("kind: establishment-plan", "kind: establishment-plans"),
                        Where.at(1, 7), "establishment-plans", "establishment-plan"),
                bad("a list where a catalogue belongs", "- kind: establishment-plan\n", Where.at(1, 1), "expected a catalogue"),
                // catalogues.md: a file that is not UTF-8 names the line of the first bad byte (测 of 测试县)
                new Case("GBK-encoded file", GOOD.getBytes(Charset.forName("GB18030")), Where.at(2, 15), List.of("GBK", "line 2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsAnInputErrorAtTheRightPlace(Case c) {
        String file = Qingdan.write(dir.resolve("bad.yaml"), c.bytes());
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit(), run::describe);
        List<JsonNode> errors = run.inputErrors(file);
        assertFalse(errors.isEmpty(), () -> "no input error for " + file + "\n" + run.describe());
        JsonNode e = errors.stream().filter(n -> c.says().stream().allMatch(s -> n.path("message").asText().contains(s)))
                .findFirst().orElseThrow(() -> new AssertionError("no input error saying " + c.says() + " in " + errors));
        if (!c.where().any()) {
            assertEquals(c.where().line(), e.get("line").isNull() ? null : e.get("line").asInt(), () -> "line of " + e);
            if (c.where().line() == null || c.where().column() != null) {
                assertEquals(c.where().column(), e.get("column").isNull() ? null : e.get("column").asInt(), () -> "column of " + e);
            }
        } else {
            assertTrue(e.get("line").isInt(), () -> "a line for " + e);
        }
        assertTrue(run.findings(file).isEmpty(), () -> "a file with an input error gets no findings: " + run.findings(file));
    }

    @Test
    void unknownKeyWithNothingNearListsTheKnownKeys() {
        String file = Qingdan.write(dir.resolve("bad.yaml"), change("    class: 一类", "    class: 一类\n    zzzzzzzz: 1"));
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit());
        JsonNode e = run.inputErrors(file).get(0);
        assertTrue(e.path("message").asText().contains("zzzzzzzz"), e::toString);
        assertTrue(e.path("message").asText().contains("institutions"), () -> "lists the known keys: " + e);
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() {
        String file = Qingdan.write(dir.resolve("bad.yaml"), change("    class: 一类", "    clas: 一类\n    population: -5"));
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit());
        List<JsonNode> errors = run.inputErrors(file);
        assertTrue(errors.size() >= 2, () -> "both problems: " + errors);
        // sorted by file, line, column
        for (int i = 1; i < errors.size(); i++) {
            assertTrue(errors.get(i - 1).path("line").asInt() <= errors.get(i).path("line").asInt(), errors::toString);
        }
    }

    @Test
    void inputErrorsAreInChineseWithLangZh() {
        String file = Qingdan.write(dir.resolve("bad.yaml"), change("    class: 一类", "    clas: 一类"));
        Qingdan.Run run = Qingdan.checkJson(file);
        JsonNode e = run.inputErrors(file).stream().filter(n -> n.path("message").asText().contains("clas'")).findFirst().orElseThrow();
        assertTrue(e.path("message").asText().contains("未知的键"), e::toString);
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        String file = Qingdan.write(dir.resolve("bom.yaml"), bom);
        Qingdan.Run run = Qingdan.checkJson(file);
        assertTrue(run.inputErrors(file).isEmpty(), () -> run.inputErrors(file).toString());
        assertNotEquals(2, run.exit(), run::describe);
    }

    @Test
    void aMissingFileIsAnInputError() {
        String file = Qingdan.name(dir.resolve("nowhere.yaml"));
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit());
        assertEquals(1, run.inputErrors(file).size(), run::describe);
    }

    @Test
    void optionalKeyWrittenNullCountsAsAbsent() {
        String file = Qingdan.write(dir.resolve("ok.yaml"), change("    class: 一类", "    class: 一类\n    population: null\n    code: ~"));
        Qingdan.Run run = Qingdan.checkJson(file);
        assertTrue(run.inputErrors(file).isEmpty(), () -> run.inputErrors(file).toString());
    }

    @Test
    void classMayBeWrittenAsANumberOrEnglishCode() {
        for (String cls : List.of("1", "\"1\"", "2", "3")) {
            String file = Qingdan.write(dir.resolve("ok.yaml"), change("class: 一类", "class: " + cls));
            Qingdan.Run run = Qingdan.checkJson(file);
            assertTrue(run.inputErrors(file).isEmpty(), () -> cls + ": " + run.inputErrors(file));
        }
        String file = Qingdan.write(dir.resolve("bad.yaml"), change("class: 一类", "class: 4"));
        assertEquals(2, Qingdan.checkJson(file).exit());
    }

    @Test
    void aBadFileNeverStopsTheOthers() {
        String bad = Qingdan.write(dir.resolve("a-bad.yaml"), change("    class: 一类", "    clas: 一类"));
        String good = Qingdan.write(dir.resolve("b-good.yaml"), """
                kind: establishment-plan
                jurisdiction: 测试县
                policy: tongwei-2020
                townships:
                  - name: 平襄镇
                    class: 三类
                    institutions:
                      - name: 党政办公室
                        type: 党政机构
                      - name: 经济发展办公室
                        type: 党政机构
                      - name: 社会事务办公室
                        type: 党政机构
                      - name: 农业农村办公室
                        type: 党政机构
                      - name: 平安建设办公室
                        type: 党政机构
                """);
        Qingdan.Run run = Qingdan.checkJson(bad, good);
        assertEquals(2, run.exit(), run::describe);
        assertFalse(run.inputErrors(bad).isEmpty());
        assertTrue(run.findings(bad).isEmpty());
        assertTrue(run.inputErrors(good).isEmpty(), () -> run.inputErrors(good).toString());
        assertEquals(1, run.findings(good, "party-government-cap").size(), () -> Qingdan.brief(run.findings(good)));
        assertEquals(2, run.json().path("summary").path("files").asInt());
    }

    @Test
    void aFolderWithABadFileStillChecksTheGoodOnes() {
        Qingdan.write(dir.resolve("plans/a.yaml"), "kind: [");
        Qingdan.write(dir.resolve("plans/b.yml"), change("class: 一类", "class: 三类").replace("        type: 党政机构",
                "        type: 党政机构\n      - name: 二办\n        type: 党政机构\n      - name: 三办\n        type: 党政机构\n"
                        + "      - name: 四办\n        type: 党政机构\n      - name: 五办\n        type: 党政机构"));
        Qingdan.Run run = Qingdan.checkJson(Qingdan.name(dir.resolve("plans")));
        assertEquals(2, run.exit(), run::describe);
        String b = Qingdan.name(dir.resolve("plans")) + "/b.yml";
        assertEquals(1, run.findings(b, "party-government-cap").size(), run::describe);
        assertEquals(1, run.inputErrors(Qingdan.name(dir.resolve("plans")) + "/a.yaml").size(), run::describe);
    }

    /** Under --lang zh a missing key names its place in Chinese too: the header, or the item by its list and name. */
    @Test
    void aMissingKeySaysWhereInChinese() {
        String file = Qingdan.write(dir.resolve("list.yaml"), """
                kind: delegation-catalogue
                policy: tongwei-2020
                items:
                  - id: X-1
                    name: 测试
                """);
        Qingdan.Run zh = Qingdan.checkJson("--lang", "zh", file);
        assertEquals(2, zh.exit(), zh::describe);
        List<String> messages = zh.inputErrors(file).stream().map(e -> e.get("message").asText()).toList();
        assertTrue(messages.contains("缺少必需的键 'jurisdiction'（清单表头）"), messages::toString);
        assertTrue(messages.contains("缺少必需的键 'category'（items 中的 '测试'）"), messages::toString);
        Qingdan.Run en = Qingdan.checkJson("--lang", "en", file);
        List<String> english = en.inputErrors(file).stream().map(e -> e.get("message").asText()).toList();
        assertTrue(english.contains("missing required key 'jurisdiction' in the catalogue header"), english::toString);
        assertTrue(english.contains("missing required key 'category' in '测试' (items)"), english::toString);
    }
}
