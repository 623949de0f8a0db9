package qingdan.table;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The non-blank cells of one sheet by row, then column. A CSV file is one sheet named "".
 */
public record Sheet(String name, SortedMap<Integer, SortedMap<Integer, Cell>> rows) {

    public Sheet(String name) {
        this(name, new TreeMap<>());
    }

    void put(Cell c) {
        rows.computeIfAbsent(c.row(), r -> new TreeMap<>()).put(c.column(), c);
    }

    public Cell get(int row, int column) {
        SortedMap<Integer, Cell> r = rows.get(row);
        return r == null ? null : r.get(column);
    }

    public SortedMap<Integer, Cell> row(int row) {
        SortedMap<Integer, Cell> r = rows.get(row);
        return r == null ? Collections.emptySortedMap() : r;
    }
}
