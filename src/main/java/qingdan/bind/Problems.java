package qingdan.bind;

import java.util.ArrayList;
import java.util.List;
import qingdan.model.Position;

/** The input errors found in one file, in the order they were found. Not thread-safe: one per file. */
public final class Problems {
    private final String file;
    private final List<InputError> errors = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(Position pos, String message, String messageZh) {
        errors.add(InputError.at(file, pos, message, messageZh));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public List<InputError> errors() {
        return errors;
    }
}
