package qingdan.yaml;

import qingdan.model.Position;

/** Why a file could not be read as one YAML document; the position is null where there is none. */
public final class YamlProblem extends Exception {
    private final transient Position pos;

    public YamlProblem(Position pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public Position pos() {
        return pos;
    }
}
