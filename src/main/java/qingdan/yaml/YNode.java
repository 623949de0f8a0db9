package qingdan.yaml;

import java.util.List;
import java.util.Map;
import qingdan.model.Position;

/** A YAML node with the position it starts at; the only tree qingdan reads catalogues from. */
public sealed interface YNode {
    Position pos();

    /** What a reader calls this node in an error message. */
    String describe();

    /** The same, in Chinese. */
    default String describeZh() {
        if (this instanceof YMap) {
            return "映射（键: 值）";
        } else if (this instanceof YSeq) {
            return "列表";
        }
        YScalar s = (YScalar) this;
        return switch (s.type()) {
            case STRING -> "文本“" + (s.text().length() <= 40 ? s.text() : s.text().substring(0, 37) + "...") + "”";
            case INTEGER, FLOAT -> "数字 " + s.text();
            case BOOLEAN -> "布尔值 " + s.text();
            case NULL -> "空值";
        };
    }

    /** A mapping; keys keep their order and their own positions. */
    record YMap(Position pos, Map<String, Entry> entries) implements YNode {
        @Override
        public String describe() {
            return "a mapping";
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    /** One key of a mapping and its value. */
    record Entry(Position keyPos, YNode value) {
    }

    /** A sequence. */
    record YSeq(Position pos, List<YNode> items) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar, typed as YAML 1.1 resolves it (quoted scalars are always strings). */
    record YScalar(Position pos, String text, ScalarType type) implements YNode {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "the text '" + abbreviate(text) + "'";
                case INTEGER -> "the number " + text;
                case FLOAT -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "null";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }

    /** The type YAML gives a scalar. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
