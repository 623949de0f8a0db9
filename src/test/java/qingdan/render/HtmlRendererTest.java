package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.render.ReportFixture.finding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import qingdan.bind.InputError;
import qingdan.pack.Citation;
import qingdan.pack.Severity;
import qingdan.support.Qingdan;
import qingdan.report.Report;

/** One self-contained page, every piece of data escaped. */
class HtmlRendererTest {

    private static String html(Report r, boolean english) {
        return ReportFixture.render(new HtmlRenderer(), r, english);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void dataNeverBecomesMarkup() {
        String evil = "<script>alert(\"x&y\")</script>";
        Report r = new Report("0.1.0", 1, List.of(new InputError("<b>.yaml", 1, 1, evil, evil)), List.of(
                finding("r", Severity.ERROR, "p", "<b>.yaml", 2, 1, evil, evil, evil, new Citation(evil, evil, evil), null)));
        String html = html(r, true);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;"), html);
        assertTrue(html.contains("<h2>&lt;b&gt;.yaml</h2>"), html);
        assertTrue(html(ReportFixture.full(), true).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    void selfContained() {
        String html = html(ReportFixture.full(), false);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html);
        assertTrue(html.endsWith("</html>\n"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<style>"));
        for (String external : new String[] {"<script", "<link", "src=", "url(", "@import", "http://", "https://"}) {
            assertFalse(html.contains(external), external);
        }
        assertFalse(html.matches("(?s).*href=\"[^#].*"), "links only within the page");
    }

    @Test
    void groupedByFileLikeTheText() {
        Report r = ReportFixture.full();
        String html = html(r, true);
        Matcher m = Pattern.compile("<h2>([^<]*)</h2>").matcher(html);
        List<String> files = m.results().map(x -> x.group(1)).toList();
        assertEquals(List.of(ReportFixture.LIST, ReportFixture.EMPTY, ReportFixture.PLAN, ReportFixture.BAD), files);
        // the files, the summary by township or item, and the waived findings apart
        assertEquals(6, count(html, "<section>"));
        assertEquals(6, count(html, "</section>"));
        assertEquals(r.findings().size(), count(html, "class=\"finding "));
        assertEquals(r.inputErrors().size(), count(html, "<tr class=\"input-error\">"));
        assertEquals(1, count(html, " waived\">"));
        assertTrue(html.contains("<p class=\"summary\">" + TextRenderer.summary(r, new RenderOptions(true, false)) + "</p>"));
        String plan = html.substring(html.indexOf("<h2>" + ReportFixture.PLAN), html.indexOf("<h2>" + ReportFixture.BAD));
        assertTrue(plan.indexOf("平襄镇") < plan.indexOf("class-inconsistent"), "findings in report order");
        assertTrue(plan.contains("<blockquote>一类乡镇党政机构不超过5个、事业单位不超过6个</blockquote>"), plan);
        String waived = html.substring(html.indexOf("<h2 class=\"waived-title\">"));
        assertTrue(waived.contains("通编委〔2021〕3号") && waived.contains("试点期间"), "waived findings apart, with their approvals");
        assertEquals(count(html, "<tr"), count(html, "</tr>"));
        assertEquals(count(html, "<td"), count(html, "</td>"));
    }

    @Test
    void aCleanRunSaysSo() {
        String html = html(ReportFixture.clean(), true);
        assertTrue(html.contains("No findings."));
        assertFalse(html.contains("<section>"));
    }

    @Test
    void theShippedCataloguesAndDeterminism() {
        Qingdan.Run run = Qingdan.run("check", "--format", "html", "--lang", "en", "catalogues/");
        int findings = Qingdan.checkJson("catalogues/").json().get("findings").size();
        assertEquals(findings, count(run.out(), "class=\"finding "));
        assertFalse(run.out().contains("\u001b["), "never colours");
        assertEquals(html(ReportFixture.full(), false), html(ReportFixture.full(), false));
    }
}
