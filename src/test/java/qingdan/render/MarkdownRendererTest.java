package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;
import qingdan.report.Report;

/** The pull-request comment: heading, input errors, then a table per file with the clauses quoted. */
class MarkdownRendererTest {

    private static String md(Report r, boolean english) {
        return ReportFixture.render(new MarkdownRenderer(), r, english);
    }

    /** Splits a table row into cells, honouring escaped pipes. */
    private static List<String> cells(String row) {
        assertTrue(row.startsWith("| ") && row.endsWith(" |"), row);
        List<String> out = new ArrayList<>();
        for (String c : row.substring(2, row.length() - 2).split("(?<!\\\\) \\| ", -1)) {
            out.add(c);
        }
        return out;
    }

    @Test
    void headingWithCountsThenInputErrorsThenOneTablePerFile() {
        Report r = ReportFixture.full();
        String md = md(r, true);
        List<String> lines = List.of(md.split("\n"));
        assertEquals("## qingdan: " + MarkdownRenderer.inline(TextRenderer.summary(r, new RenderOptions(true, false))), lines.get(0));
        assertTrue(lines.get(0).contains("2 errors") && lines.get(0).contains("2 input errors"), lines.get(0));
        int inputErrors = lines.indexOf("### Input errors");
        int list = lines.indexOf("### " + MarkdownRenderer.inline(ReportFixture.LIST));
        int plan = lines.indexOf("### " + MarkdownRenderer.inline(ReportFixture.PLAN));
        assertTrue(inputErrors > 0 && inputErrors < list && list < plan, md);
        assertEquals("- catalogues/empty.yaml — the file is empty", lines.get(inputErrors + 2));
        assertEquals("- catalogues/x.yaml:7:5 — unknown key 'clas'; did you mean 'class'?", lines.get(inputErrors + 3));
        assertEquals(2, lines.stream().filter(l -> l.equals("| line | severity | rule | subject | message |")).count());
        assertEquals("|---:|---|---|---|---|", lines.get(list + 3));
        for (String l : lines) {
            if (l.startsWith("| ") && !l.startsWith("| line")) {
                assertEquals(5, cells(l).size(), l);
            }
        }
        List<String> cap = cells(lines.get(plan + 4));
        assertEquals(List.of("14:7", "error", "party-government-cap (tongwei-2020)", "平襄镇"), cap.subList(0, 4));
        assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"));
    }

    @Test
    void pipesAndMarkupInCellsAreEscaped() {
        String md = md(ReportFixture.full(), false);
        assertTrue(md.contains("| 对 A\\|B 的处罚 |"), md);
        assertTrue(md.contains("\\<script\\>alert('x')\\</script\\>"), md);
        assertFalse(md.contains("<script>"), md);
        assertEquals("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> 1 2", MarkdownRenderer.inline("a|b *c* _d_ `e` [f](g) <h> 1\n2"));
    }

    @Test
    void clauseQuotesBeneathEachTableOncePerFile() {
        String md = md(ReportFixture.full(), false);
        String listPart = md.substring(md.indexOf("### " + MarkdownRenderer.inline(ReportFixture.LIST)),
                md.indexOf("### " + MarkdownRenderer.inline(ReportFixture.PLAN)));
        String basis = "**乡镇行政管理体制机制改革实施方案 四(三)**：\n> 依法赋予乡镇\"行政执法权\"\\|须有法律依据\n";
        assertEquals(1, listPart.split(java.util.regex.Pattern.quote(basis), -1).length - 1, listPart);
        assertTrue(listPart.lastIndexOf("| ") < listPart.indexOf(basis), "the quotes come after the table");
        String planPart = md.substring(md.indexOf("### " + MarkdownRenderer.inline(ReportFixture.PLAN)));
        assertEquals(1, planPart.split("> 一类乡镇党政机构不超过5个、事业单位不超过6个", -1).length - 1, "deduplicated: " + planPart);
    }

    @Test
    void waivedFindingsSayWhoWaivedThem() {
        String md = md(ReportFixture.full(), true);
        String row = md.lines().filter(l -> l.contains("public-institution-cap")).findFirst().orElseThrow();
        assertEquals("waived (warning)", cells(row).get(1));
        assertTrue(cells(row).get(4).contains("县编委") && cells(row).get(4).contains("试点期间"), row);
    }

    @Test
    void aCleanRunSaysSo() {
        Report clean = ReportFixture.clean();
        assertEquals("## qingdan: " + MarkdownRenderer.inline(TextRenderer.summary(clean, new RenderOptions(true, false)))
                + "\n\nNo findings.\n", md(clean, true));
    }

    @Test
    void theShippedCataloguesGiveOneRowPerFinding() {
        Qingdan.Run run = Qingdan.run("check", "--format", "markdown", "--lang", "zh", "catalogues/");
        int findings = Qingdan.checkJson("catalogues/").json().get("findings").size();
        long rows = run.out().lines().filter(l -> l.matches("\\| \\d+:\\d+ \\|.*")).count();
        assertEquals(findings, rows);
        assertEquals(md(ReportFixture.full(), false), md(ReportFixture.full(), false));
    }
}
