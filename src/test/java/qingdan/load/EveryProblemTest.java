package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * catalogues.md, "What bad input gets": every problem of a file in one run, the header's
 * included, and the report says that a file with input errors has its findings withheld.
 */
class EveryProblemTest {
    @TempDir
    Path dir;

    private static final String ITEMS = """
            items:
              - id: C-1
                name: 某项处罚
                category: 行政处罚
                department: 县自然资源局
                mode: 赋权
                procedure: 县政府公布赋权目录
            """;

    @Test
    void aHeaderWithThreeProblemsGetsThreeInputErrors() {
        String file = Qingdan.write(dir.resolve("list.yaml"),
                "kind: delegation-catalogue\npolicy: no-such-pack\nguidance: nowhere-2020\n" + ITEMS);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit(), run::describe);
        List<String> messages = run.inputErrors(file).stream().map(e -> e.path("line").asInt() + " " + e.path("message").asText()).toList();
        assertEquals(3, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("1 missing required key 'jurisdiction'"), messages::toString);
        assertTrue(messages.get(1).startsWith("2 unknown pack 'no-such-pack'"), messages::toString);
        assertTrue(messages.get(2).startsWith("3 guidance: 'nowhere-2020' names no catalogue"), messages::toString);
    }

    @Test
    void anUnknownKindStillHasItsHeaderJudged() {
        String file = Qingdan.write(dir.resolve("list.yaml"), "kind: delegation-list\npolicy: no-such-pack\nas_of: 2020-13-01\n" + ITEMS);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit(), run::describe);
        List<String> messages = run.inputErrors(file).stream().map(e -> e.path("message").asText()).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("'delegation-list' is not a valid value for 'kind'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("missing required key 'jurisdiction'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("2020-13-01 is not a real date")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown pack 'no-such-pack'")), messages::toString);
    }

    @Test
    void aBlankKindIsAMissingKind() {
        String file = Qingdan.write(dir.resolve("list.yaml"), "kind:\njurisdiction: 测试县\n" + ITEMS);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        List<JsonNode> errors = run.inputErrors(file);
        assertTrue(errors.get(0).path("message").asText().startsWith("missing required key 'kind'"), run::describe);
    }

    @Test
    void theReportSaysFindingsAreWithheld() {
        String bad = Qingdan.write(dir.resolve("bad.yaml"), "kind: delegation-catalogue\npolicy: tongwei-2020\n" + ITEMS);
        String good = Qingdan.write(dir.resolve("good.yaml"), "kind: delegation-catalogue\njurisdiction: 测试县\npolicy: tongwei-2020\n" + ITEMS);
        Qingdan.Run en = Qingdan.run("check", "--lang", "en", bad, good);
        assertEquals(2, en.exit(), en::describe);
        String badSection = en.out().substring(en.out().indexOf(bad), en.out().indexOf(good));
        assertTrue(badSection.contains("findings withheld until its input errors are fixed"), en::describe);
        String goodSection = en.out().substring(en.out().indexOf(good));
        assertTrue(!goodSection.contains("withheld"), en::describe);
        Qingdan.Run zh = Qingdan.run("check", "--lang", "zh", bad, good);
        assertTrue(zh.out().contains("输入错误修正之前，此文件的检查结果暂不报告"), zh::describe);
        Qingdan.Run html = Qingdan.run("check", "--lang", "en", "--format", "html", bad, good);
        assertTrue(html.out().contains("<p class=\"withheld\">findings withheld until its input errors are fixed</p>"), html::describe);
    }

    @Test
    void referenceDataIsNamedAsCheckedForFormatOnly() {
        String ref = Qingdan.write(dir.resolve("guidance.yaml"), "kind: delegation-catalogue\njurisdiction: 测试省\nlevel: province\n" + ITEMS);
        Qingdan.Run text = Qingdan.run("check", "--lang", "en", ref);
        assertEquals(0, text.exit(), text::describe);
        assertTrue(text.out().contains("reference data: no policy:, checked for format only: " + ref), text::describe);
        Qingdan.Run zh = Qingdan.run("check", "--lang", "zh", ref);
        assertTrue(zh.out().contains("参考数据：没有 policy:，只检查格式：" + ref), zh::describe);
        Qingdan.Run html = Qingdan.run("check", "--lang", "en", "--format", "html", ref);
        assertTrue(html.out().contains("reference data: no policy:, checked for format only: " + ref), html::describe);
    }
}
