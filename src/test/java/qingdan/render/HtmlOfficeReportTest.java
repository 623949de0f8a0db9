package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;

/** The HTML report an office files: header block, summary by township or item, A4 print rules. */
class HtmlOfficeReportTest {

    @Test
    void theSummaryByTownshipShowsTheNumbersOfTheJsonReportAndLinksToTheFindings() {
        Qingdan.Run json = Qingdan.checkJson("catalogues/tongwei-2020/");
        Qingdan.Run html = Qingdan.run("check", "--lang", "zh", "--format", "html", "catalogues/tongwei-2020/");
        String page = html.out();
        String meta = page.substring(page.indexOf("<table class=\"meta\">"), page.indexOf("</table>", page.indexOf("<table class=\"meta\">")));
        assertTrue(meta.contains("<th>适用文件</th>") && meta.contains("通办发〔2020〕6号 <span class=\"pack\">(tongwei-2020)</span>"), meta);
        assertTrue(page.contains("<th>qingdan 版本</th>"), page);
        Map<String, int[]> expected = new HashMap<>();
        for (JsonNode f : json.json().get("findings")) {
            if (f.has("waived")) {
                continue;
            }
            int[] c = expected.computeIfAbsent(f.get("file").asText() + "|" + f.get("subject").asText(), k -> new int[3]);
            c[switch (f.get("severity").asText()) {
                case "error" -> 0;
                case "warning" -> 1;
                default -> 2;
            }]++;
        }
        Matcher m = Pattern.compile("<tr><td class=\"pos\">([^<]+)</td><td><a href=\"#(f\\d+)\">([^<]+)</a></td>"
                + "<td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td></tr>").matcher(page);
        int rows = 0;
        while (m.find()) {
            rows++;
            int[] c = expected.get(m.group(1) + "|" + m.group(3));
            assertTrue(c != null, m.group());
            assertEquals(c[0], Integer.parseInt(m.group(4)), m.group());
            assertEquals(c[1], Integer.parseInt(m.group(5)), m.group());
            assertEquals(c[2], Integer.parseInt(m.group(6)), m.group());
            assertTrue(page.contains("<tr id=\"" + m.group(2) + "\" class=\"finding"), "the link leads to a finding: " + m.group(2));
        }
        assertEquals(expected.size(), rows);
        assertTrue(rows > 10);
        // Townships of the plan are there by name.
        assertTrue(page.contains(">马营镇</a>"), page);
    }

    @Test
    void itPrintsOnA4WithoutSplittingRowsAndLoadsNothing() {
        String page = Qingdan.run("check", "--lang", "zh", "--format", "html", "catalogues/tongwei-2020/").out();
        assertTrue(page.contains("@page{size:A4"), page);
        assertTrue(page.contains("break-inside:avoid"), page);
        assertTrue(page.contains("thead{display:table-header-group}"), page);
        assertFalse(page.contains("<script"), page);
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
    }
}
