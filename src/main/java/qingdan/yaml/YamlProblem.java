package qingdan.yaml;

import qingdan.model.Position;

/** Why a file could not be read as one YAML document; the position is null where there is none. */
public final class YamlProblem extends Exception {
    private final transient Position pos;
    private final String zh;
    /** More problems of the same file found in the same pass (each refused character). */
    final transient java.util.List<YamlProblem> others = new java.util.ArrayList<>();
    /** Where SnakeYAML stopped at a tab it would not read as a separator; -1 otherwise. */
    transient int tab = -1;

    public YamlProblem(Position pos, String message) {
        this(pos, message, message);
    }

    public YamlProblem(Position pos, String message, String zh) {
        super(message, null, false, false);
        this.pos = pos;
        this.zh = zh;
    }

    public Position pos() {
        return pos;
    }

    /** The other problems found with this one, in file order. */
    public java.util.List<YamlProblem> others() {
        return java.util.List.copyOf(others);
    }

    /** The message in Chinese (the English one where no translation was written). */
    public String zh() {
        return zh;
    }
}
