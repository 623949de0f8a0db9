package qingdan.model;

import java.util.List;

/** The townships an item goes to: {@code all}, a list of names, or {@code {classes: [...]}}. */
public sealed interface Recipients {
    /** Every township of the county. */
    record All() implements Recipients {
    }

    /** The townships named. */
    record Named(List<String> names) implements Recipients {
    }

    /** The townships of these classes. */
    record Classes(@Required List<TownshipClass> classes) implements Recipients {
    }
}
