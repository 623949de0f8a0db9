package qingdan.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qingdan.model.Kind;
import qingdan.model.Position;
import qingdan.model.Term;
import qingdan.model.TownshipClass;
import qingdan.table.Columns.Column;
import qingdan.table.Columns.Form;
import qingdan.table.Columns.Layout;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.Entry;
import qingdan.yaml.YNode.ScalarType;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;
import qingdan.yaml.YamlProblem;
import qingdan.yaml.YamlReader;

/**
 * Reads a table into the YAML tree the binder reads, each node at its cell: what a cell means
 * (是/否, an Excel date, 《法律》第N条（乡镇实施）, a list in one cell) is decided here, once, and
 * everything after treats a workbook exactly as a YAML file. Problems only a table can have (no
 * header sheet, an unknown column, a township that changes class halfway) are collected as
 * {@link Issue}s, located at their cell; the rest is left to the binder.
 */
public final class TableReader {
    /** A problem found while reading a table, at its cell. */
    public record Issue(Position pos, String message, String messageZh) {
    }

    /** The tree, null when nothing could be read, and the problems met on the way. */
    public record Result(YNode root, List<Issue> issues) {
    }

    private static final Pattern SPLIT = Pattern.compile("[、，,；;\\r\\n]+");
    private static final Pattern CJK_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern CITATION = Pattern.compile("《([^》]+)》\\s*([^（(]*?)\\s*((?:[（(][^）)]*[）)]\\s*)*)");
    private static final String COMPETENT = "乡镇实施";
    private static final String RESERVED = "县级以上实施";

    private final YamlReader yaml = new YamlReader();

    /** A workbook: the header from its 表头 sheet, the list from its 机构 or 事项 sheet. */
    public Result workbook(List<Sheet> sheets) {
        List<Issue> issues = new ArrayList<>();
        Sheet header = find(sheets, Columns.HEADER_SHEET, "header");
        if (header == null) {
            issues.add(new Issue(null, "no header sheet: a catalogue workbook has a sheet named 表头 (or header) with a row 'kind' "
                    + "and the catalogue's kind; `qingdan template KIND` writes one",
                    "没有表头工作表：清单工作簿须有名为“表头”的工作表，其中一行写 kind 及清单类型；可用 `qingdan template 类型` 生成模板"));
            return new Result(null, issues);
        }
        Map<String, Cell[]> rows = new LinkedHashMap<>();
        for (SortedMap<Integer, Cell> row : header.rows().values()) {
            Cell key = row.get(row.firstKey());
            Cell value = row.get(key.column() + 1);
            rows.put(key.text() + "\u0000" + key.row(), new Cell[] {key, value});
        }
        Kind kind = null;
        Position first = null;
        for (Cell[] kv : rows.values()) {
            Position at = pos(header, kv[0]);
            first = first == null ? at : first;
            String k = Columns.fold(kv[0].text());
            if (k.equals("kind") || k.equals(Columns.fold("清单类型"))) {
                kind = kindOf(kv[1], header, kv[0], issues);
                if (kind == null) {
                    return new Result(null, issues);
                }
            }
        }
        if (kind == null) {
            issues.add(new Issue(first == null ? new Position(1, 1, header.name()) : first,
                    "the 表头 sheet has no row 'kind': add one with the catalogue's kind (" + kinds() + ")",
                    "表头工作表缺少 kind 行：请添加一行，写明清单类型（" + kinds() + "）"));
            return new Result(null, issues);
        }
        Layout layout = Columns.of(kind);
        Map<String, Entry> root = new LinkedHashMap<>();
        readHeader(layout, header, rows, root, issues);
        Sheet list = find(sheets, layout.sheet(), layout.listKey());
        if (list == null) {
            List<Sheet> others = sheets.stream().filter(s -> s != header && !isSideSheet(s.name())).toList();
            list = others.size() == 1 ? others.get(0) : null;
        }
        if (list == null) {
            issues.add(new Issue(first, "no sheet named " + layout.sheet() + ": the " + layout.listKey() + " of a " + kind.code()
                    + " are listed there, one row per " + (layout.childKey() != null ? "institution" : "item"),
                    "没有名为“" + layout.sheet() + "”的工作表：" + kind.zh() + "的内容应逐行列在该表中"));
            return new Result(null, issues);
        }
        Rows read = readList(layout.main(), list, issues);
        if (read == null) {
            return new Result(null, issues);
        }
        Sheet waivers = find(sheets, Columns.WAIVER_SHEET, "waivers");
        if (waivers != null) {
            readWaivers(layout, waivers, read, issues);
        }
        root.put(layout.listKey(), new Entry(read.at, read.seq()));
        for (Columns.Part part : layout.parts().subList(1, layout.parts().size())) {
            Sheet other = find(sheets, part.sheet(), part.key());
            Rows more = other == null ? null : readList(part, other, issues);
            if (more != null) {
                root.put(part.key(), new Entry(more.at, more.seq()));
            }
        }
        return new Result(new YMap(first == null ? new Position(1, 1, header.name()) : first, root), issues);
    }

    /**
     * A CSV file: one list, its header given as a mapping (from the .header.yaml beside it), or
     * only a kind (from the command line).
     */
    public Result csv(Sheet sheet, YMap header, Kind kind, Position headerPos) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Entry> root = new LinkedHashMap<>();
        if (header != null) {
            root.putAll(header.entries());
            if (kind == null && header.get("kind") instanceof YScalar s && s.text() != null) {
                for (Kind k : Kind.values()) {
                    if (k.matches(s.text().strip())) {
                        kind = k;
                    }
                }
            }
        } else if (kind != null) {
            root.put("kind", new Entry(headerPos, new YScalar(headerPos, kind.code(), ScalarType.STRING)));
        }
        if (kind == null) {
            return new Result(header, issues); // the binder reports the missing or wrong kind
        }
        Layout layout = Columns.of(kind);
        Rows read = readList(layout.main(), sheet, issues);
        if (read == null) {
            return new Result(null, issues);
        }
        root.put(layout.listKey(), new Entry(read.at, read.seq()));
        return new Result(new YMap(header != null ? header.pos() : headerPos, root), issues);
    }

    private static boolean isSideSheet(String name) {
        String n = Columns.fold(name);
        return n.equals(Columns.fold(Columns.NOTES_SHEET)) || n.equals(Columns.fold(Columns.WAIVER_SHEET)) || n.equals("waivers")
                || n.equals("instructions") || n.equals("说明") || n.startsWith("选项") || n.startsWith("_");
    }

    static Sheet find(List<Sheet> sheets, String... names) {
        for (Sheet s : sheets) {
            for (String n : names) {
                if (n != null && Columns.fold(s.name()).equals(Columns.fold(n))) {
                    return s;
                }
            }
        }
        return null;
    }

    private Kind kindOf(Cell value, Sheet sheet, Cell key, List<Issue> issues) {
        if (value != null) {
            for (Kind k : Kind.values()) {
                if (k.matches(value.text().strip()) || Columns.fold(k.zh()).equals(Columns.fold(value.text()))) {
                    return k;
                }
            }
        }
        Position at = value != null ? pos(sheet, value) : pos(sheet, key);
        String found = value == null ? "nothing" : "'" + value.text() + "'";
        issues.add(new Issue(at, "kind: " + found + " is not a kind of catalogue; expected one of: " + kinds(),
                "kind：" + (value == null ? "未填写" : "“" + value.text() + "”") + " 不是清单类型；可用的值：" + kinds()));
        return null;
    }

    private static String kinds() {
        StringBuilder b = new StringBuilder();
        for (Kind k : Kind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.code()).append(" (").append(k.zh()).append(")");
        }
        return b.toString();
    }

    private void readHeader(Layout layout, Sheet sheet, Map<String, Cell[]> rows, Map<String, Entry> root, List<Issue> issues) {
        Map<String, Column> names = layout.names(layout.header());
        Map<String, Entry> params = new LinkedHashMap<>();
        Position paramsAt = null;
        for (Cell[] kv : rows.values()) {
            Position at = pos(sheet, kv[0]);
            String raw = kv[0].text().strip();
            int dot = raw.indexOf('.');
            Column param = dot > 0 ? names.get(Columns.fold(raw.substring(0, dot))) : null;
            if (param != null && param.form() == Form.PARAMETERS) {
                paramsAt = paramsAt == null ? at : paramsAt;
                YNode v = kv[1] == null ? null : scalar(Form.INTEGER, null, kv[1], sheet, issues);
                params.put(raw.substring(dot + 1).strip(), new Entry(at, v == null ? new YScalar(at, null, ScalarType.NULL) : v));
                continue;
            }
            Column c = names.get(Columns.fold(raw));
            if (c == null) {
                unknown(raw, at, names, "row", "行", issues);
                continue;
            }
            if (root.containsKey(c.key())) {
                issues.add(new Issue(at, "'" + raw + "' appears twice in the 表头 sheet (first at "
                        + root.get(c.key()).keyPos().cell() + ")", "表头中“" + raw + "”出现了两次（第一次在 "
                        + root.get(c.key()).keyPos().cell() + "）"));
                continue;
            }
            if (kv[1] != null) {
                YNode v = value(c, kv[1], sheet, issues);
                if (v != null) {
                    root.put(c.key(), new Entry(at, v));
                }
            }
        }
        if (!params.isEmpty()) {
            root.put("parameters", new Entry(paramsAt, new YMap(paramsAt, params)));
        }
    }

    private static void unknown(String raw, Position at, Map<String, Column> names, String what, String whatZh, List<Issue> issues) {
        String near = nearest(raw, names);
        List<String> labels = names.values().stream().distinct().map(Column::label).toList();
        issues.add(new Issue(at, "unknown " + what + " '" + raw + "'" + (near != null ? "; did you mean '" + near + "'?"
                : "; expected one of: " + String.join(", ", labels)),
                "未知的" + whatZh + "“" + raw + "”" + (near != null ? "，是否应为“" + near + "”？" : "；可用的有：" + String.join("、", labels))));
    }

    /** The label closest to a misspelt one; what is reported, and what the column is then read as. */
    static String nearest(String raw, Map<String, Column> names) {
        String f = Columns.fold(raw);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (Map.Entry<String, Column> e : names.entrySet()) {
            int d = distance(f, e.getKey());
            if (d < bestD) {
                bestD = d;
                best = e.getKey();
            }
        }
        int limit = Math.max(1, Math.min(3, f.codePointCount(0, f.length()) / 2));
        return best != null && bestD <= limit ? best : null;
    }

    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    /** Rows read into nodes: the list's records, each still open for waivers. */
    private static final class Rows {
        final Position at;
        final List<Node> records = new ArrayList<>();

        Rows(Position at) {
            this.at = at;
        }

        YSeq seq() {
            return new YSeq(at, records.stream().<YNode>map(Node::build).toList());
        }
    }

    /** A mapping being built from cells: its entries, nested mappings and child rows. */
    private static final class Node {
        final Position pos;
        final int row;
        final Map<String, Object> entries = new LinkedHashMap<>(); // YNode, Node, or List<Node>
        final Map<String, Position> keyPos = new LinkedHashMap<>();
        final Map<String, Integer> rowOf = new LinkedHashMap<>();

        Node(Position pos, int row) {
            this.pos = pos;
            this.row = row;
        }

        void put(List<String> path, Position at, Object value) {
            Node n = this;
            for (int i = 0; i < path.size() - 1; i++) {
                Object next = n.entries.get(path.get(i));
                if (!(next instanceof Node)) {
                    next = new Node(at, row);
                    n.entries.put(path.get(i), next);
                    n.keyPos.put(path.get(i), at);
                }
                n = (Node) next;
            }
            n.entries.put(path.get(path.size() - 1), value);
            n.keyPos.put(path.get(path.size() - 1), at);
        }

        Object get(List<String> path) {
            Object o = this;
            for (String k : path) {
                if (!(o instanceof Node n)) {
                    return null;
                }
                o = n.entries.get(k);
            }
            return o;
        }

        @SuppressWarnings("unchecked")
        List<Node> list(String key, Position at) {
            Object o = entries.get(key);
            if (!(o instanceof List<?>)) {
                o = new ArrayList<Node>();
                entries.put(key, o);
                keyPos.put(key, at);
            }
            return (List<Node>) o;
        }

        @SuppressWarnings("unchecked")
        YMap build() {
            Map<String, Entry> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                Position kp = keyPos.get(e.getKey());
                Object v = e.getValue();
                YNode node;
                if (v instanceof Node n) {
                    node = n.build();
                } else if (v instanceof List<?> l) {
                    node = new YSeq(kp, ((List<Node>) l).stream().<YNode>map(Node::build).toList());
                } else {
                    node = (YNode) v;
                }
                out.put(e.getKey(), new Entry(kp, node));
            }
            return new YMap(pos, out);
        }
    }

    /** The header row: the first row whose cells are mostly column labels (title rows above it are skipped). */
    private static int headerRow(Sheet sheet, Map<String, Column> names) {
        int tried = 0;
        for (var row : sheet.rows().entrySet()) {
            if (++tried > 30) {
                break;
            }
            int known = 0;
            int all = 0;
            for (Cell c : row.getValue().values()) {
                all++;
                String f = Columns.fold(c.text());
                if (names.containsKey(f) || f.equals(Columns.fold(Columns.ROW_NUMBER)) || f.equals("no.")) {
                    known++;
                }
            }
            if (known >= 2 && known * 2 >= all || known >= 1 && known == all && all == row.getValue().size() && all >= 1
                    && sheet.rows().size() == 1) {
                return row.getKey();
            }
        }
        return -1;
    }

    private Rows readList(Columns.Part layout, Sheet sheet, List<Issue> issues) {
        Map<String, Column> names = Columns.names(layout.columns(), layout.key(), layout.childKey());
        int headerRow = headerRow(sheet, names);
        if (headerRow < 0) {
            String some = String.join("、", layout.columns().stream().limit(4).map(Column::label).toList());
            issues.add(new Issue(new Position(1, 1, sheet.name()), "no header row found: expected a row of column labels such as " + some,
                    "找不到表头行：应有一行列名，如 " + some));
            return null;
        }
        Map<Integer, Column> byColumn = columnsOf(sheet, headerRow, names, issues);
        Position at = new Position(headerRow, sheet.row(headerRow).firstKey(), sheet.name());
        Rows rows = new Rows(at);
        Column id0 = layout.identifier(0);
        Node current = null;
        for (var row : sheet.rows().tailMap(headerRow + 1).entrySet()) {
            int r = row.getKey();
            Map<Column, Cell> cells = new LinkedHashMap<>();
            for (Cell c : row.getValue().values()) {
                Column col = byColumn.get(c.column());
                if (col != null) {
                    cells.put(col, c);
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (layout.childKey() == null) {
                rows.records.add(record(0, sheet, r, byColumn, cells, issues));
                continue;
            }
            Cell name = id0 == null ? null : cells.get(id0);
            boolean continues = current != null && (name == null || current.get(id0.path()) instanceof YScalar s
                    && name.text().strip().equals(s.text()));
            if (!continues) {
                current = record(0, sheet, r, byColumn, cells, issues);
                rows.records.add(current);
            } else {
                for (var e : cells.entrySet()) {
                    Column col = e.getKey();
                    if (col.level() == 0 && col != id0) {
                        merge(current, col, e.getValue(), sheet, issues);
                    }
                }
            }
            boolean hasChild = cells.keySet().stream().anyMatch(c -> c.level() == 1);
            List<Node> children = current.list(layout.childKey(), current.pos);
            if (hasChild) {
                children.add(record(1, sheet, r, byColumn, cells, issues));
            }
        }
        return rows;
    }

    /** A township's cells on a later row of its own: blank, or the same as on its first row. */
    private void merge(Node township, Column col, Cell cell, Sheet sheet, List<Issue> issues) {
        Object had = township.get(col.path());
        YNode v = value(col, cell, sheet, new ArrayList<>());
        if (had == null) {
            if (v != null) {
                township.put(col.path(), pos(sheet, cell), v);
            }
        } else if (had instanceof YScalar a && v instanceof YScalar b && !java.util.Objects.equals(a.text(), b.text())) {
            issues.add(new Issue(pos(sheet, cell), col.label() + " '" + cell.text() + "' differs from '" + a.text() + "' at "
                    + a.pos().cell() + " for the same township; leave the cell blank or write the same value",
                    col.label() + "“" + cell.text() + "”与同一乡镇在 " + a.pos().cell() + " 填写的“" + a.text()
                            + "”不一致：请留空或填写相同的值"));
        }
    }

    private Node record(int level, Sheet sheet, int row, Map<Integer, Column> byColumn, Map<Column, Cell> cells,
                        List<Issue> issues) {
        int firstCol = Integer.MAX_VALUE;
        for (var e : byColumn.entrySet()) {
            if (e.getValue().level() == level) {
                firstCol = Math.min(firstCol, e.getKey());
            }
        }
        Node n = new Node(new Position(row, firstCol == Integer.MAX_VALUE ? 1 : firstCol, sheet.name()), row);
        for (var e : cells.entrySet()) {
            if (e.getKey().level() == level) {
                YNode v = value(e.getKey(), e.getValue(), sheet, issues);
                if (v != null) {
                    n.put(e.getKey().path(), pos(sheet, e.getValue()), v);
                }
            }
        }
        return n;
    }

    /**
     * The header row's cells to columns. An unknown label is reported with the nearest known one,
     * and read as that one when no other column has it, so one misspelt column is one message, not
     * one more "missing" message on every row.
     */
    private static Map<Integer, Column> columnsOf(Sheet sheet, int headerRow, Map<String, Column> names, List<Issue> issues) {
        Map<Integer, Column> out = new LinkedHashMap<>();
        List<Cell> unknown = new ArrayList<>();
        for (Cell c : sheet.row(headerRow).values()) {
            String f = Columns.fold(c.text());
            Column col = names.get(f);
            if (f.equals(Columns.fold(Columns.ROW_NUMBER)) || f.equals("no.")) {
                continue;
            }
            if (col == null) {
                unknown.add(c);
            } else if (out.containsValue(col)) {
                issues.add(new Issue(pos(sheet, c), "column '" + c.text() + "' appears twice", "列“" + c.text() + "”重复出现"));
            } else {
                out.put(c.column(), col);
            }
        }
        for (Cell c : unknown) {
            unknown(c.text().strip(), pos(sheet, c), names, "column", "列", issues);
            String near = nearest(c.text(), names);
            if (near != null && !out.containsValue(names.get(near))) {
                out.put(c.column(), names.get(near));
            }
        }
        return out;
    }

    private void readWaivers(Layout layout, Sheet sheet, Rows rows, List<Issue> issues) {
        Column id0 = layout.identifier(0);
        Column id1 = layout.childKey() != null ? layout.identifier(1) : null;
        if (id0 == null) {
            return;
        }
        List<Column> all = new ArrayList<>(layout.waivers());
        Map<String, Column> names = layout.names(all);
        if (id0 != null) {
            names.putIfAbsent(Columns.fold(id0.label()), id0);
            names.putIfAbsent(Columns.fold(id0.key()), id0);
        }
        if (id1 != null) {
            names.putIfAbsent(Columns.fold(id1.label()), id1);
        }
        int headerRow = headerRow(sheet, names);
        if (headerRow < 0) {
            if (!sheet.rows().isEmpty()) {
                issues.add(new Issue(new Position(1, 1, sheet.name()), "no header row found in the 豁免 sheet",
                        "豁免工作表找不到表头行"));
            }
            return;
        }
        Map<Integer, Column> byColumn = columnsOf(sheet, headerRow, names, issues);
        for (var row : sheet.rows().tailMap(headerRow + 1).entrySet()) {
            Map<Column, Cell> cells = new LinkedHashMap<>();
            row.getValue().values().forEach(c -> {
                Column col = byColumn.get(c.column());
                if (col != null) {
                    cells.put(col, c);
                }
            });
            if (cells.isEmpty()) {
                continue;
            }
            Node target = target(rows, id0, cells.get(id0), id1, cells.get(id1), layout.childKey());
            Cell where = cells.get(id0) != null ? cells.get(id0) : cells.values().iterator().next();
            if (target == null) {
                String what = (cells.get(id0) == null ? "" : cells.get(id0).text())
                        + (id1 != null && cells.get(id1) != null ? " / " + cells.get(id1).text() : "");
                issues.add(new Issue(pos(sheet, where), "waiver for '" + what + "': no such row in the " + layout.sheet() + " sheet",
                        "豁免对象“" + what + "”在“" + layout.sheet() + "”表中不存在"));
                continue;
            }
            Node w = new Node(new Position(row.getKey(), byColumn.keySet().stream().min(Integer::compare).orElse(1), sheet.name()),
                    row.getKey());
            for (var e : cells.entrySet()) {
                if (e.getKey() != id0 && e.getKey() != id1) {
                    YNode v = value(e.getKey(), e.getValue(), sheet, issues);
                    if (v != null) {
                        w.put(e.getKey().path(), pos(sheet, e.getValue()), v);
                    }
                }
            }
            target.list("waivers", w.pos).add(w);
        }
    }

    private static Node target(Rows rows, Column id0, Cell c0, Column id1, Cell c1, String childKey) {
        if (c0 == null || id0 == null) {
            return null;
        }
        for (Node n : rows.records) {
            if (n.get(id0.path()) instanceof YScalar s && c0.text().strip().equals(s.text())) {
                if (c1 == null || id1 == null) {
                    return n;
                }
                for (Node child : n.list(childKey, n.pos)) {
                    if (child.get(id1.path()) instanceof YScalar t && c1.text().strip().equals(t.text())) {
                        return child;
                    }
                }
                return null;
            }
        }
        return null;
    }

    static Position pos(Sheet sheet, Cell c) {
        return new Position(c.row(), c.column(), sheet.name());
    }

    /** A cell as the YAML node it stands for; null for a blank cell. */
    YNode value(Column col, Cell cell, Sheet sheet, List<Issue> issues) {
        Position at = pos(sheet, cell);
        String text = cell.text();
        if (cell.type() == Cell.Type.ERROR) {
            issues.add(new Issue(at, "the cell holds the Excel error " + text + "; fix the formula or type the value",
                    "单元格为 Excel 错误值 " + text + "：请修正公式或直接填写值"));
            return null;
        }
        if (text.strip().isEmpty()) {
            return null;
        }
        boolean flowText = text.strip().startsWith("[") || text.strip().startsWith("{");
        return switch (col.form()) {
            case TEXT_LIST, TERM_LIST -> flowText ? flow(text, at, issues) : list(text, at);
            case RECIPIENTS -> flowText ? flow(text, at, issues) : recipients(text, at);
            case CITATIONS -> citations(text, at, issues);
            case YAML -> flow(text, at, issues);
            default -> scalar(col.form(), col.type(), cell, sheet, issues);
        };
    }

    private static YNode scalar(Form form, Class<?> type, Cell cell, Sheet sheet, List<Issue> issues) {
        Position at = pos(sheet, cell);
        String text = cell.text().strip();
        switch (form) {
            case INTEGER, NUMBER:
                if (cell.type() == Cell.Type.NUMBER || cell.type() == Cell.Type.TEXT && text.matches("[0-9]+(\\.[0-9]+)?")) {
                    return new YScalar(at, text, text.contains(".") ? ScalarType.FLOAT : ScalarType.INTEGER);
                }
                return new YScalar(at, text, ScalarType.STRING);
            case BOOLEAN:
                String b = text.toLowerCase(java.util.Locale.ROOT);
                if (b.equals("是") || b.equals("true")) {
                    return new YScalar(at, "true", ScalarType.BOOLEAN);
                } else if (b.equals("否") || b.equals("false")) {
                    return new YScalar(at, "false", ScalarType.BOOLEAN);
                }
                return new YScalar(at, text, ScalarType.STRING);
            case DATE:
                return new YScalar(at, isoDate(text), ScalarType.STRING);
            case TERM:
                if (cell.type() == Cell.Type.NUMBER && type == TownshipClass.class) {
                    return new YScalar(at, text, ScalarType.INTEGER);
                }
                return new YScalar(at, text, ScalarType.STRING);
            default:
                return new YScalar(at, cell.text(), ScalarType.STRING);
        }
    }

    /** 2022年3月1日 and 2022/3/1 as 2022-03-01; anything else as it is, for the binder to judge. */
    static String isoDate(String text) {
        Matcher m = CJK_DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
            } catch (java.time.DateTimeException e) {
                return text;
            }
        }
        return text;
    }

    private static YSeq list(String text, Position at) {
        List<YNode> items = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            if (!part.strip().isEmpty()) {
                items.add(new YScalar(at, part.strip(), ScalarType.STRING));
            }
        }
        return new YSeq(at, items);
    }

    /** 全部 (or all); township classes (一类、二类); or township names. */
    private static YNode recipients(String text, Position at) {
        String t = text.strip();
        if (t.equals("all") || t.equals("全部") || t.equals("全部乡镇") || t.equals("所有乡镇")) {
            return new YScalar(at, "all", ScalarType.STRING);
        }
        YSeq names = list(t, at);
        boolean classes = !names.items().isEmpty() && names.items().stream()
                .allMatch(n -> isClass(((YScalar) n).text()));
        if (classes) {
            Map<String, Entry> m = new LinkedHashMap<>();
            m.put("classes", new Entry(at, names));
            return new YMap(at, m);
        }
        return names;
    }

    private static boolean isClass(String s) {
        for (Term c : TownshipClass.values()) {
            if (c.zh().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** 《中华人民共和国土地管理法》第七十八条（县级以上实施）, one per line or split on ；. */
    private YNode citations(String text, Position at, List<Issue> issues) {
        if (text.strip().startsWith("[") || text.strip().startsWith("{")) {
            return flow(text, at, issues);
        }
        List<YNode> items = new ArrayList<>();
        for (String part : text.split("[；;\\r\\n]+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Map<String, Entry> m = new LinkedHashMap<>();
            Matcher x = CITATION.matcher(p);
            if (x.matches()) {
                m.put("source", new Entry(at, new YScalar(at, x.group(1).strip(), ScalarType.STRING)));
                if (!x.group(2).isBlank()) {
                    m.put("article", new Entry(at, new YScalar(at, x.group(2).strip(), ScalarType.STRING)));
                }
                String flags = x.group(3);
                if (flags.contains(COMPETENT) && !flags.contains("不" + COMPETENT)) {
                    m.put("township_competent", new Entry(at, new YScalar(at, "true", ScalarType.BOOLEAN)));
                }
                if (flags.contains(RESERVED)) {
                    m.put("reserved_to_county", new Entry(at, new YScalar(at, "true", ScalarType.BOOLEAN)));
                }
            } else {
                issues.add(new Issue(at, "法律依据 '" + p + "': write each citation as 《法律名称》第N条, optionally followed by"
                        + " （乡镇实施） or （县级以上实施）", "法律依据“" + p + "”：每条依据请写作《法律名称》第N条，可在其后加（乡镇实施）或（县级以上实施）"));
                continue;
            }
            items.add(new YMap(at, m));
        }
        return new YSeq(at, items);
    }

    /** A YAML flow value written in a cell ([{name: 地区生产总值, weight: 30}]), every node at the cell. */
    private YNode flow(String text, Position at, List<Issue> issues) {
        try {
            return relocate(yaml.parse(text), at);
        } catch (YamlProblem e) {
            issues.add(new Issue(at, "cannot read the cell as a YAML value (" + e.getMessage() + ")",
                    "无法将单元格读作 YAML 值（" + e.getMessage() + "）"));
            return null;
        }
    }

    private static YNode relocate(YNode n, Position at) {
        if (n instanceof YMap m) {
            Map<String, Entry> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> out.put(k, new Entry(at, relocate(e.value(), at))));
            return new YMap(at, out);
        } else if (n instanceof YSeq s) {
            return new YSeq(at, s.items().stream().map(i -> relocate(i, at)).toList());
        }
        YScalar s = (YScalar) n;
        return new YScalar(at, s.text(), s.type());
    }

    static boolean isDate(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
