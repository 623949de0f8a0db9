package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static qingdan.support.ExpectItems.count;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ExpectItems.wholeFile;
import static qingdan.support.ItemList.Item.power;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/** missing-legal-basis, missing-procedure, focus-area-uncovered (policies.md §3.1). */
class DelegationBasicsTest {
    static final String AREA = "focus-area-uncovered";

    static final List<String> GANZHOU = List.of("农业发展", "农村经营管理", "安全生产", "规划建设", "环境保护", "公共安全", "农业科普",
            "防灾减灾", "扶贫济困");
    static final List<String> HEILONGJIANG = List.of("农业发展", "农村经营管理", "安全生产", "规划建设管理", "环境保护", "公共安全",
            "防灾减灾", "扶贫济困");
    static final List<String> TONGWEI = List.of("农业发展", "农村经营管理", "安全生产和应急管理", "规划建设管理", "环境保护", "公共安全",
            "防灾减灾", "退役军人事务", "扶贫济困");
    static final List<String> JILIN = List.of("农业发展", "农村经营管理", "安全生产", "规划建设管理", "环境保护", "公共安全",
            "防灾减灾", "扶贫济困", "公共服务");

    @TempDir
    Path dir;

    // amendments F4: a warning in every pack, like its twin missing-procedure
    @ParameterizedTest(name = "{0}: an item with no legal basis is {1}")
    @CsvSource({"heilongjiang-2017, warning", "jilin-2017, warning", "ganzhou-2018, warning", "tongwei-2020, warning",
        "county-model-2022, warning"})
    void missingLegalBasis(String pack, String severity) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "某项检查", "行政检查", "赋权").key("procedure", "县政府公布目录"))
                .item(power("D-2", "另一项检查", "行政检查", "赋权").key("procedure", "县政府公布目录").basis("某法", true, null))
                .check(dir);
        item(one(c, "missing-legal-basis"), c, "missing-legal-basis", pack, severity, "D-1", "事项没有法律依据（legal_basis）");
    }

    @ParameterizedTest(name = "{0}: legal_basis: [] counts as no legal basis")
    @ValueSource(strings = {"jilin-2017", "ganzhou-2018"})
    void emptyLegalBasisIsMissing(String pack) {
        var c = ItemList.delegation(pack).item(power("D-1", "某项检查", "行政检查", "赋权").raw("legal_basis: []")).check(dir);
        one(c, "missing-legal-basis");
    }

    @ParameterizedTest(name = "{0}: missing procedure is a warning")
    @ValueSource(strings = {"heilongjiang-2017", "jilin-2017"})
    void missingProcedure(String pack) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "某项检查", "行政检查", "赋权").basis("某法", true, null))
                .item(power("D-2", "另一项检查", "行政检查", "赋权").key("procedure", "县政府公布目录").basis("某法", true, null))
                .check(dir);
        item(one(c, "missing-procedure"), c, "missing-procedure", pack, "warning", "D-1", "事项未写明下放程序（procedure）");
    }

    @ParameterizedTest(name = "{0} has no missing-procedure rule")
    @ValueSource(strings = {"ganzhou-2018", "tongwei-2020", "county-model-2022"})
    void missingProcedureOnlyInTwoPacks(String pack) {
        none(ItemList.delegation(pack).item(power("D-1", "某项检查", "行政检查", "赋权").basis("某法", true, null)).check(dir),
                "missing-procedure");
    }

    static ItemList covering(String pack, List<String> domains) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            items.add(power("D-" + (i + 1), "事项" + (i + 1), "行政检查", "赋权").key("domain", domains.get(i))
                    .key("procedure", "县政府公布目录").basis("某法", true, null));
        }
        return ItemList.delegation(pack).header("title: 测试县赋权目录").items(items);
    }

    static List<String> without(List<String> areas, String... gone) {
        List<String> out = new ArrayList<>(areas);
        out.removeAll(List.of(gone));
        return out;
    }

    static String uncovered(String area) {
        return "文件要求重点扩大的“" + area + "”方面没有下放事项（无 domain 为此的事项）";
    }

    @ParameterizedTest(name = "{0}: each uncovered focus area is one info at the file's first key")
    @CsvSource({"ganzhou-2018, 农业科普, 扶贫济困", "heilongjiang-2017, 农村经营管理, 防灾减灾",
        "tongwei-2020, 退役军人事务, 农村经营管理", "jilin-2017, 公共服务, 安全生产"})
    void uncoveredAreas(String pack, String a, String b) {
        List<String> areas = switch (pack) {
            case "ganzhou-2018" -> GANZHOU;
            case "heilongjiang-2017" -> HEILONGJIANG;
            case "tongwei-2020" -> TONGWEI;
            default -> JILIN;
        };
        none(covering(pack, areas).check(dir), AREA);
        var c = covering(pack, without(areas, a, b)).check(dir);
        List<JsonNode> f = count(c, AREA, 2);
        // same position and rule: sorted by subject
        String first = a.compareTo(b) < 0 ? a : b;
        String second = a.compareTo(b) < 0 ? b : a;
        wholeFile(f.get(0), AREA, pack, "info", first, uncovered(first));
        wholeFile(f.get(1), AREA, pack, "info", second, uncovered(second));
    }

    @Test
    void aListWithNoDomainsGetsOneFindingPerArea() {
        var c = ItemList.delegation("jilin-2017").item(power("D-1", "某项检查", "行政检查", "赋权")).check(dir);
        List<JsonNode> f = count(c, AREA, JILIN.size());
        List<String> subjects = f.stream().map(x -> x.path("subject").asText()).sorted().toList();
        assertEquals(JILIN.stream().sorted().toList(), subjects);
    }

    @Test
    void aDomainMustEqualTheAreaExactly() {
        // 安全生产和应急管理 (tongwei's spelling) does not cover heilongjiang's 安全生产
        List<String> domains = new ArrayList<>(without(HEILONGJIANG, "安全生产"));
        domains.add("安全生产和应急管理");
        var c = covering("heilongjiang-2017", domains).check(dir);
        wholeFile(one(c, AREA), AREA, "heilongjiang-2017", "info", "安全生产", uncovered("安全生产"));
    }

    @Test
    void tongweiNeedsItsOwnLongerSpelling() {
        List<String> domains = new ArrayList<>(without(TONGWEI, "安全生产和应急管理"));
        domains.add("安全生产");
        var c = covering("tongwei-2020", domains).check(dir);
        wholeFile(one(c, AREA), AREA, "tongwei-2020", "info", "安全生产和应急管理", uncovered("安全生产和应急管理"));
    }

    @Test
    void countyModelHasNoFocusAreas() {
        none(ItemList.delegation("county-model-2022").item(power("D-1", "某项检查", "行政检查", "赋权")).check(dir), AREA);
    }
}
