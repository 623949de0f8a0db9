package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ItemList.Item.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/** one-veto-unapproved (policies.md §3.3) in each pack, with its boundary cases. */
class OneVetoTest {
    static final String RULE = "one-veto-unapproved";
    static final String NO_BASIS = "一票否决事项没有批准依据（basis）";

    @TempDir
    Path dir;

    /** A one-veto item whose basis has {@code issuers} (YAML: a list or a single string) and {@code kind}. */
    static Item veto(String issuers, String kind) {
        Item i = assessment("KH-1", "森林草原防火").key("one_veto", true).raw("basis:").raw("  issuers: " + issuers)
                .raw("  document: 测办发〔2019〕12号");
        return kind == null ? i : i.raw("  kind: " + kind);
    }

    ItemList.Checked check(String pack, Item i) {
        return ItemList.assessment(pack).item(i).check(dir);
    }

    @ParameterizedTest(name = "{0}: 省委 and 省政府 together are clean")
    @CsvSource({"ganzhou-2018, 批准", "heilongjiang-2017, 批准", "jilin-2017, 批准", "ganzhou-2018, 明确规定",
        "heilongjiang-2017, 明确规定", "jilin-2017, explicit-provision", "jilin-2017, 明确要求"})
    void bothProvincialAuthoritiesAreClean(String pack, String kind) {
        none(check(pack, veto("[省委, 省政府]", kind)), RULE);
        none(check(pack, veto("[省政府, 省委, 市委]", null)), RULE);
    }

    @ParameterizedTest(name = "{0}: only one of 省委、省政府 fires, naming the other")
    @CsvSource({"ganzhou-2018, 三(四)", "heilongjiang-2017, (十七)", "jilin-2017, 四(三)"})
    void oneOfTwoFires(String pack, String clause) {
        var c = check(pack, veto("[省委]", "批准"));
        JsonNode f = one(c, RULE);
        item(f, c, RULE, pack, "error", "KH-1", "一票否决事项缺少省政府的批准（依据出自：省委）");
        assertEquals(clause, f.path("source").path("clause").asText(), f::toString);
        var d = check(pack, veto("省政府", "明确规定"));
        item(one(d, RULE), d, RULE, pack, "error", "KH-1", "一票否决事项缺少省委的批准（依据出自：省政府）");
    }

    @ParameterizedTest(name = "{0}: 县委 where the province is required fires")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void countyAuthoritiesWhereProvinceIsRequired(String pack) {
        var c = check(pack, veto("[县委, 县政府]", "批准"));
        item(one(c, RULE), c, RULE, pack, "error", "KH-1", "一票否决事项缺少省委、省政府的批准（依据出自：县委、县政府）");
    }

    @ParameterizedTest(name = "{0}: a one-veto item with no basis fires")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017", "tongwei-2020", "county-model-2022"})
    void noBasisFires(String pack) {
        var c = check(pack, assessment("KH-1", "控辍保学").key("one_veto", true));
        item(one(c, RULE), c, RULE, pack, "error", "KH-1", NO_BASIS);
    }

    @ParameterizedTest(name = "{0}: an item that is not one-veto needs no basis")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017", "tongwei-2020", "county-model-2022"})
    void notOneVetoIsClean(String pack) {
        none(check(pack, assessment("KH-1", "控辍保学")), RULE);
        none(check(pack, assessment("KH-1", "控辍保学").key("one_veto", false)), RULE);
        none(check(pack, assessment("KH-1", "控辍保学").key("one_veto", false).raw("basis:").raw("  issuers: [县政府]")), RULE);
    }

    @ParameterizedTest(name = "tongwei: {0} alone is clean")
    @ValueSource(strings = {"党中央", "国务院", "省委", "省政府"})
    void tongweiAnyOfFour(String issuer) {
        none(check("tongwei-2020", veto(issuer, "明确规定")), RULE);
        none(check("tongwei-2020", veto("[市委, " + issuer + "]", null)), RULE);
    }

    @Test
    void tongweiCityCommitteeFires() {
        var c = check("tongwei-2020", veto("[市委]", "批准"));
        JsonNode f = one(c, RULE);
        item(f, c, RULE, "tongwei-2020", "error", "KH-1", "一票否决事项的依据出自市委，不是党中央、国务院、省委、省政府中的任何一方");
        assertEquals("二(五)14", f.path("source").path("clause").asText(), f::toString);
        var d = check("tongwei-2020", veto("[县委, 县政府]", null));
        item(one(d, RULE), d, RULE, "tongwei-2020", "error", "KH-1",
                "一票否决事项的依据出自县委、县政府，不是党中央、国务院、省委、省政府中的任何一方");
    }

    @ParameterizedTest(name = "county-model: {0} alone is clean")
    @ValueSource(strings = {"党中央", "省委", "市委", "县委"})
    void countyModelAnyOfFour(String issuer) {
        none(check("county-model-2022", veto("[" + issuer + "]", "明确规定")), RULE);
        none(check("county-model-2022", veto(issuer, null)), RULE);
    }

    @Test
    void countyModelCountyGovernmentFires() {
        var c = check("county-model-2022", veto("[县政府]", "批准"));
        JsonNode f = one(c, RULE);
        item(f, c, RULE, "county-model-2022", "error", "KH-1", "一票否决事项的依据出自县政府，不是党中央、省委、市委、县委中的任何一方");
        assertEquals("四(五) 切实减轻基层负担", f.path("source").path("clause").asText(), f::toString);
    }

    @Test
    void countyModelStateCouncilIsNotAmongItsAuthorities() {
        // 除***和省委、市委、县委明确要求外: 国务院 and 省政府 are not named
        one(check("county-model-2022", veto("[国务院, 省政府]", null)), RULE);
    }

    @Test
    void authoritiesAreComparedExactly() {
        one(check("tongwei-2020", veto("[甘肃省委]", null)), RULE);
        one(check("jilin-2017", veto("[中共吉林省委, 吉林省人民政府]", null)), RULE);
    }
}
