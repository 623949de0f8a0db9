package qingdan.pack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy document as rules: its identity, the parameters it takes, and the rules it implies.
 *
 * @param parameters the names of the parameters a catalogue under this pack supplies
 * @param origin     the folder it was loaded from, for messages
 * @param folder     the same folder, where {@code explain} finds the pack's examples
 * @param minimums   the least value a catalogue may give a parameter, where the document sets one
 */
public record Pack(
        String id,
        String document,
        String title,
        String issuer,
        String date,
        String jurisdiction,
        Set<String> parameters,
        Map<String, PackRule> rules,
        String origin,
        Path folder,
        Map<String, Long> minimums) {

    /** The built-in packs that every catalogue naming a pack is also checked against. */
    public static final List<String> ALWAYS = List.of("national-law", "integrity");

    /** The packs a catalogue is checked against: those it names, then the built-in ones. */
    public static List<String> withBuiltIns(List<String> named) {
        LinkedHashMap<String, Boolean> out = new LinkedHashMap<>();
        named.forEach(p -> out.put(p, true));
        if (!named.isEmpty()) {
            Pack.ALWAYS.forEach(p -> out.put(p, true));
        }
        return List.copyOf(out.keySet());
    }
}
