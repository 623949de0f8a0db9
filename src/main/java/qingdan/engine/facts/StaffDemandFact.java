package qingdan.engine.facts;

/**
 * Staffing an upper department required of a township; the subject is the line's, at the entry.
 *
 * @param document the department's document, or null
 * @param basis    the special staffing law that allows it, or null (blank counts as absent)
 */
public record StaffDemandFact(String catalogue, Subject subject, String by, long persons, String document,
                              String basis) implements Node {
}
