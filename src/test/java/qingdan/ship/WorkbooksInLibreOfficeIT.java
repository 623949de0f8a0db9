package qingdan.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.model.Kind;
import qingdan.table.Cell;
import qingdan.table.Columns;
import qingdan.table.Sheet;
import qingdan.table.XlsxReader;

/**
 * The workbooks qingdan writes open in an office suite: Debian's LibreOffice (headless) reads every
 * sheet of each kind's template and of converted catalogues as qingdan wrote it, keeps the
 * drop-down lists, and a workbook LibreOffice has saved again checks as the one qingdan wrote.
 */
class WorkbooksInLibreOfficeIT {
    /**
     * LibreOffice's CSV export: comma, double quote, UTF-8, values not as shown (a number is not
     * rounded to its display format), every sheet to its own file (-1).
     */
    private static final String CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    static Path tmp;
    static Path soffice;
    static Path profile;

    @BeforeAll
    static void libreOffice() throws IOException {
        soffice = Tools.require("soffice", "libreoffice-calc-nogui");
        // A profile of its own, made on the first run: nothing from a user's LibreOffice settings.
        profile = Files.createDirectories(tmp.resolve("lo-profile"));
    }

    @Test
    void everyKindsTemplateOpensWithItsSheetsLabelsAndDropDowns() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("templates"));
        List<Path> books = new ArrayList<>();
        for (Kind k : Kind.values()) {
            Path book = dir.resolve(k.code() + ".xlsx");
            Processes.Result r = qingdan(dir, "template", k.code(), "--output", book.toString());
            assertEquals(0, r.exit(), r::describe);
            books.add(book);
        }
        Path csv = convert(dir.resolve("csv"), CSV, books);
        Path fods = convert(dir.resolve("fods"), "fods", books);
        for (Kind k : Kind.values()) {
            Path book = dir.resolve(k.code() + ".xlsx");
            List<Sheet> written = sheets(book);
            sameCells(k.code(), written, csv);

            Columns.Layout layout = Columns.of(k);
            List<String> labels = layout.columns().stream().map(Columns.Column::label).toList();
            List<List<String>> list = readCsv(csv.resolve(k.code() + "-" + layout.sheet() + ".csv"));
            assertEquals(labels, list.get(0), k.code() + ": LibreOffice reads the column labels of " + layout.sheet());
            List<List<String>> header = readCsv(csv.resolve(k.code() + "-" + Columns.HEADER_SHEET + ".csv"));
            assertTrue(header.stream().anyMatch(row -> row.size() > 1 && row.get(1).equals(k.code())),
                    k.code() + ": the 表头 sheet names the kind");

            long enums = layout.columns().stream()
                    .filter(c -> c.form() == Columns.Form.TERM || c.form() == Columns.Form.BOOLEAN).count();
            assertTrue(enums > 0, k.code());
            String xml = Files.readString(fods.resolve(k.code() + ".fods"), StandardCharsets.UTF_8);
            assertEquals(enums, dropDowns(xml, layout.sheet()),
                    k.code() + ": LibreOffice has a drop-down list for each enumerated column of " + layout.sheet());
        }
    }

    /**
     * Every catalogue of a county and its province's guidance, converted to workbooks, opens in
     * LibreOffice with the cells qingdan wrote; saved again by LibreOffice (as an office would
     * after editing), the workbooks check with the same findings at the same cells. References by
     * path (establishment: establishment-plan.yaml) are made references by id first, so that the
     * workbooks refer to each other and not to the YAML files.
     */
    @Test
    void convertedCataloguesOpenAndCheckTheSameOnceLibreOfficeSavesThem() throws Exception {
        Path ours = Files.createDirectories(tmp.resolve("ours"));
        Path theirs = Files.createDirectories(tmp.resolve("theirs"));
        List<String> books = new ArrayList<>();
        for (String folder : List.of("tongwei-2020", "gansu-guidance")) {
            List<Path> yamls;
            try (Stream<Path> s = Files.list(Path.of("catalogues", folder))) {
                yamls = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            List<Path> written = new ArrayList<>();
            for (Path yaml : yamls) {
                Files.writeString(Files.createDirectories(ours.resolve(folder)).resolve(yaml.getFileName()), byId(yaml));
                String name = folder + "/" + yaml.getFileName().toString().replace(".yaml", ".xlsx");
                Processes.Result r = qingdan(ours, "convert", folder + "/" + yaml.getFileName(), "--to", "xlsx", "--output", name);
                assertEquals(0, r.exit(), r::describe);
                written.add(ours.resolve(name));
                books.add(name);
            }
            Path csv = convert(tmp.resolve("csv-" + folder), CSV, written);
            for (Path book : written) {
                sameCells(book.getFileName().toString(), sheets(book), csv);
            }
            convert(Files.createDirectories(theirs.resolve(folder)), "xlsx:Calc MS Excel 2007 XML", written);
        }
        assertTrue(books.size() >= 9, books::toString);
        JsonNode before = checkJson(ours, books);
        JsonNode after = checkJson(theirs, books);
        assertEquals(books.size(), before.path("summary").path("files").asInt(), before::toString);
        assertEquals(0, before.path("inputErrors").size(), before::toString);
        assertTrue(before.path("findings").size() > 20, "the catalogues show findings on purpose");
        assertEquals(findings(before), findings(after), "a workbook saved by LibreOffice checks as the one qingdan wrote");
        assertEquals(before.path("inputErrors"), after.path("inputErrors"));
    }

    /** The catalogue with each reference by path replaced by the id of the catalogue it names. */
    private static String byId(Path yaml) throws IOException {
        Matcher ref = Pattern.compile("(?m)^(guidance|establishment):\\s*(\\S+\\.yaml)\\s*$").matcher(Files.readString(yaml));
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            Matcher id = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$").matcher(Files.readString(yaml.resolveSibling(ref.group(2))));
            assertTrue(id.find(), ref.group());
            ref.appendReplacement(out, ref.group(1) + ": " + id.group(1));
        }
        ref.appendTail(out);
        return out.toString();
    }

    private static Processes.Result qingdan(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Processes.javaHome().resolve("bin/java").toString(), "-jar",
                Processes.target().resolve("qingdan.jar").toString()));
        cmd.addAll(List.of(args));
        return Processes.run(dir, Tools.env(tmp), cmd);
    }

    private static JsonNode checkJson(Path dir, List<String> files) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--lang", "zh", "--fail-on", "none", "--format", "json"));
        args.addAll(files);
        Processes.Result r = qingdan(dir, args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::describe);
        return new ObjectMapper().readTree(r.out());
    }

    /** Each finding as rule, pack, severity, file name, cell, subject and message, sorted. */
    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            out.add(String.join(" | ", f.path("rule").asText(), f.path("pack").asText(), f.path("severity").asText(),
                    f.path("file").asText(), f.path("cell").asText(),
                    f.path("line").asText() + ":" + f.path("column").asText(), f.path("subject").asText(), f.path("message").asText()));
        }
        out.sort(null);
        return out;
    }

    /** {@code books} converted by one LibreOffice run into {@code into}. */
    private static Path convert(Path into, String filter, List<Path> books) throws Exception {
        Files.createDirectories(into);
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", filter, "--outdir", into.toString()));
        books.forEach(b -> cmd.add(b.toString()));
        Processes.Result r = Processes.run(into, Tools.env(tmp), cmd);
        assertEquals(0, r.exit(), r::describe);
        return into;
    }

    private static List<Sheet> sheets(Path book) throws IOException {
        try {
            return new XlsxReader().read(book, Files.readAllBytes(book));
        } catch (Exception e) {
            throw new AssertionError(book + ": " + e, e);
        }
    }

    /** Every sheet qingdan wrote reads in LibreOffice with the same text in the same cells. */
    private static void sameCells(String what, List<Sheet> written, Path csv) throws IOException {
        String base = what.replaceAll("\\.xlsx$", "");
        int compared = 0;
        for (Sheet sheet : written) {
            Path file = csv.resolve(base + "-" + sheet.name() + ".csv");
            assertTrue(Files.isRegularFile(file), what + ": LibreOffice wrote no " + file.getFileName());
            List<List<String>> rows = readCsv(file);
            for (Map.Entry<Integer, java.util.SortedMap<Integer, Cell>> row : sheet.rows().entrySet()) {
                for (Cell c : row.getValue().values()) {
                    List<String> theirs = c.row() <= rows.size() ? rows.get(c.row() - 1) : List.of();
                    String shown = c.column() <= theirs.size() ? theirs.get(c.column() - 1) : "";
                    assertEquals(normal(c.text()), normal(shown), what + " " + sheet.name() + " row " + c.row() + " column " + c.column());
                    compared++;
                }
            }
        }
        assertTrue(written.size() >= 3 && compared > 20, what + ": " + written.size() + " sheets, " + compared + " cells");
    }

    /** Line breaks as LibreOffice's CSV writes them in a cell; a number without a trailing ".0". */
    private static String normal(String s) {
        return s.replace("\r\n", "\n").replaceAll("^(-?\\d+)\\.0+$", "$1");
    }

    /** The distinct drop-down lists LibreOffice attaches to cells of {@code sheet}. */
    private static int dropDowns(String fods, String sheet) {
        Map<String, String> lists = new TreeMap<>();
        Matcher v = Pattern.compile("<table:content-validation table:name=\"([^\"]+)\" table:condition=\"([^\"]+)\"").matcher(fods);
        while (v.find()) {
            lists.put(v.group(1), v.group(2));
        }
        int start = fods.indexOf("<table:table table:name=\"" + sheet + "\"");
        assertTrue(start >= 0, "no sheet " + sheet);
        String table = fods.substring(start, fods.indexOf("</table:table>", start));
        Matcher used = Pattern.compile("table:content-validation-name=\"([^\"]+)\"").matcher(table);
        TreeSet<String> names = new TreeSet<>();
        while (used.find()) {
            names.add(used.group(1));
            assertTrue(lists.getOrDefault(used.group(1), "").contains("cell-content-is-in-list"), lists::toString);
        }
        return names.size();
    }

    /** RFC 4180, as LibreOffice writes it: quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> readCsv(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
