package qingdan.yaml;

import java.util.Map;
import java.util.regex.Pattern;
import qingdan.yaml.YNode.Entry;
import qingdan.yaml.YNode.ScalarType;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;

/**
 * Writes a YAML tree back as text, so that {@link YamlReader} reads the same tree: a text that
 * YAML would read as something else (a number, a date, yes, a leading '-') is quoted, every other
 * one is left plain, as an office writes it.
 */
public final class YamlWriter {
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?i)~|null|true|false|yes|no|on|off|y|n|[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?|0x[0-9a-f_]+|0o?[0-7_]+"
                    + "|[-+]?\\.(inf|nan)|\\d{4}-\\d{1,2}-\\d{1,2}.*|\\d+(:\\d+)+.*|<<|=");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlWriter() {
    }

    /** The whole document, block style. */
    public static String write(YNode root) {
        StringBuilder b = new StringBuilder();
        block(root, 0, b, false);
        return b.toString();
    }

    /** One value on one line, flow style ({@code [{name: x, weight: 30}]}), for a table's cell. */
    public static String flow(YNode n) {
        StringBuilder b = new StringBuilder();
        flow(n, b);
        return b.toString();
    }

    private static void flow(YNode n, StringBuilder b) {
        if (n instanceof YMap m) {
            b.append('{');
            String sep = "";
            for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
                b.append(sep).append(scalar(e.getKey(), true)).append(": ");
                flow(e.getValue().value(), b);
                sep = ", ";
            }
            b.append('}');
        } else if (n instanceof YSeq s) {
            b.append('[');
            String sep = "";
            for (YNode i : s.items()) {
                b.append(sep);
                flow(i, b);
                sep = ", ";
            }
            b.append(']');
        } else {
            b.append(scalar((YScalar) n, true));
        }
    }

    private static void block(YNode n, int indent, StringBuilder b, boolean inSeq) {
        if (n instanceof YMap m) {
            if (m.entries().isEmpty()) {
                b.append(inSeq ? "{}\n" : " {}\n");
                return;
            }
            if (!inSeq) {
                b.append('\n');
            }
            boolean first = true;
            for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
                if (!(first && inSeq)) {
                    b.append(" ".repeat(indent));
                }
                first = false;
                b.append(scalar(e.getKey(), false)).append(':');
                YNode v = e.getValue().value();
                if (v instanceof YScalar s) {
                    b.append(' ').append(scalar(s, false)).append('\n');
                } else if (v instanceof YSeq s && s.items().isEmpty()) {
                    b.append(" []\n");
                } else if (v instanceof YSeq s) {
                    b.append('\n');
                    block(s, indent + 2, b, false);
                } else {
                    block(v, indent + 2, b, false);
                }
            }
        } else if (n instanceof YSeq s) {
            for (YNode i : s.items()) {
                b.append(" ".repeat(indent)).append("- ");
                if (i instanceof YScalar sc) {
                    b.append(scalar(sc, false)).append('\n');
                } else if (i instanceof YSeq inner) {
                    flow(inner, b);
                    b.append('\n');
                } else {
                    block(i, indent + 2, b, true);
                }
            }
        } else {
            b.append(scalar((YScalar) n, false)).append('\n');
        }
    }

    private static String scalar(YScalar s, boolean inFlow) {
        return switch (s.type()) {
            case NULL -> "null";
            case STRING -> scalar(s.text(), inFlow);
            default -> s.text();
        };
    }

    /** A text, plain where YAML reads it back as the same text, else double-quoted. */
    static String scalar(String s, boolean inFlow) {
        if (plainOk(s, inFlow)) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean plainOk(String s, boolean inFlow) {
        if (s.isEmpty() || !s.strip().equals(s) || NOT_TEXT.matcher(s).matches()) {
            return false;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        if (inFlow && (s.contains(",") || s.contains("[") || s.contains("]") || s.contains("{") || s.contains("}"))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                return false;
            }
        }
        return true;
    }

    /** A new scalar of text, for trees built by hand. */
    public static YScalar text(qingdan.model.Position at, String s) {
        return new YScalar(at, s, ScalarType.STRING);
    }
}
