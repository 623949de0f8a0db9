package qingdan.yaml;

import qingdan.model.Position;

/**
 * The slips a Chinese input method makes where YAML needs ASCII: a full-width colon after a key
 * ({@code class：一类}), a full-width space (U+3000) or a tab in the indentation, a full-width
 * hyphen as a list's dash, a full-width comma inside {@code [a, b]}, and a key's colon with no
 * space after it. The parser would call each something else ("could not find expected ':'"), or
 * read the line as part of a value; each is named here, at its line and column, with its fix.
 *
 * <p>Every file is scanned before it is parsed, so the scan is written by hand: one pass over each
 * line of the characters the reader decoded, with no regular expression and no copy of a line.
 * With a split and two patterns per line it cost more than half as much as parsing. Columns count
 * UTF-16 characters from 1.
 */
final class Slips {
    private Slips() {
    }

    /**
     * What must be said before any slip: the reader's refusal of a character or of a long line.
     * The scan calls it where it meets a character the reader refuses or a line that may be too
     * long, and before it reports a slip; it throws when there is something to refuse.
     */
    interface Before {
        void refuse() throws YamlProblem;
    }

    static void check(String text) throws YamlProblem {
        check(text.toCharArray(), text.length(), () -> { });
    }

    /**
     * Scans the first {@code n} characters of {@code a}; every character is looked at once, so the
     * reader finds what it refuses on the same pass ({@code before}).
     */
    static void check(char[] a, int n, Before before) throws YamlProblem {
        int blockIndent = -1;
        int lineNo = 0;
        int start = 0;
        while (true) {
            // The line's end, and on the way whether it opens a block: some colon, before any
            // other line break, followed by a block scalar's header to the end of the line.
            int end = start;
            boolean opensBlock = false;
            boolean broken = false;
            while (end < n) {
                char c = a[end];
                if (c < 0x20) {
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    if (c != '\t') {
                        before.refuse();
                    }
                } else if (c == ':') {
                    if (!opensBlock && !broken) {
                        opensBlock = blockHeader(a, end + 1, n);
                    }
                } else if (c >= 0x7f && (c <= 0x9f || c == '\u2028' || c == '\u2029' || c >= '\ufffe')) {
                    before.refuse();
                    broken |= lineBreak(c);
                }
                end++;
            }
            if (end - start >= YamlReader.MAX_SCALAR_CHARS) {
                before.refuse(); // the reader counts a CR before an LF in the line
            }
            lineNo++;
            try {
                blockIndent = line(a, start, end, lineNo, blockIndent, opensBlock);
            } catch (YamlProblem slip) {
                before.refuse();
                throw slip;
            }
            if (end == n) {
                return;
            }
            start = end + (a[end] == '\r' && end + 1 < n && a[end + 1] == '\n' ? 2 : 1);
        }
    }

    /**
     * Checks the line {@code a[s, e)}; returns the indentation of the literal or folded block
     * that the next lines may belong to, or -1.
     */
    private static int line(char[] a, int s, int e, int lineNo, int blockIndent, boolean opensBlock) throws YamlProblem {
        int i = s;
        while (i < e && (a[i] == ' ' || a[i] == '\t' || a[i] == '\u3000')) {
            i++;
        }
        if (i == e || a[i] == '#') {
            return blockIndent;
        }
        int indent = i - s;
        if (blockIndent >= 0) {
            if (indent > blockIndent) {
                return blockIndent; // inside a literal or folded block: text, not structure
            }
            blockIndent = -1;
        }
        for (int j = s; j < i; j++) {
            if (a[j] == '\t') {
                throw slip(lineNo, j - s + 1, "a tab; YAML indents with spaces only: replace the tab with spaces",
                        "是制表符（Tab）；YAML 只能用半角空格缩进，请把制表符改为空格");
            }
            if (a[j] == '\u3000') {
                throw fullWidthSpace(lineNo, j - s + 1);
            }
        }
        int c = i;
        char first = a[c];
        if ((first == '－' || first == '—' || first == '–')
                && (c + 1 == e || a[c + 1] == ' ' || a[c + 1] == '\u3000')) {
            throw slip(lineNo, c - s + 1, "a full-width dash '" + first + "'; a list item starts with a half-width '-' and a space",
                    "是全角的“" + first + "”；列表项应以半角“-”加空格开头");
        }
        if (first == '-' && c + 1 < e && a[c + 1] == '\u3000') {
            throw fullWidthSpace(lineNo, c - s + 2);
        }
        if (first == '-' && c + 1 < e && a[c + 1] == ' ') {
            c += 2;
            while (c < e && a[c] == ' ') {
                c++;
            }
        }
        if (c < e && (a[c] == '"' || a[c] == '\'')) {
            return blockIndent;
        }
        key(a, s, e, c, lineNo);
        return opensBlock ? indent : blockIndent;
    }

    /** An English key at {@code c}, the start of the line's content, and what follows its colon. */
    private static void key(char[] a, int s, int e, int c, int lineNo) throws YamlProblem {
        if (c >= e || !keyStart(a[c])) {
            return;
        }
        int k = c + 1;
        while (k < e && keyPart(a[k])) {
            k++;
        }
        int keyEnd = k;
        while (k < e && (a[k] == ' ' || a[k] == '\t')) {
            k++;
        }
        if (k == e || a[k] != ':' && a[k] != '：') {
            return;
        }
        String key = new String(a, c, keyEnd - c);
        int colon = k - s + 1;
        // The character after the colon, if there is one on this line.
        boolean hasAfter = k + 1 < e && !lineBreak(a[k + 1]);
        char after = hasAfter ? a[k + 1] : 0;
        if (a[k] == '：') {
            throw slip(lineNo, colon, "a full-width colon '：'; after a key write a half-width colon and a space ('"
                    + key + ": ')", "是全角冒号“：”，请改为半角冒号加空格（“" + key + ": ”）");
        }
        if (hasAfter && after == '\u3000') {
            throw fullWidthSpace(lineNo, colon + 1);
        }
        if (hasAfter && after != ' ' && after != '\t' && after != '/' && after != ':') {
            throw slip(lineNo, colon, "a colon with no space after it; write '" + key + ": ' with a space",
                    "的冒号后缺少空格；请写作“" + key + ": ”（冒号后加一个半角空格）");
        }
        int rest = k + 1;
        while (rest < e && a[rest] == ' ') {
            rest++;
        }
        if (rest < e && a[rest] == '[') {
            int close = indexOf(a, ']', rest, e);
            int comma = indexOf(a, '，', rest, e);
            if (comma >= 0 && (close < 0 || comma < close) && !quoted(a, rest, comma)) {
                throw slip(lineNo, comma - s + 1, "a full-width comma '，' in a [list]; separate the items with a half-width comma ','",
                        "是全角逗号“，”；[列表] 中的各项请用半角逗号“,”分隔");
            }
        }
    }

    /**
     * Whether what follows a colon at {@code j}, to the end of its line (the next LF or CR, or
     * {@code n}), is a block scalar's header ({@code key: |}, {@code key: >-2 # note}): blanks,
     * {@code |} or {@code >}, an optional chomping sign and indentation digit, blanks, and an
     * optional comment. Most colons are answered at the first character after their blanks.
     */
    private static boolean blockHeader(char[] a, int j, int n) {
        if (j >= n || a[j] != ' ' && a[j] != '\t') {
            return false;
        }
        while (j < n && (a[j] == ' ' || a[j] == '\t')) {
            j++;
        }
        if (j >= n || a[j] != '|' && a[j] != '>') {
            return false;
        }
        j++;
        if (j < n && (a[j] == '+' || a[j] == '-')) {
            j++;
        }
        if (j < n && a[j] >= '0' && a[j] <= '9') {
            j++;
        }
        while (j < n && (a[j] == ' ' || a[j] == '\t')) {
            j++;
        }
        if (j == n || a[j] == '\n' || a[j] == '\r') {
            return true;
        }
        if (a[j] != '#') {
            return false;
        }
        for (j++; j < n && a[j] != '\n' && a[j] != '\r'; j++) {
            if (lineBreak(a[j])) {
                return false;
            }
        }
        return true;
    }

    /** The line breaks other than LF and CR (which end a line here); YamlReader refuses them before. */
    private static boolean lineBreak(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean keyStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    private static boolean keyPart(char c) {
        return keyStart(c) || c >= '0' && c <= '9';
    }

    /** The first {@code c} in {@code a[from, to)}, or -1: never a search past the line. */
    private static int indexOf(char[] a, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private static boolean quoted(char[] a, int from, int to) {
        int q = 0;
        for (int k = from; k < to; k++) {
            if (a[k] == '"' || a[k] == '\'') {
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
