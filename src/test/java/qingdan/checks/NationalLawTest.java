package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ExpectItems.valid;
import static qingdan.support.ItemList.Item.power;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/** The national-law pack: coercion-entrusted, penalty-without-provincial-decision (policies.md §3.1). */
class NationalLawTest {
    static final String COERCION = "coercion-entrusted";
    static final String PENALTY = "penalty-without-provincial-decision";

    @TempDir
    Path dir;

    static String penalty(String mode) {
        return "行政处罚权以" + mode + "方式交由乡镇行使，但没有省级决定（provincial_decision）、省级指导目录事项或使乡镇有权行使的法律依据";
    }

    @Test
    void entrustedCoercionIsAnError() {
        var c = ItemList.delegation("ganzhou-2018")
                .item(power("Q-1", "查封场所设施财物", "行政强制", "委托").basis("某法", true, null))
                .check(dir);
        JsonNode f = one(c, COERCION);
        item(f, c, COERCION, "national-law", "error", "Q-1", "行政强制事项以委托方式交给乡镇");
        assertEquals("中华人民共和国行政强制法", f.path("source").path("document").asText(), f::toString);
        assertEquals("第十七条", f.path("source").path("clause").asText(), f::toString);
        assertEquals("行政强制措施权不得委托", f.path("source").path("quote").asText(), f::toString);
    }

    @Test
    void entrustedCoercionWrittenInCodes() {
        var c = ItemList.delegation("tongwei-2020")
                .item(power("Q-1", "查封场所设施财物", "coercion", "entrust")).check(dir);
        item(one(c, COERCION), c, COERCION, "national-law", "error", "Q-1", "行政强制事项以委托方式交给乡镇");
    }

    @ParameterizedTest(name = "coercion by {0} is clean of coercion-entrusted")
    @ValueSource(strings = {"赋权", "下放", "授权"})
    void coercionByOtherModes(String mode) {
        none(ItemList.delegation("ganzhou-2018").item(power("Q-1", "查封", "行政强制", mode).basis("某法", true, null)).check(dir),
                COERCION);
    }

    @Test
    void entrustingOtherCategoriesIsClean() {
        none(ItemList.delegation("ganzhou-2018").item(power("Q-1", "某项处罚", "行政处罚", "委托")).check(dir), COERCION);
    }

    @Test
    void twoPacksStillGiveOneNationalLawFinding() {
        var c = ItemList.delegation("[ganzhou-2018, jilin-2017]")
                .item(power("Q-1", "查封", "行政强制", "委托").basis("某法", true, null)).check(dir);
        item(one(c, COERCION), c, COERCION, "national-law", "error", "Q-1", "行政强制事项以委托方式交给乡镇");
    }

    @Test
    void referenceDataWithoutPolicyGetsNoFindings() {
        var c = ItemList.delegation(null).item(power("Q-1", "查封", "行政强制", "委托")).check(dir);
        valid(c);
        assertTrue(c.findings().isEmpty(), () -> qingdan.support.Qingdan.brief(c.findings()));
        assertEquals(0, c.run().exit(), c.run()::describe);
    }

    /** A penalty given in the township's own name, no competent basis, no decision, no guidance. */
    static Item bare(String mode) {
        return power("P-1", "某项处罚", "行政处罚", mode).basis("中华人民共和国某法", false, null);
    }

    @Test
    void penaltyFiresFromTheDayTheRevisedLawIsInForce() {
        var c = ItemList.delegation("ganzhou-2018").header("as_of: 2021-07-15").item(bare("赋权")).check(dir);
        JsonNode f = one(c, PENALTY);
        item(f, c, PENALTY, "national-law", "error", "P-1", penalty("赋权"));
        assertEquals("中华人民共和国行政处罚法", f.path("source").path("document").asText(), f::toString);
        assertEquals("第二十四条", f.path("source").path("clause").asText(), f::toString);
    }

    @Test
    void penaltyIsSilentTheDayBefore() {
        none(ItemList.delegation("ganzhou-2018").header("as_of: 2021-07-14").item(bare("赋权")).check(dir), PENALTY);
    }

    @Test
    void asOfMayBeAQuotedString() {
        one(ItemList.delegation("ganzhou-2018").header("as_of: \"2021-07-15\"").item(bare("赋权")).check(dir), PENALTY);
    }

    @Test
    void theAsOfOptionOverridesTheCataloguesDate() {
        var late = ItemList.delegation("ganzhou-2018").header("as_of: 2021-07-14").item(bare("赋权"))
                .check(dir, "--as-of", "2021-07-15");
        item(one(late, PENALTY), late, PENALTY, "national-law", "error", "P-1", penalty("赋权"));
        none(ItemList.delegation("ganzhou-2018").header("as_of: 2021-07-15").item(bare("赋权"))
                .check(dir, "--as-of", "2021-07-14"), PENALTY);
    }

    @Test
    void devolvedPenaltyFires() {
        var c = ItemList.delegation("jilin-2017").header("as_of: 2022-01-01").item(bare("下放")).check(dir);
        item(one(c, PENALTY), c, PENALTY, "national-law", "error", "P-1", penalty("下放"));
    }

    @ParameterizedTest(name = "a penalty by {0} is not given in the township''s own name")
    @ValueSource(strings = {"委托", "授权"})
    void entrustedPenaltyIsSilent(String mode) {
        none(ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01").item(bare(mode)).check(dir), PENALTY);
    }

    @Test
    void otherCategoriesAreSilent() {
        none(ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01")
                .item(power("P-1", "某项许可", "行政许可", "赋权").basis("某法", false, null)).check(dir), PENALTY);
    }

    @Test
    void aTownshipCompetentBasisIsEnough() {
        none(ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01")
                .item(power("P-1", "违法建设的处罚", "行政处罚", "赋权").basis("某法", false, true).basis("中华人民共和国城乡规划法", true, null))
                .check(dir), PENALTY);
    }

    @Test
    void aProvincialDecisionIsEnough() {
        none(ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01")
                .item(bare("赋权").key("provincial_decision", "测省政发〔2021〕9号")).check(dir), PENALTY);
    }

    String guidance(String level) {
        return ItemList.delegation(null).header("id: " + level + "-list").header("level: " + level)
                .item(power("G-1", "某项处罚", "行政处罚", "赋权")).write(dir.resolve(level + ".yaml"));
    }

    @Test
    void aGuidanceRefIntoAProvincialCatalogueIsEnough() {
        String g = guidance("province");
        var c = ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01").header("guidance: province-list")
                .item(bare("赋权").key("guidance_ref", "G-1"))
                .checkWith(dir.resolve("list.yaml"), List.of(), g);
        none(c, PENALTY);
    }

    @Test
    void aGuidanceRefByRelativePathIsEnough() {
        guidance("province");
        var c = ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01").header("guidance: province.yaml")
                .item(bare("赋权").key("guidance_ref", "G-1")).check(dir.resolve("list.yaml"));
        none(c, PENALTY);
    }

    @ParameterizedTest(name = "a guidance_ref that does not reach a provincial item does not count: {0}, {1}")
    @CsvSource({"province, G-2", "city, G-1", "county, G-1"})
    void aGuidanceRefThatDoesNotResolveIntoAProvinceDoesNotCount(String level, String ref) {
        String g = guidance(level);
        var c = ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01").header("guidance: " + level + "-list")
                .item(bare("赋权").key("guidance_ref", ref))
                .checkWith(dir.resolve("list.yaml"), List.of(), g);
        item(one(c, PENALTY), c, PENALTY, "national-law", "error", "P-1", penalty("赋权"));
    }

    @Test
    void aGuidanceRefWithoutGuidanceDoesNotCount() {
        var c = ItemList.delegation("ganzhou-2018").header("as_of: 2022-01-01").item(bare("赋权").key("guidance_ref", "G-1"))
                .check(dir);
        one(c, PENALTY);
    }
}
