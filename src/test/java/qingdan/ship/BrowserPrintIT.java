package qingdan.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as an office reads and files it: rendered by a real browser (Debian's chromium,
 * headless), printed to PDF, and read back from the PDF with poppler. What the printed page shows
 * must be what the JSON report of the same run says. The report, its PDF and a screenshot stay in
 * target/browser/ for a person to look at.
 */
class BrowserPrintIT {
    /** A4 in PostScript points (210 x 297 mm); Chromium lays pages out on a whole-pixel grid. */
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    private static final double TOLERANCE = 1.5;
    private static final int SHOT_WIDTH = 1240;
    private static final int SHOT_HEIGHT = 1754;

    static Path out;
    static JsonNode json;
    /** The PDF's text laid out as on the page (a table row on one line), and in reading order (a cell's text together). */
    static String text;
    static String raw;
    static Path pdfinfo;
    static Path pdf;
    static Path png;

    @BeforeAll
    static void checkRenderAndPrint() throws Exception {
        Path chromium = Tools.require("chromium", "chromium");
        pdfinfo = Tools.require("pdfinfo", "poppler-utils");
        Path pdftotext = Tools.require("pdftotext", "poppler-utils");

        out = Files.createDirectories(Processes.target().resolve("browser"));
        Path html = out.resolve("tongwei-2020.html");
        Path report = out.resolve("tongwei-2020.json");
        pdf = out.resolve("tongwei-2020.pdf");
        png = out.resolve("tongwei-2020.png");
        for (Path p : List.of(html, report, pdf, png)) {
            Files.deleteIfExists(p);
        }
        Path home = Files.createTempDirectory("qingdan-browser");
        // One run writes both reports, so they describe the same check.
        Processes.Result check = Processes.run(Path.of("").toAbsolutePath(), Tools.env(home), List.of(
                Processes.javaHome().resolve("bin/java").toString(), "-jar", Processes.target().resolve("qingdan.jar").toString(),
                "check", "--lang", "zh", "--fail-on", "none", "--format", "html", "--output", html.toString(),
                "--format", "json", "--output", report.toString(), "catalogues/tongwei-2020/"));
        json = new ObjectMapper().readTree(report.toFile());
        int expectedExit = json.path("summary").path("inputErrors").asInt() > 0 ? 2 : 0;
        assertEquals(expectedExit, check.exit(), check::describe);

        Processes.Result print = Processes.run(home, Tools.env(home), chromium(chromium, home, "print",
                "--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString()));
        assertTrue(Files.size(pdf) > 0, print::describe);
        Processes.Result shot = Processes.run(home, Tools.env(home), chromium(chromium, home, "shot",
                "--screenshot=" + png, "--window-size=" + SHOT_WIDTH + "," + SHOT_HEIGHT, "--hide-scrollbars",
                html.toUri().toString()));
        assertTrue(Files.isRegularFile(png), shot::describe);

        Processes.Result toText = Processes.run(home, Tools.env(home), List.of(pdftotext.toString(), "-layout", "-enc", "UTF-8",
                pdf.toString(), "-"));
        assertEquals(0, toText.exit(), toText::describe);
        text = toText.out();
        Files.writeString(out.resolve("tongwei-2020.txt"), text, StandardCharsets.UTF_8);
        Processes.Result inOrder = Processes.run(home, Tools.env(home), List.of(pdftotext.toString(), "-raw", "-enc", "UTF-8",
                pdf.toString(), "-"));
        assertEquals(0, inOrder.exit(), inOrder::describe);
        raw = squeeze(inOrder.out());
    }

    /** A headless run that reaches nothing outside the page and keeps no state between runs. */
    private static List<String> chromium(Path chromium, Path home, String profile, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(home, profile)));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void printsOnA4Pages() throws Exception {
        Processes.Result info = Processes.run(out, Tools.env(out), List.of(pdfinfo.toString(), pdf.toString()));
        assertEquals(0, info.exit(), info::describe);
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info.out());
        assertTrue(pages.find(), info::describe);
        int n = Integer.parseInt(pages.group(1));
        assertTrue(n >= 2, "the report of a county's eight catalogues takes more than one page: " + n);

        Processes.Result each = Processes.run(out, Tools.env(out), List.of(pdfinfo.toString(), "-f", "1", "-l", String.valueOf(n),
                pdf.toString()));
        Matcher size = Pattern.compile("(?m)^Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(each.out());
        int seen = 0;
        while (size.find()) {
            seen++;
            double w = Double.parseDouble(size.group(2));
            double h = Double.parseDouble(size.group(3));
            String page = "page " + size.group(1) + " is " + w + " x " + h + " pt, not A4 portrait";
            assertTrue(Math.abs(w - A4_WIDTH) < TOLERANCE && Math.abs(h - A4_HEIGHT) < TOLERANCE, page);
        }
        assertEquals(n, seen, each::describe);
        System.out.println("BrowserPrintIT: " + pdf.getFileName() + ": " + n + " A4 pages");
    }

    @Test
    void theSummaryShowsTheJsonReportsCounts() {
        JsonNode summary = json.path("summary");
        String line = text.lines().filter(l -> l.contains("输入错误") && l.contains("警告")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line in\n" + text));
        assertEquals(summary.path("files").asInt(), count(line, "个文件"), line);
        assertEquals(summary.path("errors").asInt(), count(line, "(?<!输入)错误"), line);
        assertEquals(summary.path("warnings").asInt(), count(line, "警告"), line);
        assertEquals(summary.path("infos").asInt(), count(line, "提示"), line);
        assertEquals(summary.path("inputErrors").asInt(), count(line, "输入错误"), line);
        assertTrue(summary.path("errors").asInt() > 0 && summary.path("warnings").asInt() > 0, "the catalogues show findings on purpose");
    }

    /** The number written beside {@code label} ("错误 31 个" or "8 个文件"). */
    private static int count(String line, String label) {
        Matcher after = Pattern.compile(label + "\\s*[:：]?\\s*(\\d+)").matcher(line);
        if (after.find()) {
            return Integer.parseInt(after.group(1));
        }
        Matcher before = Pattern.compile("(\\d+)\\s*" + label).matcher(line);
        if (before.find()) {
            return Integer.parseInt(before.group(1));
        }
        throw new AssertionError("no count for " + label + " in: " + line);
    }

    /**
     * Every township or item with open findings has a row of the summary with its counts of
     * errors, warnings and infos, as the JSON report's findings give them. docs/cli.md says how
     * they are counted: a finding about an item under its id and name, one about a township's
     * institution, staffing line or site under the township, any other under its subject.
     */
    @Test
    void theSummaryByTownshipOrItemShowsEachOnesCounts() {
        Map<List<String>, int[]> expected = new LinkedHashMap<>();
        for (JsonNode f : json.path("findings")) {
            if (f.has("waived")) {
                continue;
            }
            String item = f.path("item").asText();
            String name = item.isEmpty() && f.has("township") ? f.path("township").asText() : f.path("subject").asText();
            int[] c = expected.computeIfAbsent(List.of(f.path("file").asText(), item, name), k -> new int[3]);
            c[switch (f.path("severity").asText()) {
                case "error" -> 0;
                case "warning" -> 1;
                default -> 2;
            }]++;
        }
        List<Row> rows = summaryRows();
        assertEquals(expected.size(), rows.size(), () -> "one row per township or item; rows read: " + rows);
        List<Row> free = new ArrayList<>(rows);
        expected.forEach((key, c) -> {
            String item = key.get(1);
            String name = squeeze(key.get(2));
            String start = name.substring(0, Math.min(4, name.length()));
            List<Row> same = free.stream().filter(r -> r.counts()[0] == c[0] && r.counts()[1] == c[1] && r.counts()[2] == c[2])
                    .filter(r -> r.label().contains(item)).toList();
            Row match = same.stream().filter(r -> r.label().contains(name)).findFirst()
                    .or(() -> same.stream().filter(r -> r.label().contains(start)).findFirst())
                    .orElseThrow(() -> new AssertionError("no summary row for " + item + " " + name + " with " + c[0] + " errors, "
                            + c[1] + " warnings, " + c[2] + " infos among " + free));
            free.remove(match);
        });
    }

    record Row(String label, int[] counts) {
        @Override
        public String toString() {
            return label + " " + counts[0] + "/" + counts[1] + "/" + counts[2];
        }
    }

    /**
     * The rows of the summary table: lines ending in three counts, above the first finding (a
     * line that starts with its line:column).
     */
    private static List<Row> summaryRows() {
        Pattern row = Pattern.compile("^(.*\\S)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*$");
        Pattern finding = Pattern.compile("^\\s*\\d+:\\d+\\s+\\S");
        List<Row> rows = new ArrayList<>();
        for (String l : text.lines().toList()) {
            if (finding.matcher(l).find()) {
                break;
            }
            Matcher m = row.matcher(l);
            if (m.matches()) {
                rows.add(new Row(squeeze(m.group(1)), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))}));
            }
        }
        return rows;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyFindingIsShownAtItsPosition() {
        for (JsonNode f : json.path("findings")) {
            String at = f.path("line").asText() + ":" + f.path("column").asText();
            assertTrue(text.contains(at), "finding " + f.path("rule").asText() + " at " + at + " is not shown");
            assertTrue(raw.contains(squeeze(f.path("subject").asText())), "subject " + f.path("subject").asText());
        }
        for (JsonNode e : json.path("inputErrors")) {
            assertTrue(text.contains(e.path("line").asText() + ":" + e.path("column").asText()), "input error " + e);
        }
    }

    @Test
    void everyFindingShowsTheItemIdReviewersCite() {
        int ids = 0;
        for (JsonNode f : json.path("findings")) {
            if (f.has("item")) {
                assertTrue(raw.contains(squeeze(f.path("item").asText())), "item id " + f.path("item").asText());
                ids++;
            }
        }
        assertTrue(ids > 10, "the lists' findings name their items: " + ids);
    }

    /**
     * The header block says what was checked against what, and when: each catalogue's title,
     * jurisdiction and the date its rules were judged at (its as_of), each document applied with its
     * number, title and issuer, the date of the check and qingdan's version. A file with input
     * errors is withheld, and so is its header.
     */
    @Test
    void theHeaderBlockNamesTheCataloguesTheDocumentsAndTheDates() throws IOException {
        assertTrue(text.contains("qingdan 检查报告"), "the title");
        Set<String> withheld = new TreeSet<>();
        json.path("inputErrors").forEach(e -> withheld.add(e.path("file").asText()));
        int catalogues = 0;
        try (Stream<Path> files = Files.list(Path.of("catalogues/tongwei-2020"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (withheld.contains(p.toString())) {
                    continue;
                }
                String yaml = Files.readString(p);
                for (String key : List.of("title", "jurisdiction", "as_of")) {
                    String value = topLevel(yaml, key);
                    assertTrue(raw.contains(squeeze(value)), p + ": its " + key + " " + value + " is shown");
                }
                catalogues++;
            }
        }
        assertTrue(catalogues >= 7, "catalogues in the header: " + catalogues);
        for (JsonNode f : json.path("findings")) {
            String document = f.path("source").path("document").asText();
            if (!document.isEmpty()) {
                assertTrue(raw.contains(squeeze(document)), "document applied: " + document);
            }
        }
        String pack = Files.readString(Path.of("rules/tongwei-2020/pack.yaml"));
        for (String key : List.of("document", "title", "issuer")) {
            assertTrue(raw.contains(squeeze(topLevel(pack, key))), "the document's " + key + " " + topLevel(pack, key));
        }
        LocalDate today = LocalDate.now();
        assertTrue(raw.contains(today.toString()) || raw.contains(today.minusDays(1).toString()), "the date of the check");
        assertTrue(text.contains(json.path("tool").path("version").asText()), "qingdan's version");
    }

    /** The value of a top-level key of a YAML file, written plain on its line. */
    private static String topLevel(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*(\\S.*?)\\s*$").matcher(yaml);
        assertTrue(m.find(), key);
        return m.group(1).replaceAll("^[\"']|[\"']$", "");
    }

    /** Chinese is set in a CJK font, not in boxes: the font the system has for Chinese is in the PDF. */
    @Test
    void chineseIsSetInAChineseFont() throws Exception {
        Path fcList = Tools.require("fc-list", "fontconfig");
        Path pdffonts = Tools.require("pdffonts", "poppler-utils");
        Processes.Result zh = Processes.run(out, Tools.env(out), List.of(fcList.toString(), ":lang=zh", "family"));
        List<String> families = zh.out().lines().flatMap(l -> List.of(l.split(",")).stream()).map(BrowserPrintIT::squeeze)
                .filter(s -> !s.isEmpty()).toList();
        if (families.isEmpty()) {
            fail("no font covers Chinese (Debian package fonts-wqy-zenhei; .ci/run installs it)");
        }
        Processes.Result fonts = Processes.run(out, Tools.env(out), List.of(pdffonts.toString(), pdf.toString()));
        assertTrue(families.stream().anyMatch(family -> fonts.out().contains(family)),
                () -> "none of " + families + " is embedded:\n" + fonts.out());
    }

    @Test
    void theScreenshotIsAPageSizedImage() throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertEquals("\u0089PNG\r\n\u001a\n", new String(signature, StandardCharsets.ISO_8859_1), "a PNG");
            data.readInt();
            assertEquals("IHDR", new String(data.readNBytes(4), StandardCharsets.US_ASCII));
            assertEquals(SHOT_WIDTH, data.readInt());
            assertEquals(SHOT_HEIGHT, data.readInt());
        }
        assertTrue(Files.size(png) > 20_000, "a page with text on it, not a blank one: " + Files.size(png) + " bytes");
    }
}
