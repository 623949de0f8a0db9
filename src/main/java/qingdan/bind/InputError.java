package qingdan.bind;

import java.util.Comparator;
import qingdan.model.Position;

/**
 * A file that cannot be read as a catalogue, or a catalogue that cannot be checked: what was
 * expected and what was found, where. Line and column are null where there is no position (an
 * empty file, an encoding error).
 */
public record InputError(String file, Integer line, Integer column, String message, String messageZh) {

    public static final Comparator<InputError> ORDER = Comparator
            .comparing(InputError::file)
            .thenComparing(InputError::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputError::column, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputError::message);

    public static InputError at(String file, Position pos, String message, String messageZh) {
        return new InputError(file, pos == null ? null : pos.line(), pos == null ? null : pos.column(), message, messageZh);
    }

    public String text(boolean english) {
        return english || messageZh == null ? message : messageZh;
    }
}
