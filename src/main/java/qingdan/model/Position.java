package qingdan.model;

/**
 * Where a node starts in its file, 1-based, as editors count. In a table (a workbook or a CSV
 * file) the line is the row and the column the column, as Excel shows them, and {@code sheet}
 * names the sheet ("" for a CSV file, which has none); in YAML it is null.
 */
public record Position(int line, int column, String sheet) implements Comparable<Position> {

    public Position(int line, int column) {
        this(line, column, null);
    }

    /** Lines and columns up to which a YAML position is made once and shared: a county's roster has about 4,400 lines. */
    private static final int SHARED_LINES = 1 << 14;
    private static final int SHARED_COLUMNS = 32;
    private static final Position[][] SHARED = new Position[SHARED_LINES][];

    /**
     * A position in a YAML file. Catalogues of one kind have the same shape, so a national run's
     * millions of nodes stand at a few tens of thousands of distinct places: each is made once
     * (a position is a value, compared by its line and column, never by identity).
     */
    public static Position of(int line, int column) {
        if (line < 0 || line >= SHARED_LINES || column < 0 || column >= SHARED_COLUMNS) {
            return new Position(line, column);
        }
        Position[] row = SHARED[line];
        if (row == null) {
            row = new Position[SHARED_COLUMNS];
            SHARED[line] = row; // a race only makes a second equal copy; a position's fields are final
        }
        Position p = row[column];
        if (p == null) {
            p = new Position(line, column);
            row[column] = p;
        }
        return p;
    }

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    /** The cell as Excel names it ("机构!C7", or "C7" in a CSV file); null outside tables. */
    public String cell() {
        return sheet == null ? null : cell(sheet, line, column);
    }

    public static String cell(String sheet, int row, int column) {
        return (sheet.isEmpty() ? "" : sheet + "!") + columnName(column) + row;
    }

    /** 1 → A, 27 → AA. */
    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return sheet != null ? cell() : line + ":" + column;
    }
}
