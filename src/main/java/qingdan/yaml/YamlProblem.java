package qingdan.yaml;

import qingdan.model.Position;

/** Why a file could not be read as one YAML document; the position is null where there is none. */
public final class YamlProblem extends Exception {
    private final transient Position pos;
    private final String zh;

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

    /** The message in Chinese (the English one where no translation was written). */
    public String zh() {
        return zh;
    }
}
