package qingdan.model;

import java.util.List;

/**
 * An enumerated value that offices write in Chinese and tools write in English. Both spellings
 * are accepted on input; reports print the Chinese term, and the code too in English.
 */
public interface Term {
    /** The Chinese term, as the documents write it. */
    String zh();

    /** The English code. */
    String code();

    /** Other spellings that real catalogues use for the same value. */
    default List<String> aliases() {
        return List.of();
    }

    /** True when {@code text} is one of this value's spellings. */
    default boolean matches(String text) {
        return zh().equals(text) || code().equals(text) || aliases().contains(text);
    }
}
