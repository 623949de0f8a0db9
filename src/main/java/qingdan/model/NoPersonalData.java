package qingdan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record of a personnel roster: it holds office codes only. A key that would carry a person's
 * name, ID number, birth date, address or pay is refused with a message saying so, and its value
 * is never read (new-kinds.md A.1 "No personal data in rosters").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoPersonalData {
}
