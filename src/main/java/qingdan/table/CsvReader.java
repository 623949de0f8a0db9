package qingdan.table;

/**
 * Reads a CSV file (RFC 4180: commas, double quotes, quoted line breaks) as one sheet named "".
 * Rows are numbered as a spreadsheet numbers them when it opens the file, so a quoted line break
 * inside a cell does not shift the rows below.
 */
public final class CsvReader {
    private CsvReader() {
    }

    public static Sheet read(String text) throws TableProblem {
        Sheet sheet = new Sheet("");
        int row = 1;
        int col = 1;
        int cells = 0;
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (i == n) {
                    throw new TableProblem(new qingdan.model.Position(row, col, ""),
                            "a quoted cell is never closed: a '\"' is missing", "带引号的单元格没有结束：缺少一个 '\"'");
                }
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    b.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && b.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n' || c == '\r') {
                String v = wasQuoted ? b.toString() : b.toString().strip();
                if (!v.isEmpty()) {
                    if (++cells > XlsxReader.MAX_CELLS) {
                        throw new TableProblem(null, "more than " + XlsxReader.MAX_CELLS + " cells; no catalogue is that large",
                                "超过 " + XlsxReader.MAX_CELLS + " 个单元格，超出任何清单的规模");
                    }
                    sheet.put(new Cell(row, col, Cell.Type.TEXT, v));
                }
                b.setLength(0);
                wasQuoted = false;
                if (c == ',') {
                    col++;
                } else {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row++;
                    col = 1;
                }
            } else {
                b.append(c);
            }
            i++;
        }
        return sheet;
    }
}
