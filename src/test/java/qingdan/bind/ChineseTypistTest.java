package qingdan.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * The slips of a Chinese input method, one by one: each gets one located message in Chinese
 * (under --lang zh) that names the slip and says what to write instead, and the same in English.
 */
class ChineseTypistTest {
    @TempDir
    Path dir;

    private static final String PLAN = """
            kind: establishment-plan
            jurisdiction: 甘肃省定西市通渭县
            policy: tongwei-2020
            townships:
              - name: 平襄镇
                class: 一类
                institutions:
                  - name: 党政综合办公室
                    type: 党政机构
            """;

    private static final String LIST = """
            kind: delegation-catalogue
            jurisdiction: 甘肃省定西市通渭县
            policy: tongwei-2020
            as_of: 2021-09-01
            items:
              - id: TW-001
                name: 农村村民住宅用地审批
                category: 行政许可
                department: 县自然资源局
                mode: 赋权
            """;

    /** The one input error of a file, checked in Chinese and in English. */
    private JsonNode[] only(String name, String text) {
        String file = Qingdan.write(dir.resolve(name), text);
        Qingdan.Run zh = Qingdan.checkJson("--lang", "zh", file);
        Qingdan.Run en = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, zh.exit(), zh::describe);
        List<JsonNode> z = zh.inputErrors(file);
        List<JsonNode> e = en.inputErrors(file);
        assertEquals(1, z.size(), zh::describe);
        assertEquals(1, e.size(), en::describe);
        return new JsonNode[] {z.get(0), e.get(0)};
    }

    private static void at(JsonNode e, int line, int column) {
        assertEquals(line, e.get("line").asInt(), e::toString);
        assertEquals(column, e.get("column").asInt(), e::toString);
    }

    @Test
    void aFullWidthColonAfterAKey() {
        JsonNode[] e = only("colon.yaml", PLAN.replace("    class: 一类", "    class：一类"));
        at(e[0], 6, 10);
        assertEquals("第 6 行第 10 列是全角冒号“：”，请改为半角冒号加空格（“class: ”）", e[0].get("message").asText());
        assertTrue(e[1].get("message").asText().contains("full-width colon"), e[1]::toString);
    }

    @Test
    void aFullWidthSpaceInTheIndentation() {
        JsonNode[] e = only("space.yaml", PLAN.replace("\n    class: 一类", "\n  \u3000class: 一类"));
        at(e[0], 6, 3);
        assertTrue(e[0].get("message").asText().contains("全角空格"), e[0]::toString);
        assertTrue(e[1].get("message").asText().contains("U+3000"), e[1]::toString);
    }

    @Test
    void aFullWidthSpaceAfterAColon() {
        JsonNode[] e = only("space2.yaml", PLAN.replace("class: 一类", "class:\u3000一类"));
        at(e[0], 6, 11);
        assertTrue(e[0].get("message").asText().startsWith("第 6 行第 11 列是全角空格"), e[0]::toString);
    }

    @Test
    void aTabInTheIndentation() {
        JsonNode[] e = only("tab.yaml", PLAN.replace("\n    class: 一类", "\n\t  class: 一类"));
        at(e[0], 6, 1);
        assertTrue(e[0].get("message").asText().contains("制表符"), e[0]::toString);
        assertTrue(e[1].get("message").asText().contains("tab"), e[1]::toString);
    }

    @Test
    void aFullWidthHyphenAsAListDash() {
        JsonNode[] e = only("dash.yaml", PLAN.replace("  - name: 平襄镇", "  － name: 平襄镇"));
        at(e[0], 5, 3);
        assertTrue(e[0].get("message").asText().contains("全角的“－”"), e[0]::toString);
    }

    @Test
    void aFullWidthCommaInAList() {
        JsonNode[] e = only("comma.yaml", PLAN.replace("    type: 党政机构", "    type: 党政机构\n        approved_by: [县委，县政府]"));
        at(e[0], 10, 25);
        assertTrue(e[0].get("message").asText().contains("全角逗号“，”"), e[0]::toString);
    }

    @Test
    void anEnumerationValueGetsTheNearestAcceptedValue() {
        JsonNode[] e = only("category.yaml", LIST.replace("category: 行政许可", "category: 行政处罚类"));
        at(e[0], 8, 15);
        assertTrue(e[0].get("message").asText().contains("是否应为“行政处罚”"), e[0]::toString);
        assertTrue(e[1].get("message").asText().contains("did you mean '行政处罚'"), e[1]::toString);
        JsonNode[] other = only("other.yaml", LIST.replace("category: 行政许可", "category: 其它行政权力"));
        assertTrue(other[0].get("message").asText().contains("是否应为“其他行政权力”"), other[0]::toString);
    }

    @Test
    void aChineseDateGetsTheIsoDateToWrite() {
        JsonNode[] e = only("date.yaml", LIST.replace("as_of: 2021-09-01", "as_of: 2022年3月1日"));
        at(e[0], 4, 8);
        assertEquals("'as_of'：日期“2022年3月1日”请写作 2022-03-01（年-月-日）", e[0].get("message").asText());
        JsonNode[] slash = only("slash.yaml", LIST.replace("as_of: 2021-09-01", "as_of: 2022/3/1"));
        assertTrue(slash[1].get("message").asText().contains("as 2022-03-01"), slash[1]::toString);
    }

    @Test
    void tenThousandsGetTheNumber() {
        JsonNode[] e = only("wan.yaml", PLAN.replace("    class: 一类", "    class: 一类\n    population: 6.5万"));
        assertEquals("'population'：“6.5万”请写作数字 65000", e[0].get("message").asText());
    }

    @Test
    void aChineseKeyGetsTheEnglishKeyAndNoMissingKeyMessage() {
        JsonNode[] e = only("key.yaml", PLAN.replace("    institutions:", "    机构:"));
        at(e[0], 7, 5);
        assertTrue(e[0].get("message").asText().contains("请写作 institutions:"), e[0]::toString);
    }

    @Test
    void aMisspeltKeyIsOneMessage() {
        JsonNode[] e = only("typo.yaml", PLAN.replace("    institutions:", "    institutons:"));
        assertTrue(e[0].get("message").asText().contains("是否应为 'institutions'"), e[0]::toString);
    }

    @Test
    void aWaiverOfAMistypedRuleGetsTheNearestRule() {
        JsonNode[] e = only("waiver.yaml", PLAN + """
                    waivers:
                      - rule: party-goverment-cap
                        approved_by: 市委机构编制委员会
                        document: 定编发〔2020〕00号
                        reason: 经济发达镇
                """);
        assertTrue(e[0].get("message").asText().contains("是否应为 'party-government-cap'"), e[0]::toString);
        Qingdan.Run explain = Qingdan.run("explain", "--lang", "zh", "party-goverment-cap");
        assertEquals(2, explain.exit());
        assertTrue(explain.err().contains("party-government-cap"), explain::describe);
    }

    @Test
    void syntaxErrorsAreInChineseToo() {
        JsonNode[] e = only("syntax.yaml", PLAN.replace("policy: tongwei-2020", "policy: [tongwei-2020"));
        String zh = e[0].get("message").asText();
        assertTrue(zh.startsWith("YAML 语法错误："), zh);
        assertFalse(zh.replace("YAML", "").matches("(?s).*[A-Za-z]{3,}.*"), "no English words in the Chinese message: " + zh);
        assertTrue(zh.contains("方括号"), zh);
    }
}
