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
}
