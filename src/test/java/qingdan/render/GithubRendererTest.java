package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** GitHub Actions workflow commands: the syntax the runner parses, and its escaping. */
class GithubRendererTest {
    /** A command: properties without raw ':' ',' or line breaks, a message on one line. */
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning|notice) file=([^,:\\r\\n]+)(?:,line=(\\d+)(?:,col=(\\d+))?)?,title=([^,:\\r\\n]+)::([^\\r\\n]*)");

    private static List<String> lines(Report r, boolean english) {
        String out = ReportFixture.render(new GithubRenderer(), r, english);
        assertTrue(out.endsWith("\n"));
        return List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }

    private static Matcher command(String line) {
        Matcher m = COMMAND.matcher(line);
        assertTrue(m.matches(), () -> "not a workflow command: " + line);
        return m;
    }

    /** What the runner makes of an escaped value. */
    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    @Test
    void oneCommandPerInputErrorAndFindingThenTheSummary() {
        Report r = ReportFixture.full();
        List<String> lines = lines(r, true);
        assertEquals(r.inputErrors().size() + r.findings().size() + 1, lines.size());
        for (String line : lines.subList(0, lines.size() - 1)) {
            command(line);
        }
        assertEquals(TextRenderer.summary(r, new RenderOptions(true, false)), lines.get(lines.size() - 1));
        assertTrue(!lines.get(lines.size() - 1).startsWith("::"));
    }

    @Test
    void aFindingNamesFileLineColumnRulePackAndTheClause() {
        List<String> lines = lines(ReportFixture.full(), false);
        Matcher m = lines.stream().filter(l -> l.contains("party-government-cap")).map(GithubRendererTest::command)
                .findFirst().orElseThrow();
        assertEquals("error", m.group(1));
        assertEquals(ReportFixture.PLAN, m.group(2));
        assertEquals("14", m.group(3));
        assertEquals("7", m.group(4));
        assertEquals("party-government-cap (tongwei-2020)", m.group(5));
        assertEquals("一类乡镇党政机构 6 个，超过上限 5 个 — 通办发〔2020〕6号 二(一)1 “一类乡镇党政机构不超过5个、事业单位不超过6个”",
                m.group(6));
    }

    @Test
    void severitiesWaiversAndInputErrors() {
        List<String> lines = lines(ReportFixture.full(), true);
        assertTrue(lines.get(0).startsWith("::error file=" + ReportFixture.EMPTY + ",title=input error::the file is empty"),
                "no line when the line is unknown: " + lines.get(0));
        Matcher bad = command(lines.get(1));
        assertEquals(List.of("error", ReportFixture.BAD, "7", "5", "input error"),
                List.of(bad.group(1), bad.group(2), bad.group(3), bad.group(4), bad.group(5)));
        assertEquals("unknown key 'clas'; did you mean 'class'?", bad.group(6));
        for (String line : lines) {
            if (line.contains("title=missing-legal-basis")) {
                assertEquals("warning", command(line).group(1));
            }
            if (line.contains("title=class-inconsistent")) {
                assertEquals("notice", command(line).group(1));
            }
        }
        Matcher waived = lines.stream().filter(l -> l.contains("title=public-institution-cap")).map(GithubRendererTest::command)
                .findFirst().orElseThrow();
        assertEquals("notice", waived.group(1), "a waived warning is only a notice");
        assertTrue(waived.group(6).startsWith("waived: "), waived.group(6));
        assertTrue(waived.group(6).contains("试点期间"), waived.group(6));
    }

    @Test
    void escaping() {
        // Control characters are shown escaped (cli.md, "Outputs are safe"): none reaches the runner.
        assertEquals("100%25\\r\\na:b,c", GithubRenderer.data("100%\r\na:b,c"));
        assertEquals("100%25\\r\\na%3Ab%2Cc", GithubRenderer.property("100%\r\na:b,c"));
        assertEquals("%2525", GithubRenderer.data("%25"), "a literal %25 survives");
        String file = "dir,x/a:b%.yaml";
        String message = "line one\nline two: 50%, \r done";
        Report r = new Report("0.1.0", 1, List.of(new InputError(file, 2, 1, message, message)), List.of(
                finding("rule:x", Severity.WARNING, "pack,y", file, 3, 4, "s", message, message,
                        new Citation("文件", "一、", "引文\n第二行"), null)));
        List<String> lines = lines(r, true);
        assertEquals(3, lines.size(), "line breaks never reach the log raw");
        Matcher ie = command(lines.get(0));
        assertEquals(file, unescape(ie.group(2)));
        assertEquals("line one\\nline two: 50%, \\r done", unescape(ie.group(6)));
        Matcher f = command(lines.get(1));
        assertEquals(file, unescape(f.group(2)));
        assertEquals("rule:x (pack,y)", unescape(f.group(5)));
        assertEquals("line one\\nline two: 50%, \\r done — 文件 一、 “引文\\n第二行”", unescape(f.group(6)));
    }

    @Test
    void theShippedCataloguesAreAllCommands() {
        Qingdan.Run run = Qingdan.run("check", "--format", "github", "--lang", "zh", "catalogues/");
        String[] lines = run.out().split("\n");
        int findings = Qingdan.checkJson("catalogues/").json().get("findings").size();
        // Then the line naming the reference data (the province's guidance list) and the summary.
        assertEquals(findings + 2, lines.length);
        assertTrue(lines[lines.length - 2].startsWith("参考数据"), lines[lines.length - 2]);
        for (int i = 0; i < lines.length - 2; i++) {
            command(lines[i]);
        }
        assertEquals(ReportFixture.render(new GithubRenderer(), ReportFixture.full(), false),
                ReportFixture.render(new GithubRenderer(), ReportFixture.full(), false));
    }
}
