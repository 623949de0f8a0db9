package qingdan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/** Workbooks and CSV files laid out as offices lay them out, and the mistakes offices make in them. */
class OfficeWorkbookTest {
    @TempDir
    Path dir;

    private Path workbook(String name, Consumer<Worksheet> header, Consumer<Worksheet> list, String listName) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            header.accept(wb.newWorksheet("表头"));
            list.accept(wb.newWorksheet(listName));
            wb.finish();
        }
        return p;
    }

    private static void planHeader(Worksheet h) {
        h.value(0, 0, "清单类型");
        h.value(0, 1, "establishment-plan");
        h.value(1, 0, "行政区域");
        h.value(1, 1, "甘肃省定西市通渭县");
        h.value(2, 0, "规则包");
        h.value(2, 1, "tongwei-2020");
        h.value(3, 0, "生效日期");
        h.value(3, 1, LocalDate.of(2020, 6, 30)); // an Excel date, as offices type it
        h.style(3, 1).format("yyyy/m/d").set();
    }

    /** A title row, a 序号 column, a township's cells merged over its rows, 是/否. */
    private static void officePlan(Worksheet s, String institutionLabel) {
        s.value(0, 0, "通渭县乡镇机构设置方案（2020年）");
        s.range(0, 0, 0, 7).merge();
        String[] labels = {"序号", "乡镇名称", "类别", "领导职数", "现有领导职数", institutionLabel, "机构类型", "实体化运行"};
        for (int c = 0; c < labels.length; c++) {
            s.value(1, c, labels[c]);
        }
        String[][] rows = {
            {"党政综合办公室", "党政机构", ""}, {"经济发展办公室", "党政机构", ""}, {"社会事务办公室", "党政机构", ""},
            {"平安建设办公室", "党政机构", ""}, {"自然资源和生态环境办公室", "党政机构", ""},
            {"综合行政执法队", "事业单位", ""}, {"农业综合服务中心", "事业单位", ""}, {"社会保障服务中心", "事业单位", ""},
            {"退役军人服务站", "挂牌机构", "否"}};
        for (int i = 0; i < rows.length; i++) {
            int r = i + 2;
            s.value(r, 0, i + 1);
            s.value(r, 5, rows[i][0]);
            s.value(r, 6, rows[i][1]);
            if (!rows[i][2].isEmpty()) {
                s.value(r, 7, rows[i][2]);
            }
        }
        s.value(2, 1, "平襄镇");
        s.value(2, 2, "一类");
        s.value(2, 3, 11);
        s.value(2, 4, 12);
        s.range(2, 1, 2 + rows.length - 1, 1).merge();
        s.range(2, 2, 2 + rows.length - 1, 2).merge();
    }

    @Test
    void aWorkbookLaidOutAsOfficesDoChecksWithoutInputErrors() throws IOException {
        Path p = workbook("平襄镇.xlsx", OfficeWorkbookTest::planHeader, s -> officePlan(s, "机构名称"), "机构");
        Qingdan.Run run = Qingdan.checkJson(p.toString());
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
        // The plaque was hung without approval: a finding about the institution, at its row's cell.
        List<JsonNode> plaque = run.findings(p.toString(), "plaque-unapproved");
        assertEquals(1, plaque.size(), run::describe);
        assertEquals("退役军人服务站", plaque.get(0).get("subject").asText());
        assertEquals("机构!F11", plaque.get(0).get("cell").asText());
        assertEquals(11, plaque.get(0).get("line").asInt());
        assertEquals(6, plaque.get(0).get("column").asInt());
        // One township, not nine: the merged cells continue it.
        assertEquals(0, run.findings(p.toString(), "party-government-cap").size(), run::describe);
    }

    @Test
    void aMisspeltColumnIsOneLocatedInputErrorNamingTheNearestLabel() throws IOException {
        Path p = workbook("plan.xlsx", OfficeWorkbookTest::planHeader, s -> officePlan(s, "机构名"), "机构");
        Qingdan.Run run = Qingdan.checkJson(p.toString());
        assertEquals(2, run.exit(), run::describe);
        List<JsonNode> errors = run.inputErrors(p.toString());
        assertEquals(1, errors.size(), run::describe);
        assertEquals("机构!F2", errors.get(0).get("cell").asText());
        assertEquals(2, errors.get(0).get("line").asInt());
        assertEquals(6, errors.get(0).get("column").asInt());
        assertTrue(errors.get(0).get("message").asText().contains("机构名称"), run::describe);
        Qingdan.Run en = Qingdan.checkJson("--lang", "en", p.toString());
        assertTrue(en.inputErrors(p.toString()).get(0).get("message").asText().contains("did you mean '机构名称'"), en::describe);
        Qingdan.Run text = Qingdan.run("check", "--lang", "zh", p.toString());
        assertTrue(text.out().contains("机构!F2"), text::describe);
    }

    @Test
    void aWrongValueIsLocatedAtItsCell() throws IOException {
        Path p = workbook("plan.xlsx", OfficeWorkbookTest::planHeader, s -> {
            officePlan(s, "机构名称");
            s.value(4, 6, "党政机关");
        }, "机构");
        Qingdan.Run run = Qingdan.checkJson(p.toString());
        List<JsonNode> errors = run.inputErrors(p.toString());
        assertEquals(1, errors.size(), run::describe);
        assertEquals("机构!G5", errors.get(0).get("cell").asText());
    }

    @Test
    void aCsvListTakesItsHeaderFromTheYamlBesideIt() throws IOException {
        Path csv = dir.resolve("duties.csv");
        Files.writeString(dir.resolve("duties.header.yaml"),
                "kind: duty-transfer-list\njurisdiction: 甘肃省定西市通渭县\npolicy: tongwei-2020\n");
        Files.write(csv, ("\uFEFF编号,事项,交办部门,方式,听取意见,批准机关,随事下放权限,随事下放人员,随事下放经费\n"
                + "ZR-01,农村人居环境整治日常巡查,县住房和城乡建设局,委托,是,\"县委、县政府\",是,是,是\n"
                + "ZR-02,森林防火巡查,县林业和草原局,委托,否,,否,否,否\n").getBytes(StandardCharsets.UTF_8));
        Qingdan.Run run = Qingdan.checkJson(csv.toString());
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
        List<JsonNode> f = run.findings(csv.toString());
        assertTrue(f.stream().anyMatch(x -> x.get("subject").asText().equals("森林防火巡查")), run::describe);
        assertTrue(f.stream().filter(x -> x.get("subject").asText().equals("森林防火巡查"))
                .allMatch(x -> x.get("cell").asText().equals("A3")), run::describe);
        assertTrue(f.stream().noneMatch(x -> x.get("subject").asText().equals("农村人居环境整治日常巡查")), run::describe);
        // A folder walk takes the CSV file with its header, and not the header as a catalogue of its own.
        Qingdan.Run walk = Qingdan.checkJson(dir.toString());
        assertEquals(1, walk.json().get("summary").get("files").asInt(), walk::describe);
    }

    /**
     * catalogues.md, Tables: a CSV file's header comes from its .header.yaml, "or from --policy and
     * --kind on the command line". Such a header names no jurisdiction, and is not refused for it.
     */
    @Test
    void aCsvListWithoutAHeaderFileTakesItsHeaderFromKindAndPolicy() throws IOException {
        Path csv = dir.resolve("duties.csv");
        Files.write(csv, ("编号,事项,交办部门,方式,听取意见,批准机关,随事下放权限,随事下放人员,随事下放经费\n"
                + "ZR-01,农村人居环境整治日常巡查,县住房和城乡建设局,委托,是,\"县委、县政府\",是,是,是\n"
                + "ZR-02,森林防火巡查,县林业和草原局,委托,否,,否,否,否\n").getBytes(StandardCharsets.UTF_8));

        Qingdan.Run run = Qingdan.checkJson("--kind", "duty-transfer-list", "--policy", "tongwei-2020", csv.toString());
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
        assertEquals(1, run.exit(), run::describe);
        List<JsonNode> f = run.findings(csv.toString());
        assertTrue(f.stream().anyMatch(x -> x.get("subject").asText().equals("森林防火巡查")
                && x.get("cell").asText().equals("A3")), run::describe);
        assertTrue(f.stream().noneMatch(x -> x.get("subject").asText().equals("农村人居环境整治日常巡查")), run::describe);

        // The kind by its Chinese name gives the same findings.
        Qingdan.Run zh = Qingdan.checkJson("--kind", "职责准入清单", "--policy", "tongwei-2020", csv.toString());
        assertEquals(run.json().get("findings"), zh.json().get("findings"), zh::describe);

        // Without --kind the file still needs its header file, and the message says both ways.
        Qingdan.Run none = Qingdan.checkJson(csv.toString());
        assertEquals(2, none.exit(), none::describe);
        String message = none.inputErrors(csv.toString()).get(0).get("message").asText();
        assertTrue(message.contains("duties.header.yaml") && message.contains("--kind"), message);

        // A header file beside the CSV is its header, --kind or not: it still must name a jurisdiction.
        Files.writeString(dir.resolve("duties.header.yaml"), "kind: duty-transfer-list\npolicy: tongwei-2020\n");
        Qingdan.Run own = Qingdan.checkJson("--kind", "duty-transfer-list", csv.toString());
        assertEquals(2, own.exit(), own::describe);
        assertTrue(own.inputErrors(csv.toString()).get(0).get("message").asText().contains("jurisdiction"), own::describe);

        // An unknown kind is a usage error that names the nearest.
        Qingdan.Run bad = Qingdan.run("check", "--kind", "duty-transfer-lists", csv.toString());
        assertEquals(2, bad.exit(), bad::describe);
        assertTrue(bad.err().contains("did you mean 'duty-transfer-list'"), bad::describe);
    }

    @Test
    void aGbkCsvIsNamedAsGbk() throws IOException {
        Path csv = dir.resolve("gbk.csv");
        Files.writeString(dir.resolve("gbk.header.yaml"), "kind: duty-transfer-list\njurisdiction: 某县\n");
        Files.write(csv, "编号,事项,交办部门\nZR-01,巡查,县林业局\n".getBytes(Charset.forName("GBK")));
        Qingdan.Run run = Qingdan.checkJson(csv.toString());
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.inputErrors(csv.toString()).get(0).get("message").asText().contains("GBK"), run::describe);
    }

    @Test
    void aWorkbookWithoutAHeaderSheetIsAnInputErrorAndSkippedInAFolderWalk() throws IOException {
        Path p = dir.resolve("budget.xlsx");
        try (OutputStream os = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            wb.newWorksheet("Sheet1").value(0, 0, "预算");
            wb.finish();
        }
        Qingdan.Run named = Qingdan.checkJson(p.toString());
        assertEquals(2, named.exit(), named::describe);
        assertTrue(named.inputErrors(p.toString()).get(0).get("message").asText().contains("表头"), named::describe);
        Files.copy(Path.of("catalogues/examples/clean-assessment-catalogue.yaml"), dir.resolve("a.yaml"));
        Qingdan.Run walk = Qingdan.checkJson(dir.toString());
        assertEquals(0, walk.json().get("inputErrors").size(), walk::describe);
    }
}
