package qingdan.bind;

import java.util.Comparator;
import qingdan.model.Position;

/**
 * A file that cannot be read as a catalogue, or a catalogue that cannot be checked: what was
 * expected and what was found, where. Line and column are null where there is no position (an
 * empty file, an encoding error). In a table, {@code cell} names the cell ("机构!C7"); else it is null.
 */
public record InputError(String file, Integer line, Integer column, String message, String messageZh, String cell) {

    /** An error in a YAML file, or with no position. */
    public InputError(String file, Integer line, Integer column, String message, String messageZh) {
        this(file, line, column, message, messageZh, null);
    }

    public static final Comparator<InputError> ORDER = Comparator
            .comparing(InputError::file)
            .thenComparing(InputError::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputError::column, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputError::message);

    public static InputError at(String file, Position pos, String message, String messageZh) {
        return new InputError(file, pos == null ? null : pos.line(), pos == null ? null : pos.column(), message, messageZh,
                pos == null ? null : pos.cell());
    }

    public String text(boolean english) {
        return english || messageZh == null ? message : messageZh;
    }
}
