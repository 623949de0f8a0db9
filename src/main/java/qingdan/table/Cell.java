package qingdan.table;

/**
 * One non-blank cell of a sheet, as its file stores it.
 *
 * @param row    1-based, as Excel shows it
 * @param column 1-based (A = 1)
 * @param text   the value as text: a number without a trailing ".0", a date as YYYY-MM-DD, a
 *               boolean as TRUE or FALSE
 */
public record Cell(int row, int column, Type type, String text) {

    /** What kind of value the file stores. CSV cells are all text. */
    public enum Type { TEXT, NUMBER, BOOLEAN, DATE, ERROR }
}
