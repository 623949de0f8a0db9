package qingdan.engine.facts;

import qingdan.model.Via;

/** Something put on townships by a given means: an assessment item or a duty transfer. */
public interface Imposed {
    String catalogue();

    Subject subject();

    /** How it is imposed; null when the catalogue does not say. */
    Via via();

    /** False for a task a township hands to its villages, which only some rules read. */
    default boolean toTownships() {
        return true;
    }
}
