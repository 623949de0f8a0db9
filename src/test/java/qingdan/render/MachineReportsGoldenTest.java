package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.engine.Finding;
import qingdan.model.Position;
import qingdan.pack.PackRule;
import qingdan.pack.Params;
import qingdan.pack.Severity;
import qingdan.report.Report;
import qingdan.table.Cell;
import qingdan.table.Sheet;
import qingdan.table.XlsxReader;

/**
 * The reports (JSON, SARIF, the workbook's cells, text, Markdown, JUnit, GitHub) of fixed reports,
 * byte for byte against committed copies: a change to how a renderer reads the report cannot change what it
 * writes unnoticed. After an intended change, regenerate with {@code -Dgolden.update=true} and
 * review the diff.
 */
class MachineReportsGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /**
     * The fixture with the rules that ran (one of which found nothing; all but one with a title),
     * and a baseline that held one finding.
     */
    static Map<String, Report> reports() {
        Report full = ReportFixture.full();
        List<PackRule> rules = new ArrayList<>(List.of(
                rule("tongwei-2020", "party-government-cap", "党政机构超过限额", Severity.ERROR, ReportFixture.CAP),
                rule("tongwei-2020", "public-institution-cap", "事业单位超过限额", Severity.WARNING, ReportFixture.CAP),
                rule("tongwei-2020", "class-inconsistent", "同类乡镇机构设置不统一", Severity.INFO, ReportFixture.CAP),
                rule("tongwei-2020", "plaque-unapproved", "擅自加挂牌子", Severity.ERROR, ReportFixture.CAP),
                rule("county-model-2022", "missing-legal-basis", "下放事项缺少法律依据", Severity.WARNING, ReportFixture.BASIS),
                // a user's pack may give no title: the id alone is shown
                rule("integrity", "duplicate-item", null, Severity.ERROR, null)));
        Report withRules = new Report(full.toolVersion(), full.files(), full.inputErrors(), full.findings(), null, rules,
                List.of("catalogues/guidance.yaml"), List.of("catalogues/notes.yaml"));
        Finding first = full.findings().get(0);
        Map<String, Report> out = new LinkedHashMap<>();
        out.put("full", withRules);
        out.put("baselined", withRules.without(Set.of(first.fingerprint())));
        out.put("clean", ReportFixture.clean());
        return out;
    }

    private static PackRule rule(String pack, String id, String title, Severity sev, qingdan.pack.Citation source) {
        return new PackRule(pack, id, title, sev, source, Params.NONE, "rules/" + pack + "/pack.yaml", new Position(1, 1));
    }

    @Test
    void jsonIsAsCommitted() throws IOException {
        for (var e : reports().entrySet()) {
            for (boolean en : new boolean[] {true, false}) {
                same(e.getKey() + (en ? ".en" : ".zh") + ".json", ReportFixture.render(new JsonRenderer(), e.getValue(), en));
            }
        }
    }

    @Test
    void sarifIsAsCommitted() throws IOException {
        for (var e : reports().entrySet()) {
            for (boolean en : new boolean[] {true, false}) {
                same(e.getKey() + (en ? ".en" : ".zh") + ".sarif", ReportFixture.render(new SarifRenderer(), e.getValue(), en));
            }
        }
    }

    /** The reports for people too, whose bytes the same change must leave alone (HTML has tests of its own). */
    @Test
    void textMarkdownJunitAndGithubAreAsCommitted() throws IOException {
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        renderers.put("txt", new TextRenderer());
        renderers.put("md", new MarkdownRenderer());
        renderers.put("junit.xml", new JunitRenderer());
        renderers.put("github.txt", new GithubRenderer());
        for (var e : reports().entrySet()) {
            for (boolean en : new boolean[] {true, false}) {
                for (var r : renderers.entrySet()) {
                    same(e.getKey() + (en ? ".en." : ".zh.") + r.getKey(), ReportFixture.render(r.getValue(), e.getValue(), en));
                }
            }
        }
    }

    @TempDir
    Path tmp;

    @Test
    void theWorkbooksCellsAreAsCommitted() throws Exception {
        for (var e : reports().entrySet()) {
            for (boolean en : new boolean[] {true, false}) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new XlsxRenderer().write(e.getValue(), new RenderOptions(en, false), bytes);
                Path file = tmp.resolve(e.getKey() + en + ".xlsx");
                Files.write(file, bytes.toByteArray());
                StringBuilder cells = new StringBuilder();
                for (Sheet s : new XlsxReader().read(file, bytes.toByteArray())) {
                    cells.append("## ").append(s.name()).append('\n');
                    s.rows().forEach((row, cs) -> {
                        cells.append(row);
                        for (Cell c : cs.values()) {
                            cells.append('\t').append(Position.columnName(c.column())).append('=').append(c.type()).append(':')
                                    .append(c.text().replace("\n", "\\n"));
                        }
                        cells.append('\n');
                    });
                }
                same(e.getKey() + (en ? ".en" : ".zh") + ".xlsx.txt", cells.toString());
            }
        }
    }

    private static void same(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name + " differs from the committed copy");
    }
}
