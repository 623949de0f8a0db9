package qingdan.model;

import java.util.List;

/**
 * An enumerated value that offices write in Chinese and tools write in English. Both spellings
 * are accepted on input; reports print the Chinese term, and the code too in English.
 */
public interface Term {
    /** A value's spellings: the Chinese term, the English code, and what else catalogues write. */
    record Words(String zh, String code, List<String> aliases) {
        public static Words of(String zh, String code, String... aliases) {
            return new Words(zh, code, List.of(aliases));
        }
    }

    /** This value's spellings; each enumeration keeps them in one field. */
    Words words();

    /** The Chinese term, as the documents write it. */
    default String zh() {
        return words().zh();
    }

    /** The English code. */
    default String code() {
        return words().code();
    }

    /** Other spellings that real catalogues use for the same value. */
    default List<String> aliases() {
        return words().aliases();
    }

    /** True when {@code text} is one of this value's spellings. */
    default boolean matches(String text) {
        return zh().equals(text) || code().equals(text) || aliases().contains(text);
    }
}
