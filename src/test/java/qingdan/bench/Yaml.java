package qingdan.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The little YAML the corpus needs, written by hand: block mappings and sequences, scalars plain
 * where that is safe and double-quoted otherwise. No anchors, no flow collections except lists
 * of short plain words, one document per file, so qingdan's strict loader reads every file.
 */
final class Yaml {
    /** What a plain scalar must not look like: a number, a date, a boolean or null word. */
    private static final Pattern RESOLVES = Pattern.compile(
            "[-+.]?[0-9][0-9_.:eE+-]*|(?i)true|false|yes|no|on|off|y|n|null|~|\\.inf|\\.nan");

    private final StringBuilder b;

    Yaml(int capacity) {
        this.b = new StringBuilder(capacity);
    }

    /** A comment line at the given indent. */
    Yaml comment(int indent, String text) {
        pad(indent).append("# ").append(text).append('\n');
        return this;
    }

    /** {@code key: value} with the value as text (plain when safe); nothing when value is null. */
    Yaml text(int indent, String key, String value) {
        if (value != null) {
            pad(indent).append(key).append(": ").append(scalar(value)).append('\n');
        }
        return this;
    }

    /** {@code key: "value"}: always quoted (codes such as township codes). */
    Yaml quoted(int indent, String key, String value) {
        if (value != null) {
            pad(indent).append(key).append(": ").append(quote(value)).append('\n');
        }
        return this;
    }

    /** {@code key: value} written as is (numbers, booleans, dates, keywords). */
    Yaml raw(int indent, String key, Object value) {
        if (value != null) {
            pad(indent).append(key).append(": ").append(value).append('\n');
        }
        return this;
    }

    /** {@code key:} opening a block. */
    Yaml open(int indent, String key) {
        pad(indent).append(key).append(":\n");
        return this;
    }

    /** {@code - key: value}: the first key of a sequence item; the item's other keys go at indent + 2. */
    Yaml item(int indent, String key, String value) {
        pad(indent).append("- ").append(key).append(": ").append(scalar(value)).append('\n');
        return this;
    }

    /** {@code - value}: a scalar item of a block sequence. */
    Yaml element(int indent, String value) {
        pad(indent).append("- ").append(scalar(value)).append('\n');
        return this;
    }

    /** {@code key: [a, b]}: a flow list; only for short plain words. */
    Yaml flow(int indent, String key, List<String> values) {
        pad(indent).append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(scalar(values.get(i)));
        }
        b.append("]\n");
        return this;
    }

    Yaml blank() {
        b.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    private StringBuilder pad(int indent) {
        for (int i = 0; i < indent; i++) {
            b.append(' ');
        }
        return b;
    }

    /** The value plain when YAML reads it back as the same text, else double-quoted. */
    static String scalar(String s) {
        return plainSafe(s) ? s : quote(s);
    }

    static boolean plainSafe(String s) {
        if (s.isEmpty() || RESOLVES.matcher(s).matches()) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@` \t".indexOf(s.charAt(0)) >= 0 || s.endsWith(" ") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\\'
                    || c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' '
                    || c == '#' && i > 0 && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < ' ') {
                        q.append(String.format("\\x%02x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
