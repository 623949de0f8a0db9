package qingdan.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import qingdan.model.Position;
import qingdan.yaml.YNode.Entry;
import qingdan.yaml.YNode.ScalarType;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;

/**
 * Reads the bytes of one catalogue file into a located {@link YNode} tree, refusing what a
 * catalogue never needs and an attacker would use: anchors and aliases, deep nesting, huge
 * scalars, several documents. Thread-safe.
 */
public final class YamlReader {
    /** Catalogues are about six levels deep; anything near this is not a catalogue. */
    public static final int MAX_DEPTH = 64;
    /** No value in a catalogue is anywhere near this long (a long quote is a few hundred). */
    public static final int MAX_SCALAR_CHARS = 64 * 1024;
    /** A province's whole guidance catalogue (5,000 items, about 2 MB) fits many times over. */
    public static final int MAX_FILE_BYTES = 32 << 20;

    private static final String ANCHORS =
            "YAML anchors and aliases ('&name', '*name') are not allowed in a catalogue; write the value out";
    private static final String ANCHORS_ZH = "清单中不允许使用 YAML 锚点和别名（'&名称'、'*名称'）：请把值直接写出";
    private static final String DEEP_ZH = "嵌套超过 " + MAX_DEPTH + " 层；清单不需要超过十层";

    private final LoaderOptions loaderOptions;
    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loaderOptions = loader;
        loader.setCodePointLimit(MAX_FILE_BYTES);
        loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        loader.setMaxAliasesForCollections(0);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // 'approved_by:' with nothing after it is null in YAML, as '~' and 'null' are: an
                // office's blank cell means "not recorded". Quoted '' and "" stay empty text.
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_SCALAR_CHARS)
                        .build())
                .build();
    }

    /** Decodes and parses a whole file. */
    public YNode read(byte[] bytes) throws YamlProblem {
        CharBuffer chars = decodeChars(bytes);
        return parse(chars.array(), chars.limit(), chars.toString());
    }

    /**
     * Strict UTF-8, with the byte-order mark that Windows editors write dropped. A file that is
     * not UTF-8 is named with the line and column of its first bad byte, and the encoding that
     * fits the whole file where one does.
     */
    public static String decode(byte[] bytes) throws YamlProblem {
        return decodeChars(bytes).toString();
    }

    /** {@link #decode}, as a flipped buffer over an array from its start. */
    private static CharBuffer decodeChars(byte[] bytes) throws YamlProblem {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new YamlProblem(null, "file is " + bytes.length / (1 << 20) + " MiB; a catalogue may be at most "
                    + (MAX_FILE_BYTES >> 20) + " MiB", "文件大小为 " + bytes.length / (1 << 20) + " MiB，清单文件最大 "
                    + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new YamlProblem(null, "not UTF-8: it looks like " + wide + "; " + SAVE_AS, "不是 UTF-8 编码：看起来是 "
                    + wide + "；" + SAVE_AS_ZH);
        }
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            Position pos = bytePosition(bytes, start, bad);
            String likely = likelyEncoding(bytes);
            throw new YamlProblem(pos, "not UTF-8: the first byte that is not UTF-8 is at line " + pos.line() + ", column "
                    + pos.column() + "; " + (likely != null ? "it looks like " + likely + "; " : "") + SAVE_AS,
                    "不是 UTF-8 编码：第一个非 UTF-8 字节在第 " + pos.line() + " 行第 " + pos.column() + " 列；"
                    + (likely != null ? "看起来是 " + likely + "；" : "") + SAVE_AS_ZH);
        }
        return out.flip();
    }

    private static final String SAVE_AS = "save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)";
    private static final String SAVE_AS_ZH = "请将文件另存为 UTF-8 编码（记事本：另存为，编码选 UTF-8）";

    /** Line and column (in characters) of a byte, lines counted on LF, CRLF and CR. */
    private static Position bytePosition(byte[] bytes, int start, int at) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < at; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        // The bytes before the bad one on its line are valid UTF-8: count their characters.
        int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).codePointCount(0,
                new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length()) + 1;
        return new Position(line, column);
    }

    /** UTF-16 and UTF-32, by their byte-order marks or by the zero bytes of ASCII text in them. */
    private static String wideEncoding(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF
                || n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (n >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return "UTF-16";
        }
        if (n >= 8 && n % 4 == 0 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0
                || n >= 8 && n % 4 == 0 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (n >= 4 && n % 2 == 0 && (b[0] == 0 && b[1] != 0 && b[2] == 0 || b[0] != 0 && b[1] == 0 && b[3] == 0)) {
            return "UTF-16";
        }
        return null;
    }

    /** GBK (GB18030) where it reads the whole file as Chinese text; null where nothing fits. */
    private static String likelyEncoding(byte[] bytes) {
        try {
            CharBuffer text = strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes));
            long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            if (han > 0) {
                return "GBK (GB2312/GB18030), as Chinese Windows editors save by default";
            }
        } catch (CharacterCodingException ignored) {
            // not GBK either
        }
        return null;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Parses text that holds exactly one YAML document. */
    public YNode parse(String text) throws YamlProblem {
        return parse(text.toCharArray(), text.length(), text);
    }

    /**
     * @param chars the text's characters (the first {@code n}), which the scans before the parse
     *              read: an array is read several times faster than a string under C1 alone
     */
    private YNode parse(char[] chars, int n, String text) throws YamlProblem {
        prescan(chars, n, text);
        // YAML allows tabs as separation after a colon ('key:<TAB>value'); SnakeYAML does not.
        // Each tab it stops at, outside the indentation, is read as the space YAML takes it for.
        String t = text;
        for (int tabs = 0; ; tabs++) {
            refuseAnchors(t);
            int tab = parseOrTab(t);
            if (tab < 0) {
                return parsed(t);
            }
            if (indentation(t, tab) || tabs >= MAX_TABS) {
                Position pos = position(t, tab);
                throw new YamlProblem(pos, "a tab in the indentation; YAML indents with spaces only (replace the tab with spaces)",
                        "缩进中有制表符（Tab）；YAML 只能用空格缩进，请把制表符换成空格");
            }
            t = t.substring(0, tab) + ' ' + t.substring(tab + 1);
        }
    }

    /** Tabs as separators accepted per file; a file of thousands is not a catalogue anyone typed. */
    private static final int MAX_TABS = 200;
    private static final String TAB_STOP = "found character '\\t(TAB)' that cannot start any token";

    /** -1 when the text parses (or fails for another reason); else the offset of the tab SnakeYAML stopped at. */
    private int parseOrTab(String text) {
        if (text.indexOf('\t') < 0) {
            return -1;
        }
        try {
            parsed(text);
            return -1;
        } catch (YamlProblem e) {
            if (e.tab >= 0) {
                return e.tab;
            }
            return -1;
        }
    }

    private YNode parsed(String text) throws YamlProblem {
        YAMLParser p = null;
        try {
            p = (YAMLParser) factory.createParser(text);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new YamlProblem(null, "empty file: expected a catalogue (a mapping starting with 'kind:')",
                        "空文件：应为清单（以 'kind:' 开头的映射）");
            }
            YNode root = readValue(p, 0);
            if (p.nextToken() != null) {
                throw new YamlProblem(at(p.currentTokenLocation()),
                        "more than one YAML document in the file; a catalogue file holds exactly one (remove the '---' line)",
                        "一个文件中有多个 YAML 文档；清单文件只能有一个（请删除 '---' 行）");
            }
            return root;
        } catch (JsonProcessingException e) {
            Position pos = at(e.getLocation());
            String[] said = syntaxMessage(e);
            YamlProblem problem = new YamlProblem(pos != null || p == null ? pos : at(p.currentLocation()), said[0], said[1]);
            String m = e.getOriginalMessage();
            if (m != null && m.contains(TAB_STOP) && e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y
                    && y.getProblemMark() != null) {
                problem.tab = tabAt(text, new Position(y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1));
            }
            throw problem;
        } catch (IOException e) {
            throw new YamlProblem(null, "could not read: " + e.getMessage(), "无法读取：" + e.getMessage());
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading from a string: nothing to release
                }
            }
        }
    }

    /** The offset of the tab at or just after a position; -1 when there is none on that line. */
    private static int tabAt(String text, Position pos) {
        int start = lineStart(text, pos.line());
        if (start < 0) {
            return -1;
        }
        for (int i = start + Math.max(0, pos.column() - 2); i < text.length() && i < start + pos.column() + 2; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return i;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
        }
        return -1;
    }

    /** Where a line starts, lines counted on LF, CRLF and CR; -1 past the end. */
    private static int lineStart(String text, int line) {
        int l = 1;
        int i = 0;
        while (l < line) {
            if (i >= text.length()) {
                return -1;
            }
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                l++;
            }
        }
        return i;
    }

    /** Whether only spaces and tabs come before this offset on its line. */
    private static boolean indentation(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The line and column of an offset, lines counted on LF, CRLF and CR. */
    static Position position(String text, int at) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                start = i + 1;
            }
        }
        return new Position(line, text.codePointCount(start, at) + 1);
    }

    /**
     * What is refused before parsing, in this order: characters YAML refuses ({@link
     * #refuseCharacters}), lines too long ({@link #refuseLongLines}), then Chinese-keyboard slips
     * ({@link Slips}). One pass over the characters finds all three; the passes that say where
     * and what run only on a file that has one, which almost none has.
     */
    static void prescan(String text) throws YamlProblem {
        prescan(text.toCharArray(), text.length(), text);
    }

    private static void prescan(char[] chars, int n, String text) throws YamlProblem {
        boolean[] refused = {false};
        Slips.check(chars, n, () -> {
            if (!refused[0]) {
                refused[0] = true; // once: what it finds it throws, and a second look finds the same
                refuseCharacters(text);
                refuseLongLines(text);
            }
        });
    }

    /** At most this many characters are reported one by one; a file full of them is one problem. */
    private static final int MAX_CHARACTER_ERRORS = 20;

    /**
     * Characters that YAML refuses or that break line counting (catalogues.md): C0 and C1
     * controls but tab, LF and CR; DEL; U+2028 and U+2029; U+FFFE and U+FFFF. Each is an error
     * at its own line and column, naming the character.
     */
    static void refuseCharacters(String text) throws YamlProblem {
        List<YamlProblem> found = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\n' || i + 1 >= n || text.charAt(i + 1) != '\n') {
                    line++;
                    start = i + 1;
                }
                continue;
            }
            if (refused(c)) {
                if (found.size() == MAX_CHARACTER_ERRORS) {
                    break;
                }
                String name = characterName(c);
                found.add(new YamlProblem(new Position(line, text.codePointCount(start, i) + 1),
                        "the character " + name + " is not allowed in a catalogue; delete it (most editors do not show it)",
                        "清单中不允许出现字符 " + name + "，请删除（多数编辑器中看不见此字符）"));
            }
        }
        if (!found.isEmpty()) {
            YamlProblem first = found.get(0);
            first.others.addAll(found.subList(1, found.size()));
            throw first;
        }
    }

    private static boolean refused(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\ufffe'
                || c == '\uffff';
    }

    private static final String[] C0 = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF",
        "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"};

    /** "U+0000 NUL", "U+2028 LINE SEPARATOR". */
    static String characterName(char c) {
        String code = String.format("U+%04X", (int) c);
        if (c < 0x20) {
            return code + " " + C0[c];
        }
        if (c == 0x7f) {
            return code + " DEL";
        }
        if (c == 0x85) {
            return code + " NEL (NEXT LINE)";
        }
        String name = Character.getName(c);
        return name == null ? code : code + " " + name;
    }

    /**
     * Jackson reports aliases but drops anchors on scalars, so an anchor is found with SnakeYAML's
     * own event parser, and only in files that contain an '&' at all: catalogues almost never do.
     * An anchor always precedes its aliases, so the first anchor is the first of either.
     */
    private void refuseAnchors(String text) throws YamlProblem {
        if (text.indexOf('&') < 0) {
            return;
        }
        try {
            for (Event e : new Yaml(loaderOptions).parse(new StringReader(text))) {
                if (e instanceof NodeEvent n && n.getAnchor() != null && !(e instanceof AliasEvent)) {
                    throw new YamlProblem(new Position(e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1),
                            ANCHORS, ANCHORS_ZH);
                }
            }
        } catch (YAMLException syntax) {
            // Jackson's parse reports syntax errors with a better message; the anchor scan only
            // covers what came before, which is all that can matter.
        }
    }

    /**
     * A huge scalar costs SnakeYAML memory in proportion before we see it; a line that long is
     * never a catalogue, so it is refused up front, with its line number.
     */
    static void refuseLongLines(String text) throws YamlProblem {
        int line = 1;
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                if (i - start > MAX_SCALAR_CHARS) {
                    throw new YamlProblem(new Position(line, 1), "line " + line + " is " + (i - start)
                            + " characters long; no catalogue value is longer than " + MAX_SCALAR_CHARS,
                            "第 " + line + " 行有 " + (i - start) + " 个字符；清单中的值都不超过 " + MAX_SCALAR_CHARS + " 个字符");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private YNode readValue(YAMLParser p, int depth) throws IOException, YamlProblem {
        Position pos = at(p.currentTokenLocation());
        if (p.isCurrentAlias() || p.getObjectId() != null) {
            throw new YamlProblem(pos, ANCHORS, ANCHORS_ZH);
        }
        if (depth > MAX_DEPTH) {
            throw new YamlProblem(pos, "nested more than " + MAX_DEPTH + " levels deep; a catalogue needs fewer than ten", DEEP_ZH);
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Position keyPos = at(p.currentTokenLocation());
                    p.nextToken();
                    YNode value = readValue(p, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new YamlProblem(keyPos, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyPos().line() + ")", "重复的键 '" + key + "'（第一次出现在第 "
                                + entries.get(key).keyPos().line() + " 行）");
                    }
                    entries.put(key, new Entry(keyPos, value));
                }
                return new YMap(pos, entries);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, depth + 1));
                }
                return new YSeq(pos, items);
            }
            case VALUE_STRING:
                if (p.getTextLength() > MAX_SCALAR_CHARS) {
                    throw new YamlProblem(pos, "a value of " + p.getTextLength() + " characters; no catalogue value is longer than "
                            + MAX_SCALAR_CHARS, "值长 " + p.getTextLength() + " 个字符；清单中没有超过 " + MAX_SCALAR_CHARS + " 个字符的值");
                }
                return new YScalar(pos, p.getText(), ScalarType.STRING);
            case VALUE_NUMBER_INT:
                return new YScalar(pos, p.getText(), ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new YScalar(pos, p.getText(), ScalarType.FLOAT);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YScalar(pos, p.getText(), ScalarType.BOOLEAN);
            case VALUE_NULL:
                return new YScalar(pos, null, ScalarType.NULL);
            default:
                throw new YamlProblem(pos, "unexpected YAML token " + t, "意外的 YAML 记号 " + t);
        }
    }

    private static Position at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return null;
        }
        return Position.of(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /**
     * SnakeYAML's messages carry a source excerpt after the problem; keep the problem, and say it
     * in Chinese too (the parser's own words, after a plain explanation).
     */
    private static String[] syntaxMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return new String[] {"YAML syntax error", "YAML 语法错误"};
        }
        if (m.contains("Document nesting depth") || m.contains("nesting depth")) {
            return new String[] {"nested more than " + MAX_DEPTH + " levels deep; a catalogue needs fewer than ten", DEEP_ZH};
        }
        if (m.contains("String value length") || m.contains("exceeds the maximum")) {
            return new String[] {"a value longer than " + MAX_SCALAR_CHARS + " characters; no catalogue value is that long",
                "有值超过 " + MAX_SCALAR_CHARS + " 个字符；清单中没有这么长的值"};
        }
        if (m.contains("Number of aliases")) {
            return new String[] {ANCHORS, ANCHORS_ZH};
        }
        List<String> kept = new ArrayList<>();
        for (String line : m.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("in 'reader'") || s.startsWith("^") || line.startsWith("    ")) {
                continue;
            }
            kept.add(s);
        }
        String parser = String.join(" ", kept);
        String zh = parser.contains("mapping values are not allowed") ? "此处不能出现“键: 值”：通常是上一行缩进不对，或值中含有“: ”（含冒号的值请加引号）"
                : parser.contains("could not find expected ':'") ? "找不到应有的冒号“:”：键后须有半角冒号加空格"
                : parser.contains("did not find expected key") ? "此处应为一个键：请检查缩进是否与同级的键对齐"
                : parser.contains("did not find expected '-'") ? "此处应为以“- ”开头的列表项：请检查缩进"
                : parser.contains("found character '\\t'") || parser.contains("found character '\t'") ? "含有制表符（Tab）：YAML 只能用半角空格缩进"
                : parser.contains("flow sequence") || parser.contains("expected ',' or ']'") ? "方括号 [ ] 没有闭合，或列表项之间缺少半角逗号“,”"
                : parser.contains("flow mapping") || parser.contains("expected ',' or '}'") ? "花括号 { } 没有闭合，或各项之间缺少半角逗号“,”"
                : parser.contains("found unexpected end of stream") ? "文件意外结束：引号或括号没有闭合"
                : parser.contains("found undefined tag") || parser.contains("found unknown escape") ? "含有 YAML 不认识的写法（以 ! 开头的标记或 \\ 转义）"
                : "YAML 格式有误";
        return new String[] {"YAML syntax error: " + parser, "YAML 语法错误：" + zh};
    }
}
