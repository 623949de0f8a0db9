package qingdan.model;

/** Where a YAML node starts in its file, 1-based, as editors count. */
public record Position(int line, int column) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
