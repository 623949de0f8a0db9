package qingdan.table;

import qingdan.model.Position;

/** Why a file cannot be read as a table at all; the position is null where there is none. */
public final class TableProblem extends Exception {
    private final transient Position pos;
    private final String messageZh;

    public TableProblem(Position pos, String message, String messageZh) {
        super(message, null, false, false);
        this.pos = pos;
        this.messageZh = messageZh;
    }

    public Position pos() {
        return pos;
    }

    public String messageZh() {
        return messageZh;
    }
}
