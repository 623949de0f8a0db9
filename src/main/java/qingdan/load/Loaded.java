package qingdan.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qingdan.model.Catalogue;
import qingdan.model.Position;
import qingdan.bind.InputError;

/**
 * One file as loaded: the catalogue (null when it has input errors), its input errors, and the
 * packs it is checked against.
 *
 * @param file       the path as the user gave it, with '/' separators
 * @param named      true for files named on the command line; false for those loaded only because
 *                   another catalogue refers to them (reference data: no findings of their own)
 * @param id         the catalogue's id: its {@code id:}, else {@code file}
 * @param keys       the positions of the top-level keys, for messages about the header
 * @param packs      the packs that apply, built-in ones included; empty for reference data
 * @param references what {@code guidance:} and {@code establishment:} say, read even when the
 *                   rest of the file has errors, so that one run reports every problem of a file
 */
public record Loaded(
        String file,
        Path path,
        boolean named,
        String id,
        Catalogue catalogue,
        List<InputError> errors,
        Map<String, Position> keys,
        List<String> packs,
        Map<String, String> references) {

    public Loaded(String file, Path path, boolean named, String id, Catalogue catalogue, List<InputError> errors,
                  Map<String, Position> keys, List<String> packs) {
        this(file, path, named, id, catalogue, errors, keys, packs, Map.of());
    }

    public boolean ok() {
        return errors.isEmpty() && catalogue != null;
    }

    Loaded withErrors(List<InputError> more) {
        List<InputError> all = new ArrayList<>(errors);
        all.addAll(more);
        return new Loaded(file, path, named, id, all.isEmpty() ? catalogue : null, List.copyOf(all), keys, packs, references);
    }
}
