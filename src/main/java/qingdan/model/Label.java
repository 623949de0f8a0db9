package qingdan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese labels of a key, as a table's column (or a header sheet's row) names it; the first
 * is the one qingdan writes, all are read (catalogues.md, "Tables"). A key without a label is
 * named by its English key alone. Labels may be added, never removed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Label {
    String[] value();
}
