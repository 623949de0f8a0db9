package qingdan.render;

/**
 * Values from catalogues as a log or terminal may show them: control characters escaped, so a
 * catalogue can neither forge a line of a CI log (a GitHub {@code ::error} command) nor send a
 * terminal sequence. Reports that have their own escaping (JSON, SARIF, JUnit, HTML) use theirs.
 */
public final class Printable {
    private Printable() {
    }

    /** Line breaks as {@code \n} and {@code \r}, tabs as {@code \t}, other controls as {@code \u001b}. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !control(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /**
     * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional
     * overrides that make a terminal show text in another order than it is.
     */
    static boolean control(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
