package qingdan.load;

import qingdan.bind.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import qingdan.model.Kind;
import qingdan.model.Position;
import qingdan.table.CsvReader;
import qingdan.table.Sheet;
import qingdan.table.TableProblem;
import qingdan.table.TableReader;
import qingdan.table.XlsxReader;
import qingdan.yaml.YNode;
import qingdan.yaml.YamlProblem;
import qingdan.yaml.YamlReader;

/**
 * Catalogues kept as tables (.xlsx, .csv): read into the tree a YAML file gives. The readers are
 * made per table, so a run over YAML files never loads them.
 */
public final class Tables {
    private final YamlReader yaml;
    /** {@code --kind}: the header of a named CSV file with no .header.yaml beside it; null for none. */
    private final Kind csvKind;

    Tables(YamlReader yaml) {
        this(yaml, null);
    }

    Tables(YamlReader yaml, Kind csvKind) {
        this.yaml = yaml;
        this.csvKind = csvKind;
    }

    /**
     * True when a CSV file's header comes from the command line ({@code --kind}, {@code --policy}):
     * it has no .header.yaml beside it, so it has no jurisdiction to give either (catalogues.md).
     */
    boolean headerFromCommandLine(Path p) {
        return csvKind != null && isCsv(p) && !Files.isRegularFile(headerOf(p));
    }

    public static boolean isTable(Path p) {
        return isTable(p.getFileName().toString());
    }

    /** A table by its file name: a workbook or a CSV file. */
    public static boolean isTable(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".csv");
    }

    /** The header of a CSV catalogue beside it ({@code x.header.yaml} for {@code x.csv}): not a catalogue of its own. */
    public static boolean isCsvHeader(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".header.yaml") && Files.isRegularFile(p.resolveSibling(n.substring(0, n.length() - 12) + ".csv"));
    }

    /**
     * Whether a folder walk takes a table: a workbook whose 表头 sheet names a kind, or a CSV file
     * with its .header.yaml beside it (catalogues.md). Other workbooks are someone else's.
     */
    public static boolean isCatalogue(Path p) {
        if (isCsv(p)) {
            return Files.isRegularFile(headerOf(p));
        }
        try {
            if (Files.size(p) > YamlReader.MAX_FILE_BYTES) {
                return true; // refused, with its reason, when it is read
            }
            byte[] head = new byte[4];
            try (var in = Files.newInputStream(p)) {
                head = in.readNBytes(4);
            }
            List<Sheet> sheets = new XlsxReader().read(p, head);
            return new TableReader().workbook(sheets).root() != null;
        } catch (TableProblem | IOException e) {
            return false;
        }
    }

    static boolean isCsv(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /** The CSV file's header: {@code NAME.header.yaml} beside {@code NAME.csv}. */
    static Path headerOf(Path csv) {
        String n = csv.getFileName().toString();
        return csv.resolveSibling(n.substring(0, n.length() - 4) + ".header.yaml");
    }

    /** A reader of tables as catalogues of the kinds {@link CatalogueLoader} knows. */
    public Tables() {
        this(new YamlReader());
    }

    /**
     * Any catalogue file (YAML, workbook or CSV) as its tree, or null with the reasons in
     * {@code problems}: what {@code qingdan convert} reads.
     */
    public YNode tree(Path path, Problems problems) {
        byte[] bytes = Bounded.read(path, problems);
        if (bytes == null) {
            return null;
        }
        try {
            return isTable(path) ? read(path, bytes, problems) : yaml.read(bytes);
        } catch (YamlProblem e) {
            problems.add(e.pos(), e.getMessage(), e.zh());
        }
        return null;
    }

    /** The tree of a table, or null with the reasons in {@code problems}. */
    YNode read(Path path, byte[] bytes, Problems problems) throws YamlProblem {
        TableReader.Result r;
        try {
            if (isCsv(path)) {
                Sheet sheet = CsvReader.read(YamlReader.decode(bytes));
                Path header = headerOf(path);
                YNode.YMap head = null;
                if (Files.isRegularFile(header)) {
                    YNode h;
                    byte[] hb = Bounded.read(header, problems);
                    if (hb == null) {
                        return null;
                    }
                    try {
                        h = yaml.read(hb);
                    } catch (YamlProblem e) {
                        problems.add(e.pos(), header.getFileName() + ": " + e.getMessage(), header.getFileName() + "：" + e.zh());
                        return null;
                    }
                    if (!(h instanceof YNode.YMap m)) {
                        problems.add(h.pos(), header.getFileName() + ": expected the catalogue header, a mapping (kind: …)",
                                header.getFileName() + "：应为清单表头，即映射（kind: …）");
                        return null;
                    }
                    head = m;
                } else if (csvKind == null) {
                    problems.add(null, "a CSV catalogue takes its header (kind, jurisdiction, policy, …) from "
                                    + header.getFileName() + " beside it; there is none (or name its kind: --kind KIND --policy P)",
                            "CSV 清单的表头（kind、jurisdiction、policy 等）应写在同目录的 " + header.getFileName()
                                    + " 中，但该文件不存在（也可在命令行给出类型：--kind 类型 --policy 规则包）");
                    return null;
                }
                r = new TableReader().csv(sheet, head, head == null ? csvKind : null, new Position(1, 1, ""));
            } else {
                List<Sheet> sheets = new XlsxReader().read(path, bytes);
                r = new TableReader().workbook(sheets);
            }
        } catch (TableProblem e) {
            problems.add(e.pos(), e.getMessage(), e.messageZh());
            return null;
        }
        for (TableReader.Issue i : r.issues()) {
            problems.add(i.pos(), i.message(), i.messageZh());
        }
        return r.root();
    }
}
