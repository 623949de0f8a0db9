package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;
import qingdan.support.Plan;
import qingdan.support.Qingdan;

/** not-in-guidance and guidance-mismatch (policies.md §3.1), and how guidance: resolves (catalogues.md). */
class GuidanceTest {
    static final String RULE = "not-in-guidance";
    static final String MISMATCH = "guidance-mismatch";
    static final String NO_GUIDANCE = "清单未指明省级赋权指导目录（guidance: 须指向 level: province 的清单）";
    static final String TITLE = "测试县赋权目录";

    @TempDir
    Path dir;

    static String notIn(String guidance, String ref) {
        return "事项不在省级指导目录 " + guidance + " 中（guidance_ref: " + ref + "），也未记载法定程序（statutory_procedure）";
    }

    /** The province's list: G-1 licensing, G-2 penalty, G-3 inspection. */
    static ItemList province() {
        return ItemList.guidance("test-guidance")
                .item(power("G-1", "农村村民住宅用地审批", "行政许可", "赋权").basis("中华人民共和国土地管理法", true, null))
                .item(power("G-2", "违法建设的处罚", "行政处罚", "赋权").basis("中华人民共和国城乡规划法", true, null))
                .item(power("G-3", "安全生产检查", "行政检查", "赋权").basis("中华人民共和国安全生产法", false, null));
    }

    static ItemList county(String pack, String guidance) {
        ItemList l = ItemList.delegation(pack).header("title: " + TITLE);
        return guidance == null ? l : l.header("guidance: " + guidance);
    }

    /** Checks the county list with the province's list named in the same run. */
    ItemList.Checked withProvince(ItemList county, String... args) {
        String g = province().write(dir.resolve("guidance.yaml"));
        return county.checkWith(dir.resolve("list.yaml"), List.of(args), g);
    }

    @ParameterizedTest(name = "{0}: no guidance is one error for the whole file")
    @CsvSource({"tongwei-2020, 二(四)8", "county-model-2022, 四(四) 深化乡镇政务服务清单制度建设"})
    void noGuidanceIsOneFileError(String pack, String clause) {
        var c = county(pack, null)
                .item(power("C-1", "甲", "行政许可", "赋权").basis("某法", true, null))
                .item(power("C-2", "乙", "行政处罚", "赋权").key("guidance_ref", "G-2").basis("某法", true, null))
                .item(power("C-3", "丙", "行政检查", "赋权").basis("某法", true, null))
                .check(dir);
        JsonNode f = one(c, RULE);
        wholeFile(f, RULE, pack, "error", TITLE, NO_GUIDANCE);
        assertEquals(clause, f.path("source").path("clause").asText(), f::toString);
    }

    @Test
    void aFileErrorPointsAtTheFirstKeyAfterCommentsAndAByteOrderMark() {
        ItemList l = county("tongwei-2020", null).item(power("C-1", "甲", "行政许可", "赋权"));
        byte[] body = ("# 测试县赋权目录\n#\n" + l.yaml()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        String file = Qingdan.write(dir.resolve("commented.yaml"), bytes);
        Qingdan.Run run = Qingdan.checkJson(file);
        assertEquals(0, run.inputErrors(file).size(), run::describe);
        List<JsonNode> f = run.findings(file, RULE);
        assertEquals(1, f.size(), run::describe);
        qingdan.support.Expect.finding(f.get(0), RULE, "tongwei-2020", "error", TITLE, 3, 1, NO_GUIDANCE);
    }

    @Test
    void aFileErrorIsNamedByIdWithoutTitleAndByPathWithoutId() {
        var byId = ItemList.delegation("tongwei-2020").header("id: county-list")
                .item(power("C-1", "甲", "行政许可", "赋权")).check(dir.resolve("a.yaml"));
        wholeFile(one(byId, RULE), RULE, "tongwei-2020", "error", "county-list", NO_GUIDANCE);
        var byPath = ItemList.delegation("tongwei-2020").item(power("C-1", "甲", "行政许可", "赋权")).check(dir.resolve("b.yaml"));
        wholeFile(one(byPath, RULE), RULE, "tongwei-2020", "error", byPath.file(), NO_GUIDANCE);
    }

    @ParameterizedTest(name = "{0}: guidance naming a list without level: province is one file error")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void guidanceThatIsNotProvincialIsOneFileError(String pack) {
        String other = ItemList.delegation(null).header("id: city-list").header("level: city")
                .item(power("G-1", "甲", "行政许可", "赋权")).write(dir.resolve("city.yaml"));
        String none = ItemList.delegation(null).header("id: levelless-list")
                .item(power("G-1", "甲", "行政许可", "赋权")).write(dir.resolve("levelless.yaml"));
        for (String g : List.of("city-list", "levelless-list")) {
            var c = county(pack, g)
                    .item(power("C-1", "甲", "行政许可", "赋权").key("guidance_ref", "G-1"))
                    .item(power("C-2", "乙", "行政许可", "赋权"))
                    .checkWith(dir.resolve("list.yaml"), List.of(), other, none);
            wholeFile(one(c, RULE), RULE, pack, "error", TITLE, NO_GUIDANCE);
        }
    }

    @ParameterizedTest(name = "{0}: a guidance_ref that names no guidance item is an error on the item")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void unresolvedGuidanceRefIsAnItemError(String pack) {
        var c = withProvince(county(pack, "test-guidance")
                .item(power("C-1", "农村村民住宅用地审批", "行政许可", "赋权").key("guidance_ref", "G-1"))
                .item(power("C-2", "某项处罚", "行政处罚", "赋权").key("guidance_ref", "G-99")));
        item(one(c, RULE), c, RULE, pack, "error", "C-2", notIn("test-guidance", "G-99"));
    }

    @ParameterizedTest(name = "{0}: an item without guidance_ref is an error")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void missingGuidanceRefIsAnItemError(String pack) {
        var c = withProvince(county(pack, "test-guidance")
                .item(power("C-1", "某项许可", "行政许可", "赋权"))
                .item(power("C-2", "违法建设的处罚", "行政处罚", "赋权").key("guidance_ref", "G-2")));
        item(one(c, RULE), c, RULE, pack, "error", "C-1", notIn("test-guidance", "—"));
    }

    @ParameterizedTest(name = "{0}: every item drawn from the guidance is clean")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void itemsDrawnFromTheGuidanceAreClean(String pack) {
        var c = withProvince(county(pack, "test-guidance")
                .item(power("C-1", "农村村民住宅用地审批", "行政许可", "赋权").key("guidance_ref", "G-1"))
                .item(power("C-2", "违法建设的处罚", "行政处罚", "赋权").key("guidance_ref", "G-2")));
        none(c, RULE);
        none(c, MISMATCH);
    }

    @ParameterizedTest(name = "{0}: a recorded statutory procedure needs no guidance item")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void statutoryProcedureIsExempt(String pack) {
        var c = withProvince(county(pack, "test-guidance")
                .item(power("C-1", "某项许可", "行政许可", "赋权").key("statutory_procedure", "测政发〔2021〕3号"))
                .item(power("C-2", "某项处罚", "行政处罚", "赋权").key("guidance_ref", "G-99")
                        .key("statutory_procedure", "测政发〔2021〕4号")));
        none(c, RULE);
    }

    @ParameterizedTest(name = "{0}: category differing from the guidance item's is guidance-mismatch")
    @CsvSource({"tongwei-2020, 二(四)8", "county-model-2022, 四(四) 深化乡镇政务服务清单制度建设"})
    void categoryMismatchIsAnError(String pack, String clause) {
        var c = withProvince(county(pack, "test-guidance")
                .item(power("C-1", "违法建设的检查", "行政检查", "赋权").key("guidance_ref", "G-2"))
                .item(power("C-2", "安全生产检查", "行政检查", "赋权").key("guidance_ref", "G-3")));
        JsonNode f = one(c, MISMATCH);
        item(f, c, MISMATCH, pack, "error", "C-1", "事项类别为行政检查，而所引指导目录事项 G-2 的类别为行政处罚");
        assertEquals(clause, f.path("source").path("clause").asText(), f::toString);
        none(c, RULE);
    }

    @Test
    void mismatchIsJudgedEvenWithAStatutoryProcedure() {
        var c = withProvince(county("tongwei-2020", "test-guidance")
                .item(power("C-1", "住宅用地的处罚", "行政处罚", "赋权").key("guidance_ref", "G-1")
                        .key("statutory_procedure", "测政发〔2021〕3号")));
        item(one(c, MISMATCH), c, MISMATCH, "tongwei-2020", "error", "C-1",
                "事项类别为行政处罚，而所引指导目录事项 G-1 的类别为行政许可");
        none(c, RULE);
    }

    @Test
    void aCategoryWrittenAsItsCodeMatchesTheChineseTerm() {
        var c = withProvince(county("county-model-2022", "test-guidance")
                .item(power("C-1", "违法建设的处罚", "penalty", "empower").key("guidance_ref", "G-2")));
        none(c, MISMATCH);
        none(c, RULE);
    }

    @Test
    void guidanceByRelativePathIsLoadedButNotReported() {
        // The province's list names a pack: were it named on the command line it would get findings.
        ItemList province = ItemList.delegation("jilin-2017").header("id: test-guidance").header("level: province")
                .item(power("G-1", "农村村民住宅用地审批", "行政许可", "赋权"))
                .item(power("G-2", "违法建设的处罚", "行政处罚", "赋权"));
        province.write(dir.resolve("county/province/guidance.yaml"));
        var c = county("tongwei-2020", "province/guidance.yaml")
                .item(power("C-1", "农村村民住宅用地审批", "行政许可", "赋权").key("guidance_ref", "G-1"))
                .item(power("C-2", "某项处罚", "行政处罚", "赋权").key("guidance_ref", "G-7"))
                .check(dir.resolve("county/list.yaml"));
        item(one(c, RULE), c, RULE, "tongwei-2020", "error", "C-2", notIn("test-guidance", "G-7"));
        JsonNode json = c.run().json();
        assertEquals(1, json.path("summary").path("files").asInt(), json.path("summary")::toString);
        assertEquals(0, json.path("inputErrors").size(), json.path("inputErrors")::toString);
        for (JsonNode f : json.get("findings")) {
            assertEquals(c.file(), f.path("file").asText(), () -> "a finding of the reference file: " + f);
        }
    }

    @Test
    void guidanceWithoutIdIsNamedByItsPath() {
        String g = ItemList.delegation(null).header("level: province")
                .item(power("G-1", "农村村民住宅用地审批", "行政许可", "赋权")).write(dir.resolve("guidance.yaml"));
        var c = county("tongwei-2020", "guidance.yaml")
                .item(power("C-1", "某项处罚", "行政处罚", "赋权").key("guidance_ref", "G-7"))
                .checkWith(dir.resolve("list.yaml"), List.of(), g);
        item(one(c, RULE), c, RULE, "tongwei-2020", "error", "C-1", notIn(g, "G-7"));
    }

    @Test
    void unresolvedGuidanceIsAnInputErrorAtTheGuidanceKey() {
        ItemList county = county("tongwei-2020", "no-such-guidance")
                .item(power("C-1", "某项处罚", "行政处罚", "赋权").key("guidance_ref", "G-7"));
        var c = county.check(dir);
        assertEquals(2, c.run().exit(), c.run()::describe);
        List<JsonNode> errors = c.inputErrors();
        assertEquals(1, errors.size(), errors::toString);
        JsonNode e = errors.get(0);
        assertEquals(county.headerLine("guidance"), e.path("line").asInt(), e::toString);
        assertEquals(1, e.path("column").asInt(), e::toString);
        assertTrue(e.path("message").asText().contains("no-such-guidance"), e::toString);
        assertTrue(c.findings().isEmpty(), () -> "a file with an input error got findings: " + Qingdan.brief(c.findings()));
    }

    @Test
    void guidanceNamingAnEstablishmentPlanIsAnInputError() {
        String plan = Plan.of("tongwei-2020").header("id: test-plan")
                .town(Plan.Town.town("平襄镇", "一类").pg(4).pub(4)).check(dir.resolve("plan.yaml")).file();
        for (String ref : List.of("test-plan", "plan.yaml")) {
            ItemList county = county("tongwei-2020", ref).item(power("C-1", "某项处罚", "行政处罚", "赋权"));
            var c = ref.equals("test-plan") ? county.checkWith(dir.resolve("list.yaml"), List.of(), plan)
                    : county.check(dir.resolve("list.yaml"));
            assertEquals(2, c.run().exit(), c.run()::describe);
            List<JsonNode> errors = c.inputErrors();
            assertEquals(1, errors.size(), errors::toString);
            JsonNode e = errors.get(0);
            assertEquals(county.headerLine("guidance"), e.path("line").asInt(), e::toString);
            assertTrue(e.path("message").asText().contains(ref), e::toString);
            assertTrue(c.findings().isEmpty(), () -> Qingdan.brief(c.findings()));
        }
    }

    @Test
    void theInputErrorsOfAReferencedFileAreReported() {
        String broken = "kind: delegation-catalogue\njurisdiction: 测试省\nlevel: province\nitems:\n  - id: G-1\n"
                + "    name: 某项处罚\n    categry: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n";
        qingdan.support.Qingdan.write(dir.resolve("county/province/guidance.yaml"), broken);
        var c = county("tongwei-2020", "province/guidance.yaml")
                .item(power("C-1", "某项处罚", "行政处罚", "赋权").key("guidance_ref", "G-1"))
                .check(dir.resolve("county/list.yaml"));
        assertEquals(2, c.run().exit(), c.run()::describe);
        List<JsonNode> reference = new ArrayList<>();
        c.run().json().get("inputErrors").forEach(e -> {
            if (e.path("file").asText().endsWith("province/guidance.yaml")) {
                reference.add(e);
            }
        });
        assertTrue(reference.stream().anyMatch(e -> e.path("line").asInt() == 7 && e.path("message").asText().contains("categry")),
                c.run()::describe);
        assertEquals(1, c.run().json().path("summary").path("files").asInt(), c.run()::describe);
    }

    @Test
    void packsWithoutTheRuleDoNotAskForGuidance() {
        var c = ItemList.delegation("ganzhou-2018").item(power("C-1", "某项检查", "行政检查", "赋权")).check(dir);
        none(c, RULE);
        none(c, MISMATCH);
    }

    /** 3,000 guidance items, a county list of 200 drawn from them plus 3 planted misses. */
    @Test
    void aLargeGuidanceCatalogueFindsExactlyThePlantedMisses() {
        String[] categories = {"行政许可", "行政处罚", "行政检查", "公共服务", "行政确认"};
        List<Item> guidance = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            guidance.add(power(String.format("GS-%04d", i), "指导事项" + i, categories[i % categories.length], "赋权")
                    .basis("某法", true, null));
        }
        String g = ItemList.guidance("big-guidance").items(guidance).write(dir.resolve("guidance.yaml"));
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            int i = 1 + k * 15;
            items.add(power("TX-" + k, "指导事项" + i, categories[i % categories.length], "赋权")
                    .key("guidance_ref", String.format("GS-%04d", i)).basis("某法", true, null));
        }
        items.add(60, power("MISS-1", "未列入事项一", "行政许可", "赋权").key("guidance_ref", "GS-3001").basis("某法", true, null));
        items.add(130, power("MISS-2", "未列入事项二", "行政检查", "赋权").basis("某法", true, null));
        items.add(power("MISS-3", "未列入事项三", "公共服务", "赋权").key("guidance_ref", "gs-0001").basis("某法", true, null));
        var c = county("tongwei-2020", "big-guidance").items(items).checkWith(dir.resolve("list.yaml"), List.of(), g);
        List<JsonNode> f = count(c, RULE, 3);
        item(f.get(0), c, RULE, "tongwei-2020", "error", "MISS-1", notIn("big-guidance", "GS-3001"));
        item(f.get(1), c, RULE, "tongwei-2020", "error", "MISS-2", notIn("big-guidance", "—"));
        item(f.get(2), c, RULE, "tongwei-2020", "error", "MISS-3", notIn("big-guidance", "gs-0001"));
        none(c, MISMATCH);
        Set<String> files = new TreeSet<>();
        c.run().json().get("findings").forEach(x -> files.add(x.path("file").asText()));
        assertTrue(!files.contains(g), "the guidance catalogue is reference data: " + files);
    }
}
