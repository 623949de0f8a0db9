package qingdan.engine.facts;

import qingdan.model.Term;

/**
 * Staffing an upper department required of a township; the subject is the line's, at the entry.
 *
 * @param document the department's document, or null
 * @param basis    the special staffing law that allows it, or null (blank counts as absent)
 */
public record StaffDemandFact(String catalogue, Subject subject, String by, long persons, String document,
                              String basis) implements Node {

    /** What a message shows for a demand without a document. */
    public enum NoDocument implements Term {
        NONE;

        private static final Words WORDS = Words.of("无文件", "no document");

        @Override
        public Words words() {
            return WORDS;
        }
    }

    /** The document, or a term that says there is none. */
    public Object documentOrNone() {
        return document != null ? document : NoDocument.NONE;
    }
}
