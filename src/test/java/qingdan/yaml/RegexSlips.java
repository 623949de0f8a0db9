package qingdan.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qingdan.model.Position;

/**
 * The slip scan as it was first written, with regular expressions: the reference that
 * {@link Slips}, written by hand for speed, must agree with on every text
 * ({@link SlipsAgreeTest}). Test code only.
 *
 * <p>The slips a Chinese input method makes where YAML needs ASCII: a full-width colon after a key
 * ({@code class：一类}), a full-width space (U+3000) or a tab in the indentation, a full-width
 * hyphen as a list's dash, a full-width comma inside {@code [a, b]}, and a key's colon with no
 * space after it. The parser would call each something else ("could not find expected ':'"), or
 * read the line as part of a value; each is named here, at its line and column, with its fix.
 */
final class RegexSlips {
    /** An English key at the start of a line's content, and what follows it. */
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)[ \\t]*([：:])(.?)");
    private static final Pattern BLOCK = Pattern.compile(".*:[ \\t]+[|>][+-]?[0-9]?[ \\t]*(#.*)?");

    private RegexSlips() {
    }

    static void check(String text) throws YamlProblem {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int blockIndent = -1;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int lineNo = n + 1;
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u3000')) {
                i++;
            }
            if (i == line.length() || line.charAt(i) == '#') {
                continue;
            }
            if (blockIndent >= 0) {
                if (i > blockIndent) {
                    continue; // inside a literal or folded block: text, not structure
                }
                blockIndent = -1;
            }
            for (int j = 0; j < i; j++) {
                if (line.charAt(j) == '\t') {
                    throw slip(lineNo, j + 1, "a tab; YAML indents with spaces only: replace the tab with spaces",
                            "是制表符（Tab）；YAML 只能用半角空格缩进，请把制表符改为空格");
                }
                if (line.charAt(j) == '\u3000') {
                    throw fullWidthSpace(lineNo, j + 1);
                }
            }
            int c = i;
            char first = line.charAt(c);
            if ((first == '－' || first == '—' || first == '–')
                    && (c + 1 == line.length() || line.charAt(c + 1) == ' ' || line.charAt(c + 1) == '\u3000')) {
                throw slip(lineNo, c + 1, "a full-width dash '" + first + "'; a list item starts with a half-width '-' and a space",
                        "是全角的“" + first + "”；列表项应以半角“-”加空格开头");
            }
            if (first == '-' && c + 1 < line.length() && line.charAt(c + 1) == '\u3000') {
                throw fullWidthSpace(lineNo, c + 2);
            }
            if (first == '-' && c + 1 < line.length() && line.charAt(c + 1) == ' ') {
                c += 2;
                while (c < line.length() && line.charAt(c) == ' ') {
                    c++;
                }
            }
            if (c < line.length() && (line.charAt(c) == '"' || line.charAt(c) == '\'')) {
                continue;
            }
            Matcher m = KEY.matcher(line);
            m.region(c, line.length());
            if (m.lookingAt()) {
                int colon = m.start(2) + 1;
                String after = m.group(3);
                if (m.group(2).equals("：")) {
                    throw slip(lineNo, colon, "a full-width colon '：'; after a key write a half-width colon and a space ('"
                            + m.group(1) + ": ')", "是全角冒号“：”，请改为半角冒号加空格（“" + m.group(1) + ": ”）");
                }
                if (after.equals("\u3000")) {
                    throw fullWidthSpace(lineNo, colon + 1);
                }
                if (!after.isEmpty() && !after.equals(" ") && !after.equals("\t") && !after.equals("/") && !after.equals(":")) {
                    throw slip(lineNo, colon, "a colon with no space after it; write '" + m.group(1) + ": ' with a space",
                            "的冒号后缺少空格；请写作“" + m.group(1) + ": ”（冒号后加一个半角空格）");
                }
                int rest = m.end(2);
                while (rest < line.length() && line.charAt(rest) == ' ') {
                    rest++;
                }
                if (rest < line.length() && line.charAt(rest) == '[') {
                    int close = line.indexOf(']', rest);
                    int comma = line.indexOf('，', rest);
                    if (comma > 0 && (close < 0 || comma < close) && !quoted(line, rest, comma)) {
                        throw slip(lineNo, comma + 1, "a full-width comma '，' in a [list]; separate the items with a half-width comma ','",
                                "是全角逗号“，”；[列表] 中的各项请用半角逗号“,”分隔");
                    }
                }
            }
            if (BLOCK.matcher(line).matches()) {
                blockIndent = i;
            }
        }
    }

    private static boolean quoted(String line, int from, int to) {
        int q = 0;
        for (int k = from; k < to; k++) {
            if (line.charAt(k) == '"' || line.charAt(k) == '\'') {
                q++;
            }
        }
        return q % 2 == 1;
    }

    private static YamlProblem fullWidthSpace(int line, int column) {
        return slip(line, column, "a full-width space (U+3000); YAML needs half-width spaces: replace it with a space",
                "是全角空格（U+3000）；YAML 需要半角空格，请改为半角空格");
    }

    private static YamlProblem slip(int line, int column, String en, String zh) {
        return new YamlProblem(new Position(line, column), "line " + line + ", column " + column + " is " + en,
                "第 " + line + " 行第 " + column + " 列" + zh);
    }
}
