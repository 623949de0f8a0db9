package qingdan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a key means, for {@code qingdan schema} and table readers: an English description, the
 * Chinese one, and the column label (or, for a list of records, the sheet name) that an office's
 * export uses for it (new-kinds.md Part A).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface About {
    /** The description in English. */
    String value();

    /** The description in Chinese. */
    String zh() default "";

    /** The column label of a table export (乡镇, 核定数…); for a list of records, its sheet. */
    String column() default "";
}
