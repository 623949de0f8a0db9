package qingdan.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
import qingdan.yaml.YamlWriter;

/**
 * Writes a kind's workbook: the 说明 sheet, the 表头 sheet, the list sheet with its column labels
 * and a drop-down list on every enumerated column, and the 豁免 sheet; empty for
 * {@code qingdan template}, or holding a catalogue for {@code qingdan convert}. Every value is
 * written so that {@link TableReader} reads back the same tree.
 */
public final class TableWriter {
    /** Rows below the labels that get drop-downs in an empty template. */
    private static final int TEMPLATE_ROWS = 500;
    private static final String OPTIONS_SHEET = "选项";

    private TableWriter() {
    }

    /** Keys of a catalogue's tree that no column holds: a conversion would lose them. */
    public static List<String> unplaced(Layout layout, YMap root) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> header = new java.util.HashSet<>();
        layout.header().forEach(c -> header.add(c.key()));
        java.util.Set<String> lists = new java.util.HashSet<>();
        layout.parts().forEach(p -> lists.add(p.key()));
        for (var e : root.entries().entrySet()) {
            if (!header.contains(e.getKey()) && !lists.contains(e.getKey())) {
                out.add(e.getKey() + " (" + e.getValue().keyPos() + ")");
            }
        }
        for (Columns.Part p : layout.parts()) {
            boolean main = p == layout.main();
            if (root.get(p.key()) instanceof YSeq rows) {
                for (YNode r : rows.items()) {
                    unplacedIn(r, p, 0, main, out);
                    if (p.childKey() != null && r instanceof YMap m && m.get(p.childKey()) instanceof YSeq kids) {
                        kids.items().forEach(k -> unplacedIn(k, p, 1, main, out));
                    }
                }
            }
        }
        return out;
    }

    private static void unplacedIn(YNode row, Columns.Part layout, int level, boolean main, List<String> out) {
        if (!(row instanceof YMap m)) {
            out.add("a " + row.describe() + " (" + row.pos() + ")");
            return;
        }
        // Waivers have a sheet of their own for the main list's rows, which a waiver can name.
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (main && layout.identifier(level) != null) {
            keys.add("waivers");
        }
        if (level == 0 && layout.childKey() != null) {
            keys.add(layout.childKey());
        }
        for (Column c : layout.columns()) {
            if (c.level() == level) {
                keys.add(c.path().get(0));
            }
        }
        for (var e : m.entries().entrySet()) {
            if (!keys.contains(e.getKey())) {
                out.add(e.getKey() + " (" + e.getValue().keyPos() + ")");
            }
        }
    }

    public static void write(Layout layout, YMap root, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "qingdan", "1.0");
        Worksheet notes = wb.newWorksheet(Columns.NOTES_SHEET);
        Worksheet header = wb.newWorksheet(Columns.HEADER_SHEET);
        List<Worksheet> lists = new ArrayList<>();
        for (Columns.Part p : layout.parts()) {
            lists.add(wb.newWorksheet(p.sheet()));
        }
        Worksheet waivers = wb.newWorksheet(Columns.WAIVER_SHEET);
        Worksheet options = wb.newWorksheet(OPTIONS_SHEET);
        Map<Class<?>, String> ranges = options(options, layout);
        notes(notes, layout);
        header(header, layout, root, ranges);
        for (int i = 0; i < lists.size(); i++) {
            list(lists.get(i), layout.parts().get(i), root, ranges);
        }
        waivers(waivers, layout, root);
        options.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
        wb.setActiveTab(root == null ? 0 : 2);
        wb.finish();
    }

    /** Every enumeration's Chinese terms in a column of the hidden 选项 sheet, for the drop-downs. */
    private static Map<Class<?>, String> options(Worksheet ws, Layout layout) {
        Map<Class<?>, String> out = new LinkedHashMap<>();
        List<Column> all = new ArrayList<>(layout.header());
        layout.parts().forEach(p -> all.addAll(p.columns()));
        all.addAll(layout.waivers());
        int col = 0;
        for (Column c : all) {
            if (c.type() != null && !out.containsKey(c.type())) {
                Object[] values = c.type().getEnumConstants();
                ws.value(0, col, c.label());
                for (int i = 0; i < values.length; i++) {
                    ws.value(i + 1, col, ((Term) values[i]).zh());
                }
                out.put(c.type(), "'" + OPTIONS_SHEET + "'!$" + qingdan.model.Position.columnName(col + 1) + "$2:$"
                        + qingdan.model.Position.columnName(col + 1) + "$" + (values.length + 1));
                col++;
            }
        }
        ws.value(0, col, "是/否");
        ws.value(1, col, "是");
        ws.value(2, col, "否");
        out.put(Boolean.class, "'" + OPTIONS_SHEET + "'!$" + qingdan.model.Position.columnName(col + 1) + "$2:$"
                + qingdan.model.Position.columnName(col + 1) + "$3");
        return out;
    }

    private static void dropDown(Worksheet ws, int top, int left, int bottom, int right, Column c, Map<Class<?>, String> ranges) {
        String range = c.form() == Form.TERM ? ranges.get(c.type()) : c.form() == Form.BOOLEAN ? ranges.get(Boolean.class) : null;
        if (range != null) {
            ws.range(top, left, bottom, right).validateWithListByFormula(range).allowBlank(true).showDropdown(true)
                    .showErrorMessage(false);
        }
    }

    private static void notes(Worksheet ws, Layout layout) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"qingdan 清单模板：" + layout.kind().zh() + "（" + layout.kind().code() + "）"});
        lines.add(new String[] {""});
        lines.add(new String[] {"填写说明"});
        lines.add(new String[] {"1. “表头”工作表：每行一项，第一列为项目名称，第二列填写内容。“清单类型”已填好，请勿改动；带 * 的为必填项。"});
        lines.add(new String[] {"2. “" + layout.sheet() + "”工作表：第一行为列名，请勿改动；自第二行起每行一"
                + (layout.childKey() != null ? "个机构，乡镇各列只需在该乡镇的第一行填写，其下各行留空（或合并单元格）即表示同一乡镇。" : "个事项。")
                + "可在列名行之上加标题行，也可在最左侧加“序号”列。"});
        lines.add(new String[] {"3. 带下拉箭头的列请从下拉列表中选择；“是/否”列填写“是”或“否”。"});
        lines.add(new String[] {"4. 一个单元格中有多个值（如批准机关、承接乡镇）时，用顿号“、”分隔。日期写作 2022-03-01 或 2022年3月1日。"});
        lines.add(new String[] {"5. 法律依据：每条依据一行，写作《法律名称》第N条；该条规定由乡镇实施的，其后加（乡镇实施）；规定由县级以上实施的，加（县级以上实施）。"});
        if (layout.identifier(0) != null) {
            lines.add(new String[] {"6. “豁免”工作表：记录有权机关批准的例外，每行一项；写明所豁免的对象（" + layout.identifier(0).label()
                    + (layout.childKey() != null && layout.identifier(1) != null ? "，及" + layout.identifier(1).label() : "")
                    + "）、规则编号、批准机关、批准文件和理由。"});
        } else {
            lines.add(new String[] {"6. 本类清单的豁免请在 YAML 文件中记录（qingdan convert 本文件.xlsx --to yaml）。"});
        }
        lines.add(new String[] {"7. 检查：qingdan check 本文件.xlsx；转换为 YAML：qingdan convert 本文件.xlsx --to yaml。"});
        lines.add(new String[] {""});
        lines.add(new String[] {"列名", "英文键", "必填", "填写方式"});
        List<Column> all = new ArrayList<>(layout.header());
        layout.parts().forEach(p -> all.addAll(p.columns()));
        for (Column c : all) {
            lines.add(new String[] {c.label(), c.key(), c.required() ? "是" : "", how(c)});
        }
        for (int r = 0; r < lines.size(); r++) {
            for (int col = 0; col < lines.get(r).length; col++) {
                ws.value(r, col, lines.get(r)[col]);
            }
        }
        ws.style(0, 0).bold().fontSize(14).set();
        ws.range(11, 0, 11, 3).style().bold().set();
        ws.width(0, 18);
        ws.width(1, 26);
        ws.width(2, 6);
        ws.width(3, 90);
    }

    private static String how(Column c) {
        return switch (c.form()) {
            case TEXT -> "文字";
            case INTEGER -> "整数";
            case NUMBER -> "数字";
            case BOOLEAN -> "是 / 否";
            case DATE -> "日期，如 2022-03-01";
            case TERM, TERM_LIST -> "从下拉列表选择：" + terms(c.type());
            case TEXT_LIST -> "一个或多个，用顿号“、”分隔";
            case RECIPIENTS -> "“全部”，或乡镇名称（用“、”分隔），或乡镇类别（如 一类、二类）";
            case CITATIONS -> "《法律名称》第N条（乡镇实施）/（县级以上实施），每条一行";
            case PARAMETERS -> "每个参数一行：第一列写 parameters.参数名，第二列写数值";
            case YAML -> "YAML 行内写法，如 [{name: 地区生产总值, weight: 30, main: true}]";
        };
    }

    private static String terms(Class<?> type) {
        StringBuilder b = new StringBuilder();
        for (Object o : type.getEnumConstants()) {
            b.append(b.length() == 0 ? "" : "、").append(((Term) o).zh());
        }
        return b.toString();
    }

    private static void header(Worksheet ws, Layout layout, YMap root, Map<Class<?>, String> ranges) {
        int r = 0;
        for (Column c : layout.header()) {
            if (c.form() == Form.PARAMETERS) {
                if (root != null && root.get("parameters") instanceof YMap params) {
                    for (var e : params.entries().entrySet()) {
                        ws.value(r, 0, "parameters." + e.getKey());
                        cell(ws, r, 1, Column(c, Form.INTEGER), e.getValue().value());
                        ws.value(r, 2, "规则包参数 " + e.getKey());
                        r++;
                    }
                }
                continue;
            }
            ws.value(r, 0, c.label());
            if (c.key().equals("kind")) {
                ws.value(r, 1, layout.kind().code());
            } else if (root != null && root.get(c.key()) != null) {
                cell(ws, r, 1, c, root.get(c.key()));
            }
            dropDown(ws, r, 1, r, 1, c, ranges);
            ws.value(r, 2, c.key() + (c.required() ? " *必填" : "") + "：" + how(c));
            r++;
        }
        ws.width(0, 16);
        ws.width(1, 40);
        ws.width(2, 60);
    }

    private static Column Column(Column c, Form form) {
        return new Column(c.path(), c.labels(), form, null, c.level(), false);
    }

    private static int list(Worksheet ws, Columns.Part layout, YMap root, Map<Class<?>, String> ranges) {
        List<Column> cols = layout.columns();
        for (int i = 0; i < cols.size(); i++) {
            ws.value(0, i, cols.get(i).label());
            ws.width(i, Math.max(10, Math.min(30, cols.get(i).label().length() * 2 + 4)));
        }
        ws.range(0, 0, 0, cols.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        ws.freezePane(0, 1);
        int r = 1;
        if (root != null && root.get(layout.key()) instanceof YSeq rows) {
            for (YNode row : rows.items()) {
                if (!(row instanceof YMap m)) {
                    continue;
                }
                List<YNode> children = layout.childKey() != null && m.get(layout.childKey()) instanceof YSeq kids
                        ? kids.items() : List.of();
                int first = r;
                if (children.isEmpty()) {
                    values(ws, r, cols, 0, m);
                    r++;
                }
                for (YNode child : children) {
                    if (r == first) {
                        values(ws, r, cols, 0, m);
                    }
                    values(ws, r, cols, 1, child instanceof YMap cm ? cm : new YMap(child.pos(), Map.of()));
                    r++;
                }
            }
        }
        int last = Math.max(r - 1, 0) + (root == null ? TEMPLATE_ROWS : 200);
        for (int i = 0; i < cols.size(); i++) {
            dropDown(ws, 1, i, last, i, cols.get(i), ranges);
        }
        return r;
    }

    private static void values(Worksheet ws, int r, List<Column> cols, int level, YMap m) {
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (c.level() == level) {
                YNode v = at(m, c.path());
                if (v != null) {
                    cell(ws, r, i, c, v);
                }
            }
        }
    }

    private static YNode at(YMap m, List<String> path) {
        YNode n = m;
        for (String k : path) {
            if (!(n instanceof YMap map)) {
                return null;
            }
            n = map.get(k);
        }
        return n;
    }

    private static void waivers(Worksheet ws, Layout layout, YMap root) {
        Column id0 = layout.identifier(0);
        Column id1 = layout.childKey() != null ? layout.identifier(1) : null;
        if (id0 == null) {
            ws.value(0, 0, "本类清单的豁免请在 YAML 文件中记录");
            return;
        }
        List<Column> cols = new ArrayList<>();
        cols.add(id0);
        if (id1 != null) {
            cols.add(id1);
        }
        cols.addAll(layout.waivers());
        for (int i = 0; i < cols.size(); i++) {
            ws.value(0, i, cols.get(i).label());
            ws.width(i, 18);
        }
        ws.range(0, 0, 0, cols.size() - 1).style().bold().fillColor("FCE4D6").set();
        if (root == null || !(root.get(layout.listKey()) instanceof YSeq rows)) {
            return;
        }
        int[] r = {1};
        for (YNode row : rows.items()) {
            if (row instanceof YMap m) {
                int start = cols.size() - layout.waivers().size();
                waiversOf(ws, r, cols, m, id0, m, null, start);
                if (id1 != null && m.get(layout.childKey()) instanceof YSeq kids) {
                    for (YNode k : kids.items()) {
                        if (k instanceof YMap km) {
                            waiversOf(ws, r, cols, m, id0, km, id1, start);
                        }
                    }
                }
            }
        }
    }

    private static void waiversOf(Worksheet ws, int[] r, List<Column> cols, YMap owner, Column id0, YMap node, Column id1,
                                  int offset) { // offset: the first waiver column
        if (!(node.get("waivers") instanceof YSeq list)) {
            return;
        }
        for (YNode w : list.items()) {
            cell(ws, r[0], 0, id0, at(owner, id0.path()));
            if (id1 != null) {
                cell(ws, r[0], 1, id1, at(node, id1.path()));
            }
            int start = offset;
            if (w instanceof YMap wm) {
                for (int i = start; i < cols.size(); i++) {
                    YNode v = at(wm, cols.get(i).path());
                    if (v != null) {
                        cell(ws, r[0], i, cols.get(i), v);
                    }
                }
            }
            r[0]++;
        }
    }

    /** One value in one cell, written as {@link TableReader} reads it back. */
    static void cell(Worksheet ws, int r, int c, Column col, YNode v) {
        if (v == null || v instanceof YScalar s && s.isNull()) {
            return;
        }
        String text = text(col, v);
        if (text == null) {
            return;
        }
        if (v instanceof YScalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT)
                && (col.form() == Form.INTEGER || col.form() == Form.NUMBER || col.form() == Form.TERM)) {
            try {
                ws.value(r, c, new java.math.BigDecimal(s.text().replace("_", "")));
                return;
            } catch (NumberFormatException e) {
                // written as text below
            }
        }
        ws.value(r, c, text);
        if (text.indexOf('\n') >= 0) {
            ws.style(r, c).wrapText(true).set();
        }
    }

    /** A node as cell text; a value no simple cell holds is written as a YAML flow value. */
    static String text(Column col, YNode v) {
        if (v instanceof YScalar s) {
            if (s.type() == ScalarType.BOOLEAN && col.form() == Form.BOOLEAN) {
                return Boolean.parseBoolean(s.text().toLowerCase()) ? "是" : "否";
            }
            if (col.form() == Form.RECIPIENTS && "all".equals(s.text())) {
                return "全部";
            }
            if (col.form() == Form.YAML || col.form() == Form.CITATIONS) {
                return YamlWriter.flow(s);
            }
            if (col.form() == Form.TEXT_LIST || col.form() == Form.TERM_LIST || col.form() == Form.RECIPIENTS) {
                return s.text().strip().startsWith("[") || splits(s.text()) ? YamlWriter.flow(new YSeq(s.pos(), List.of(s))) : s.text();
            }
            if (s.type() != ScalarType.STRING && (col.form() == Form.TEXT || col.form() == Form.DATE)) {
                return YamlWriter.flow(s); // a number where text belongs: kept as the mistake it is
            }
            return s.text();
        }
        if (v instanceof YSeq seq && (col.form() == Form.TEXT_LIST || col.form() == Form.TERM_LIST || col.form() == Form.RECIPIENTS)) {
            List<String> parts = new ArrayList<>();
            for (YNode i : seq.items()) {
                if (!(i instanceof YScalar s) || s.type() != ScalarType.STRING || splits(s.text()) || s.text().isBlank()) {
                    return YamlWriter.flow(seq);
                }
                parts.add(s.text());
            }
            return parts.isEmpty() ? YamlWriter.flow(seq) : String.join("、", parts);
        }
        if (v instanceof YMap m && col.form() == Form.RECIPIENTS && m.entries().size() == 1 && m.get("classes") instanceof YSeq classes) {
            List<String> parts = new ArrayList<>();
            for (YNode i : classes.items()) {
                String zh = i instanceof YScalar s ? classZh(s.text()) : null;
                if (zh == null) {
                    return YamlWriter.flow(m);
                }
                parts.add(zh);
            }
            return parts.isEmpty() ? YamlWriter.flow(m) : String.join("、", parts);
        }
        if (v instanceof YSeq seq && col.form() == Form.CITATIONS) {
            String c = citations(seq);
            return c != null ? c : YamlWriter.flow(seq);
        }
        return YamlWriter.flow(v);
    }

    private static boolean splits(String s) {
        return s.matches("(?s).*[、，,；;\\r\\n].*") || s.strip().startsWith("[") || s.strip().startsWith("{");
    }

    private static String classZh(String text) {
        for (TownshipClass c : TownshipClass.values()) {
            if (c.matches(text.strip())) {
                return c.zh();
            }
        }
        return null;
    }

    /** 《source》article（乡镇实施）（县级以上实施）, one per line; null when one does not fit that form. */
    private static String citations(YSeq seq) {
        List<String> lines = new ArrayList<>();
        for (YNode i : seq.items()) {
            if (!(i instanceof YMap m)) {
                return null;
            }
            String source = null;
            String article = "";
            StringBuilder flags = new StringBuilder();
            for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
                YNode v = e.getValue().value();
                if (!(v instanceof YScalar s)) {
                    return null;
                }
                switch (e.getKey()) {
                    case "source" -> {
                        if (s.type() != ScalarType.STRING || s.text().matches("(?s).*[《》；;\\r\\n（）()].*") || s.text().isBlank()) {
                            return null;
                        }
                        source = s.text();
                    }
                    case "article" -> {
                        if (s.isNull()) {
                            continue;
                        }
                        if (s.type() != ScalarType.STRING || s.text().matches("(?s).*[《》；;\\r\\n（）()].*") || !s.text().equals(s.text().strip())) {
                            return null;
                        }
                        article = s.text();
                    }
                    case "township_competent", "reserved_to_county" -> {
                        if (s.isNull() || s.type() == ScalarType.BOOLEAN && s.text().equalsIgnoreCase("false")) {
                            continue; // false and absent mean the same to every rule
                        }
                        if (s.type() != ScalarType.BOOLEAN) {
                            return null;
                        }
                        flags.append(e.getKey().equals("township_competent") ? "（乡镇实施）" : "（县级以上实施）");
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (source == null) {
                return null;
            }
            lines.add("《" + source + "》" + article + flags);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
