package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qingdan.support.Qingdan;

/**
 * catalogues.md, "More decisions": characters YAML refuses or that break line counting are
 * located input errors naming the character; lines count LF, CRLF and CR only; a file that is
 * not UTF-8 names its first bad byte's line and the likely encoding; a tab after a colon is
 * separation, as YAML allows.
 */
class CharactersTest {
    @TempDir
    Path dir;

    private static final String PLAN = "kind: establishment-plan\njurisdiction: 测试县\npolicy: tongwei-2020\ntownships:\n"
            + "  - name: 甲镇\n    class: 一类\n    institutions:\n      - name: 党政办公室\n        type: 党政机构\n";

    private List<JsonNode> errors(String lang, byte[] bytes) {
        String file = Qingdan.write(dir.resolve("plan.yaml"), bytes);
        Qingdan.Run run = Qingdan.checkJson("--lang", lang, file);
        assertEquals(2, run.exit(), run::describe);
        return run.inputErrors(file);
    }

    @ParameterizedTest(name = "{1} at 2:{2}")
    @CsvSource({
        "0000, U+0000 NUL, 17",
        "0007, U+0007 BEL, 17",
        "001b, U+001B ESC, 17",
        "007f, U+007F DEL, 17",
        "0085, U+0085 NEL (NEXT LINE), 17",
        "2028, U+2028 LINE SEPARATOR, 17",
        "2029, U+2029 PARAGRAPH SEPARATOR, 17",
    })
    void aRefusedCharacterIsLocatedAndNamed(String hex, String name, int column) {
        char c = (char) Integer.parseInt(hex, 16);
        String text = PLAN.replace("测试县", "测试" + c + "县");
        List<JsonNode> e = errors("en", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, e.size(), e::toString);
        assertEquals(2, e.get(0).path("line").asInt());
        assertEquals(column, e.get(0).path("column").asInt());
        assertEquals("the character " + name + " is not allowed in a catalogue; delete it (most editors do not show it)",
                e.get(0).path("message").asText());
        List<JsonNode> zh = errors("zh", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(zh.get(0).path("message").asText().startsWith("清单中不允许出现字符 " + name), zh::toString);
    }

    @Test
    void everyRefusedCharacterIsReported() {
        String text = PLAN.replace("测试县", "测\u0000试县").replace("甲镇", "甲\u2028镇");
        List<JsonNode> e = errors("en", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2:16", "5:12"), e.stream().map(x -> x.path("line").asInt() + ":" + x.path("column").asInt()).toList());
    }

    @ParameterizedTest(name = "line breaks {0}")
    @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
    void linesCountLfCrlfAndCr(String name, String nl) {
        String text = PLAN.replace("\n", nl).replace("class: 一类", "class: 四类");
        List<JsonNode> e = errors("en", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(6, e.get(0).path("line").asInt(), e::toString);
        assertEquals(12, e.get(0).path("column").asInt(), e::toString);
    }

    @Test
    void gbkNamesTheLineOfTheFirstBadByte() {
        List<JsonNode> e = errors("en", PLAN.getBytes(Charset.forName("GB18030")));
        assertEquals(1, e.size());
        assertEquals(2, e.get(0).path("line").asInt());
        assertEquals(15, e.get(0).path("column").asInt());
        assertTrue(e.get(0).path("message").asText().contains("it looks like GBK"), e::toString);
        List<JsonNode> zh = errors("zh", PLAN.getBytes(Charset.forName("GB18030")));
        assertTrue(zh.get(0).path("message").asText().startsWith("不是 UTF-8 编码：第一个非 UTF-8 字节在第 2 行第 15 列"), zh::toString);
    }

    @Test
    void utf16AndUtf32AreNamed() {
        assertTrue(errors("en", PLAN.getBytes(StandardCharsets.UTF_16)).get(0).path("message").asText().contains("UTF-16"));
        assertTrue(errors("en", PLAN.getBytes(StandardCharsets.UTF_16LE)).get(0).path("message").asText().contains("UTF-16"));
        assertTrue(errors("en", PLAN.getBytes(Charset.forName("UTF-32"))).get(0).path("message").asText().contains("UTF-32"));
    }

    @Test
    void tabsAfterAColonAreSeparation() {
        String text = PLAN.replace("jurisdiction: ", "jurisdiction:\t").replace("class: 一类", "class:\t \t一类")
                .replace("name: 党政办公室", "name: 党政办公室\t# a comment after a tab");
        String file = Qingdan.write(dir.resolve("tabs.yaml"), text);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
    }

    @Test
    void aTabInTheIndentationIsLocated() {
        String text = PLAN.replace("    class: 一类", "\tclass: 一类");
        List<JsonNode> e = errors("en", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(6, e.get(0).path("line").asInt(), e::toString);
        assertTrue(e.get(0).path("message").asText().contains("tab; YAML indents with spaces only"), e::toString);
    }
}
