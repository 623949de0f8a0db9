package qingdan.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cells of an .xlsx workbook with nothing but the JDK's zip and StAX readers (see
 * docs/tables.md for why no library): only the parts that hold cells are read, so macros and
 * embedded objects are never touched, let alone run. What a hostile file could use is refused: a
 * zip bomb (parts are inflated into a bounded buffer), DTDs and external entities, an endless
 * sheet. Formulas are read by the value Excel cached for them. Thread-safe.
 */
public final class XlsxReader {
    /** Inflated bytes of all parts read; a 5,000-item guidance list is about 3 MiB of XML. */
    static final long MAX_INFLATED = 256L << 20;
    /** A part this much larger than its compressed size is a zip bomb, not a table. */
    static final long MAX_RATIO = 200;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_CELLS = 2_000_000;
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;

    /** Made on first use, so that checking YAML files never pays for the StAX factory. */
    private static final class Xml {
        static final XMLInputFactory FACTORY = factory();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * The sheets of the workbook, in the workbook's order. {@code bytes} are the file's first bytes
     * (at least four), read already to tell an encrypted or old workbook from a zip.
     */
    public List<Sheet> read(java.nio.file.Path path, byte[] bytes) throws TableProblem {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
                && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
            throw new TableProblem(null, "the workbook is encrypted, or an old .xls file: save it in Excel as .xlsx without a password",
                    "工作簿已加密，或是旧的 .xls 格式：请在 Excel 中另存为不设密码的 .xlsx 文件");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw notXlsx();
        }
        Map<String, byte[]> parts = unzip(path);
        byte[] workbook = parts.get("xl/workbook.xml");
        if (workbook == null) {
            throw notXlsx();
        }
        try {
            Map<String, String> rels = relationships(parts.get("xl/_rels/workbook.xml.rels"));
            List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
            Styles styles = styles(parts.get("xl/styles.xml"));
            List<Sheet> sheets = new ArrayList<>();
            boolean[] date1904 = {false};
            int[] cells = {0};
            for (String[] s : sheetList(workbook, date1904)) {
                String target = rels.get(s[1]);
                if (target == null) {
                    continue;
                }
                String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                byte[] xml = parts.get(part);
                if (xml != null) {
                    sheets.add(sheet(s[0], xml, strings, styles, date1904[0], cells));
                }
            }
            return sheets;
        } catch (XMLStreamException | RuntimeException e) {
            throw new TableProblem(null, "the workbook is damaged: its XML cannot be read; open it in Excel and save it again",
                    "工作簿已损坏，其中的 XML 无法读取：请用 Excel 打开后重新保存");
        }
    }

    private static TableProblem notXlsx() {
        return new TableProblem(null, "not an .xlsx workbook; save it in Excel as \"Excel Workbook (*.xlsx)\"",
                "不是 .xlsx 工作簿：请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”");
    }

    /** The XML parts under xl/, each inflated into a bounded buffer; everything else is skipped unread. */
    private static Map<String, byte[]> unzip(java.nio.file.Path path) throws TableProblem {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        // The central directory, not the entries' local headers: what Excel, LibreOffice and
        // every writer agree on (some streaming writers leave local sizes blank).
        try (ZipFile file = new ZipFile(path.toFile())) {
            if (file.size() > MAX_ENTRIES) {
                throw bomb();
            }
            for (java.util.Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                String name = e.getName();
                if (!name.startsWith("xl/") || !(name.endsWith(".xml") || name.endsWith(".rels")) || name.contains("..")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                long compressed = Math.max(e.getCompressedSize(), 1);
                try (InputStream zip = file.getInputStream(e)) {
                    for (int n; (n = zip.read(buf)) > 0; ) {
                        out.write(buf, 0, n);
                        total += n;
                        long size = out.size();
                        if (total > MAX_INFLATED || size > (1 << 20) && e.getCompressedSize() > 0 && size / compressed > MAX_RATIO) {
                            throw bomb();
                        }
                    }
                }
                parts.put(name, out.toByteArray());
            }
        } catch (ZipException e) {
            throw notXlsx();
        } catch (IOException e) {
            throw notXlsx();
        }
        return parts;
    }

    private static TableProblem bomb() {
        return new TableProblem(null, "the workbook unpacks to more than " + (MAX_INFLATED >> 20)
                + " MiB or is packed far denser than a table: refused as a possible zip bomb",
                "工作簿解压后超过 " + (MAX_INFLATED >> 20) + " MiB，或压缩比远超正常表格：疑为压缩炸弹，拒绝读取");
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        InputStream in = new ByteArrayInputStream(bytes);
        return Xml.FACTORY.createXMLStreamReader(in);
    }

    private static Map<String, String> relationships(byte[] bytes) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        if (bytes == null) {
            return out;
        }
        XMLStreamReader r = xml(bytes);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                out.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
            }
        }
        return out;
    }

    /** Each sheet's name and relationship id, in order. */
    private static List<String[]> sheetList(byte[] bytes, boolean[] date1904) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        XMLStreamReader r = xml(bytes);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (r.getAttributeLocalName(i).equals("id")) {
                            id = r.getAttributeValue(i);
                        }
                    }
                    out.add(new String[] {r.getAttributeValue(null, "name"), id});
                } else if (r.getLocalName().equals("workbookPr")) {
                    String v = r.getAttributeValue(null, "date1904");
                    date1904[0] = "1".equals(v) || "true".equals(v);
                }
            }
        }
        return out;
    }

    /** Shared strings, with rich-text runs joined and phonetic guides (rPh) left out. */
    private static List<String> sharedStrings(byte[] bytes) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        if (bytes == null) {
            return out;
        }
        XMLStreamReader r = xml(bytes);
        StringBuilder b = null;
        int phonetic = 0;
        boolean inText = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> b = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> inText = true;
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> {
                        out.add(b == null ? "" : b.toString());
                        b = null;
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> { }
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && b != null && inText && phonetic == 0) {
                b.append(r.getText());
                if (b.length() > 65_536) {
                    throw new XMLStreamException("string too long");
                }
            }
        }
        return out;
    }

    /** Which cell styles show a number as a date. */
    private record Styles(List<Boolean> dateStyle) {
        boolean isDate(int style) {
            return style >= 0 && style < dateStyle.size() && dateStyle.get(style);
        }
    }

    private static Styles styles(byte[] bytes) throws XMLStreamException {
        List<Boolean> out = new ArrayList<>();
        if (bytes == null) {
            return new Styles(out);
        }
        Map<Integer, String> formats = new LinkedHashMap<>();
        XMLStreamReader r = xml(bytes);
        boolean inXfs = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> formats.put(Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                            r.getAttributeValue(null, "formatCode"));
                    case "cellXfs" -> inXfs = true;
                    case "xf" -> {
                        if (inXfs) {
                            String id = r.getAttributeValue(null, "numFmtId");
                            int fmt = id == null ? 0 : Integer.parseInt(id);
                            out.add(isDateFormat(fmt, formats.get(fmt)));
                        }
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inXfs = false;
            }
        }
        return new Styles(out);
    }

    /** Excel's built-in date formats (Chinese ones included), or a custom one with y, m or d outside quotes. */
    static boolean isDateFormat(int id, String code) {
        if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58) {
            return code == null || isDateCode(code);
        }
        return code != null && isDateCode(code);
    }

    private static boolean isDateCode(String code) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && "ymdYMD年月日".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Sheet sheet(String name, byte[] bytes, List<String> strings, Styles styles, boolean date1904, int[] cells)
            throws XMLStreamException, TableProblem {
        Sheet sheet = new Sheet(name);
        XMLStreamReader r = xml(bytes);
        int row = 0;
        int col = 0;
        String type = null;
        int style = 0;
        String value = null;
        StringBuilder inline = null;
        boolean inValue = false;
        List<String> merged = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String at = r.getAttributeValue(null, "r");
                        row = at != null ? Integer.parseInt(at) : row + 1;
                        col = 0;
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        if (ref != null) {
                            int[] rc = reference(ref);
                            row = rc[0];
                            col = rc[1];
                        } else {
                            col++;
                        }
                        type = r.getAttributeValue(null, "t");
                        String s = r.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = null;
                        inline = null;
                    }
                    case "v" -> {
                        inValue = true;
                        value = "";
                    }
                    case "is" -> inline = new StringBuilder();
                    case "t" -> inValue = inline != null;
                    case "mergeCell" -> merged.add(r.getAttributeValue(null, "ref"));
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inValue && inline != null) {
                    inline.append(r.getText());
                } else if (inValue) {
                    value = value + r.getText();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COLUMN) {
                            throw new XMLStreamException("cell out of range");
                        }
                        Cell c = cell(row, col, type, style, value, inline, strings, styles, date1904);
                        if (c != null) {
                            if (++cells[0] > MAX_CELLS) {
                                throw new TableProblem(null, "the workbook has more than " + MAX_CELLS + " cells; no catalogue is that large",
                                        "工作簿超过 " + MAX_CELLS + " 个单元格，超出任何清单的规模");
                            }
                            sheet.put(c);
                        }
                    }
                    default -> { }
                }
            }
        }
        fillMerged(sheet, merged, cells);
        return sheet;
    }

    /**
     * A merged range keeps its value in its top-left cell; offices merge a township's cells over
     * its rows, so every cell of the range reads that value, at its own position.
     */
    private static void fillMerged(Sheet sheet, List<String> merged, int[] cells) throws TableProblem {
        for (String ref : merged) {
            if (ref == null || !ref.contains(":")) {
                continue;
            }
            int[] from = reference(ref.substring(0, ref.indexOf(':')));
            int[] to = reference(ref.substring(ref.indexOf(':') + 1));
            Cell top = sheet.get(from[0], from[1]);
            if (top == null) {
                continue;
            }
            int lastRow = Math.min(to[0], sheet.rows().isEmpty() ? from[0] : sheet.rows().lastKey());
            for (int rr = from[0]; rr <= lastRow; rr++) {
                for (int cc = from[1]; cc <= to[1]; cc++) {
                    if ((rr != from[0] || cc != from[1]) && sheet.get(rr, cc) == null) {
                        if (++cells[0] > MAX_CELLS) {
                            throw new TableProblem(null, "the workbook has more than " + MAX_CELLS + " cells; no catalogue is that large",
                                    "工作簿超过 " + MAX_CELLS + " 个单元格，超出任何清单的规模");
                        }
                        sheet.put(new Cell(rr, cc, top.type(), top.text()));
                    }
                }
            }
        }
    }

    private static Cell cell(int row, int col, String type, int style, String value, StringBuilder inline,
                             List<String> strings, Styles styles, boolean date1904) {
        if ("inlineStr".equals(type)) {
            return inline == null || inline.length() == 0 ? null : new Cell(row, col, Cell.Type.TEXT, inline.toString());
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        if ("s".equals(type)) {
            int i = Integer.parseInt(value.trim());
            String s = i >= 0 && i < strings.size() ? strings.get(i) : "";
            return s.isEmpty() ? null : new Cell(row, col, Cell.Type.TEXT, s);
        }
        if ("str".equals(type)) {
            return new Cell(row, col, Cell.Type.TEXT, value);
        }
        if ("b".equals(type)) {
            return new Cell(row, col, Cell.Type.BOOLEAN, "1".equals(value.trim()) ? "TRUE" : "FALSE");
        }
        if ("e".equals(type)) {
            return new Cell(row, col, Cell.Type.ERROR, value);
        }
        double d = Double.parseDouble(value.trim());
        if (styles.isDate(style) && d >= 0 && d < 2_958_466) {
            LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
            return new Cell(row, col, Cell.Type.DATE, base.plusDays((long) Math.floor(d)).toString());
        }
        return new Cell(row, col, Cell.Type.NUMBER, number(d));
    }

    /** A number as an office typed it: 98000, not 98000.0; 0.1, not 0.1000000000000000055. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** "C7" → {7, 3}. */
    static int[] reference(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (col > MAX_COLUMN) {
                throw new IllegalArgumentException("column out of range");
            }
        }
        return new int[] {Integer.parseInt(ref.substring(i)), col};
    }
}
