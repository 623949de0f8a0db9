package qingdan.engine.facts;

import java.util.List;
import qingdan.model.InstitutionLevel;

/** Something handed down that should take resources with it: a duty transfer, or a delegated power. */
public interface Resourced {
    String catalogue();

    Subject subject();

    /** Who it is handed to: townships, or (a duty transfer) a township's villages. */
    InstitutionLevel level();

    /** The resources that do not go with it; null when the catalogue does not say, and no rule judges it. */
    List<Resource> unprovided();
}
