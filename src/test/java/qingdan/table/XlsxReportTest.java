package qingdan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/** {@code --format xlsx}: the findings as a workbook, with cell references into a source workbook. */
class XlsxReportTest {
    @TempDir
    Path dir;

    @Test
    void theFindingsOfAWorkbookAreRowsThatNameTheirCells() throws Exception {
        Path plan = dir.resolve("plan.xlsx");
        assertEquals(0, Qingdan.run("convert", "catalogues/tongwei-2020/establishment-plan.yaml", "--to", "xlsx",
                "--output", plan.toString()).exit());
        Path report = dir.resolve("findings.xlsx");
        Qingdan.Run run = Qingdan.run("check", "--lang", "zh", "--format", "xlsx", "--output", report.toString(),
                "--format", "json", plan.toString());
        assertEquals(1, run.exit(), run::describe);
        int findings = run.json().get("findings").size();
        assertTrue(findings > 5);
        List<Sheet> sheets = new XlsxReader().read(report, Files.readAllBytes(report));
        Sheet rows = TableReader.find(sheets, "检查结果");
        assertEquals(findings + 1, rows.rows().size(), "a header row and one row per finding");
        assertEquals("位置", rows.get(1, 3).text());
        for (int r = 2; r <= findings + 1; r++) {
            assertTrue(rows.get(r, 3).text().matches("机构![A-Z]+[0-9]+"), rows.get(r, 3).text());
        }
        assertEquals(String.valueOf(run.json().get("findings").get(0).get("cell").asText()), rows.get(2, 3).text());
        // A report that is not a catalogue: a folder walk leaves it alone.
        Qingdan.Run walk = Qingdan.checkJson("--format-only", dir.toString());
        assertEquals(0, walk.json().get("inputErrors").size(), walk::describe);

        Qingdan.Run noOutput = Qingdan.run("check", "--format", "xlsx", plan.toString());
        assertEquals(2, noOutput.exit(), noOutput::describe);
    }

    @Test
    void eachRowNamesTheItemItsTownshipAndTheRulesTitle() throws Exception {
        Path report = dir.resolve("findings.xlsx");
        Qingdan.Run run = Qingdan.run("check", "--lang", "zh", "--format", "xlsx", "--output", report.toString(),
                "--format", "json", "catalogues/");
        assertEquals(1, run.exit(), run::describe);
        var json = run.json().get("findings");
        Sheet rows = TableReader.find(new XlsxReader().read(report, Files.readAllBytes(report)), "检查结果");
        assertEquals(List.of("规则", "规则名称", "规则包", "乡镇", "编号", "对象"),
                List.of(rows.get(1, 5).text(), rows.get(1, 6).text(), rows.get(1, 7).text(), rows.get(1, 8).text(),
                        rows.get(1, 9).text(), rows.get(1, 10).text()));
        int items = 0;
        for (int i = 0; i < json.size(); i++) {
            var f = json.get(i);
            int r = i + 2;
            assertEquals(f.get("rule").asText(), rows.get(r, 5).text());
            assertEquals(f.path("item").asText(""), text(rows, r, 9), "item of row " + r);
            assertEquals(f.path("township").asText(""), text(rows, r, 8), "township of row " + r);
            assertEquals(f.get("subject").asText(), rows.get(r, 10).text());
            if (f.get("source").isObject()) {
                assertTrue(!text(rows, r, 6).isBlank(), "a shipped rule has a Chinese title: row " + r);
            }
            items += f.has("item") ? 1 : 0;
        }
        assertTrue(items > 10, "the catalogues' lists give findings on items with ids: " + items);
    }

    private static String text(Sheet s, int row, int column) {
        Cell c = s.get(row, column);
        return c == null ? "" : c.text();
    }
}
