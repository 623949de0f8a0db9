package qingdan.engine.facts;

import java.util.List;
import qingdan.model.ServiceArea;

/**
 * A service of a public-service catalogue.
 *
 * @param unstated      the text keys it leaves absent, null or blank (recipients, requirements, basis, provider, guide)
 * @param inServiceHall null when not recorded
 */
public record ServiceItemFact(
        String catalogue,
        Subject subject,
        String id,
        int ordinal,
        String name,
        ServiceArea area,
        String domain,
        List<String> unstated,
        Boolean inServiceHall) implements Item, Node {

    /** True when it states no 办事指南. */
    public boolean noGuide() {
        return unstated.contains("guide");
    }
}
