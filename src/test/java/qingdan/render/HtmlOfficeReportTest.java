package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;

/**
 * The HTML report an office files, on catalogues/tongwei-2020/: the header block (catalogue titles,
 * jurisdictions, documents applied, dates, version), the summary by township or item, item ids on
 * findings, A4 print rules with a running header in the report's language.
 */
class HtmlOfficeReportTest {

    private static final String FOLDER = "catalogues/tongwei-2020/";

    private static String html(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "html"));
        args.addAll(List.of(options));
        args.add(FOLDER);
        return Qingdan.run(args.toArray(String[]::new)).out();
    }

    /** The part of the page from the first occurrence of start to the next end after it. */
    private static String part(String page, String start, String end) {
        int from = page.indexOf(start);
        assertTrue(from >= 0, () -> start + " in " + page);
        return page.substring(from, page.indexOf(end, from));
    }

    @Test
    void theHeaderBlockNamesEachCatalogueWithItsTitleJurisdictionAndTheDateItsRulesWereJudgedAt() {
        String page = html("--lang", "zh");
        String catalogues = part(page, "<table class=\"catalogues\">", "</table>");
        assertTrue(catalogues.contains("<th>标题</th><th>类型</th><th>行政区划</th><th>规则判断日期</th>"), catalogues);
        // The plan: its title and jurisdiction from its header, judged at its own as_of.
        assertTrue(catalogues.contains("<tr><td class=\"pos\">catalogues/tongwei-2020/establishment-plan.yaml</td>"
                + "<td class=\"title\">通渭县乡镇机构设置方案（示例）</td><td class=\"kind\">乡镇机构设置方案</td>"
                + "<td class=\"jurisdiction\">甘肃省定西市通渭县</td><td class=\"judged\">2020-06-30（清单的 as_of）</td></tr>"), catalogues);
        assertTrue(catalogues.contains("<td class=\"title\">通渭县赋予乡镇部分县级经济社会管理权限目录（征求意见稿）</td><td class=\"kind\">赋权清单</td>"
                + "<td class=\"jurisdiction\">甘肃省定西市通渭县</td><td class=\"judged\">2020-12-20（清单的 as_of）</td>"), catalogues);
        // A file that could not be read is listed too, saying why it shows no findings.
        assertTrue(catalogues.contains("<tr><td class=\"pos\">catalogues/tongwei-2020/delegation-catalogue.yaml</td><td class=\"title\"></td><td class=\"kind\"></td>"
                + "<td class=\"jurisdiction\"></td><td class=\"judged\">输入错误修正之前，此文件的检查结果暂不报告</td></tr>"), catalogues);
        assertEquals(8, catalogues.split("<tr><td class=\"pos\">", -1).length - 1, "one row per file checked");
        String meta = part(page, "<table class=\"meta\">", "</table>");
        assertTrue(meta.contains("<tr><th>检查日期</th><td class=\"check-date\">" + LocalDate.now() + "</td></tr>"), meta);
        assertTrue(meta.contains("<tr><th>qingdan 版本</th><td class=\"version\">0.1.0"), meta);
    }

    @Test
    void thePageIsTitledWithTheJurisdictionAndEachFileWithItsCatalogue() {
        String page = html("--lang", "zh");
        assertTrue(page.contains("<title>qingdan 检查报告 · 甘肃省定西市通渭县</title>"), page);
        assertTrue(page.contains("<h2>catalogues/tongwei-2020/establishment-plan.yaml</h2>\n"
                + "<p class=\"file-title\">通渭县乡镇机构设置方案（示例） · 甘肃省定西市通渭县</p>\n<table>"), page);
    }

    @Test
    void theDocumentsAppliedHaveTheirNumberTitleAndIssuer() {
        String documents = part(html("--lang", "zh"), "<table class=\"documents\">", "</table>");
        assertTrue(documents.contains("<tr><td class=\"number\">通办发〔2020〕6号</td>"
                + "<td class=\"title\">通渭县推进乡镇管理体制改革整合基层审批服务执法力量实施方案</td>"
                + "<td class=\"issuer\">中共通渭县委办公室、通渭县人民政府办公室</td><td>2020-04-03</td>"
                + "<td class=\"pack\">tongwei-2020</td></tr>"), documents);
        // The built-in national-law pack names the laws its rules cite; integrity cites no document.
        assertTrue(documents.contains("<div class=\"cite\">引用：中华人民共和国行政处罚法、中华人民共和国行政强制法</div>"), documents);
        assertTrue(documents.indexOf("tongwei-2020") < documents.indexOf("national-law"), "the catalogues' own packs first");
        assertFalse(documents.contains("integrity"), documents);
    }

    @Test
    void withAsOfEveryDateIsThatDateAndTheReportIsTheSameOnAnyDay() {
        String page = html("--lang", "zh", "--as-of", "2021-03-01");
        String meta = part(page, "<table class=\"meta\">", "</table>");
        assertTrue(meta.contains("<td class=\"check-date\">2021-03-01 (--as-of)</td>"), meta);
        String catalogues = part(page, "<table class=\"catalogues\">", "</table>");
        assertEquals(7, catalogues.split("<td class=\"judged\">2021-03-01（--as-of）</td>", -1).length - 1, catalogues);
        assertFalse(page.contains(LocalDate.now().toString()) && !LocalDate.now().toString().equals("2021-03-01"),
                "nothing in the report depends on the day it was made");
        assertTrue(page.contains("@top-center{content:\"qingdan 检查报告 · 2021-03-01\""), page);
    }

    @Test
    void theRunningHeaderIsInTheReportsLanguage() {
        String en = html("--lang", "en", "--as-of", "2021-03-01");
        assertTrue(en.contains("@top-center{content:\"qingdan report · 2021-03-01\""), en);
        assertFalse(en.contains("检查报告"), "no Chinese running header or title under --lang en");
        assertTrue(en.contains("<th>Date of the check</th>") && en.contains("<h2 class=\"scope\">Documents applied</h2>"), en);
        assertTrue(en.contains("<td class=\"judged\">2021-03-01 (--as-of)</td>"), en);
        String zh = html("--lang", "zh", "--as-of", "2021-03-01");
        assertTrue(zh.contains("@top-center{content:\"qingdan 检查报告 · 2021-03-01\""), zh);
    }

    @Test
    void findingsShowTheItemIdReviewersCiteAndAnInstitutionsTownship() {
        String page = html("--lang", "zh");
        assertTrue(page.contains("<th>规则</th><th>编号</th><th>对象</th>"), page);
        // An assessment item, a duty-transfer task, a service item, a person: each with its id.
        for (String row : List.of("<td class=\"item\">TW-KH-06</td><td class=\"subject\">耕地保护</td>",
                "<td class=\"item\">ZR-12</td><td class=\"subject\">城乡居民医保参保征缴</td>",
                "<td class=\"item\">TW-GG-005</td><td class=\"subject\">最低生活保障申请受理</td>",
                "<td class=\"item\">TW-0301</td><td class=\"subject\">TW-0301</td>")) {
            assertTrue(page.contains(row), row);
        }
        // An institution has no id: it is named with its township, as reviewers find it in the plan.
        assertTrue(page.contains("<code>plaque-unapproved</code> <span class=\"pack\">[tongwei-2020]</span></td>"
                + "<td class=\"item\"></td><td class=\"subject\">榜罗镇 / 红色旅游服务站</td>"), page);
        // The JSON report has the same ids, finding for finding (this folder waives nothing).
        List<String> ids = new ArrayList<>();
        for (JsonNode f : Qingdan.checkJson(FOLDER).json().get("findings")) {
            assertFalse(f.has("waived"), f::toString);
            ids.add(f.path("item").asText(""));
        }
        Matcher m = Pattern.compile("<td class=\"item\">([^<]*)</td><td class=\"subject\">").matcher(page);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertEquals(ids, shown);
        assertTrue(ids.stream().filter(String::isEmpty).count() < ids.size() / 2, ids::toString);
    }

    @Test
    void eachFindingShowsItsRulesChineseTitleClauseAndQuote() {
        String row = part(html("--lang", "zh"), "<tr id=\"f0\"", "</tr>");
        assertTrue(row.contains("<td class=\"rule\"><span class=\"title\">一票否决事项未经批准</span><br><code>one-veto-unapproved</code>"), row);
        assertTrue(row.contains("<td class=\"item\">TW-KH-06</td><td class=\"subject\">耕地保护</td>"), row);
        assertTrue(row.contains("<div class=\"cite\">通办发〔2020〕6号 二(五)14<blockquote>除党中央、国务院和省委、省政府明确规定的外"), row);
        // In English the rule's id, already English words, is its name.
        String en = part(html("--lang", "en"), "<tr id=\"f0\"", "</tr>");
        assertTrue(en.contains("<td class=\"rule\"><code>one-veto-unapproved</code>"), en);
    }

    @Test
    void theSummaryByTownshipOrItemShowsTheNumbersOfTheJsonReportAndLinksToTheFindings() {
        Qingdan.Run json = Qingdan.checkJson(FOLDER);
        String page = html("--lang", "zh");
        // A finding about an item counts under its id; about a township's institution, line or site,
        // under the township; any other under its subject.
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (JsonNode f : json.json().get("findings")) {
            if (f.has("waived")) {
                continue;
            }
            String key = f.has("item") ? f.get("item").asText() + "|" + f.get("subject").asText()
                    : "|" + (f.has("township") ? f.get("township") : f.get("subject")).asText();
            int[] c = expected.computeIfAbsent(f.get("file").asText() + "|" + key, k -> new int[3]);
            c[switch (f.get("severity").asText()) {
                case "error" -> 0;
                case "warning" -> 1;
                default -> 2;
            }]++;
        }
        Matcher m = Pattern.compile("<tr><td class=\"pos\">([^<]+)</td><td class=\"id\">([^<]*)</td><td><a href=\"#(f\\d+)\">([^<]+)</a></td>"
                + "<td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td></tr>").matcher(page);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            String key = m.group(1) + "|" + m.group(2) + "|" + m.group(4);
            rows.add(key);
            int[] c = expected.get(key);
            assertTrue(c != null, m.group());
            assertEquals(c[0], Integer.parseInt(m.group(5)), m.group());
            assertEquals(c[1], Integer.parseInt(m.group(6)), m.group());
            assertEquals(c[2], Integer.parseInt(m.group(7)), m.group());
            assertTrue(page.contains("<tr id=\"" + m.group(3) + "\" class=\"finding"), "the link leads to a finding: " + m.group(3));
        }
        assertEquals(List.copyOf(expected.keySet()), rows, "one row each, in the order of their first finding");
        // Townships of the plan by name, their institutions' findings counted with them; items by id.
        assertTrue(rows.contains("catalogues/tongwei-2020/establishment-plan.yaml||榜罗镇"), rows::toString);
        assertTrue(rows.contains("catalogues/tongwei-2020/assessment-catalogue.yaml|TW-KH-15|安全生产目标责任考核"), rows::toString);
        assertFalse(rows.stream().anyMatch(r -> r.endsWith("红色旅游服务站")), rows::toString);
    }

    @Test
    void itPrintsOnA4WithoutSplittingRowsAndLoadsNothing() {
        String page = html("--lang", "zh");
        assertTrue(page.contains("@page{size:A4"), page);
        assertTrue(page.contains("break-inside:avoid"), page);
        assertTrue(page.contains("thead{display:table-header-group}"), page);
        assertFalse(page.contains("<script"), page);
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
        assertFalse(page.matches("(?s).*url\\(.*"), "no fonts or images fetched from CSS");
    }
}
