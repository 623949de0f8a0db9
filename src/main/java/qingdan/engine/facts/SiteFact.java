package qingdan.engine.facts;

import java.util.List;

/**
 * A village's service facilities.
 *
 * @param lacking the facility keys recorded {@code false} (service_point, online_point, cultural_centre);
 *                an absent key is not recorded and is not listed
 */
public record SiteFact(String catalogue, Subject subject, int ordinal, String township, String village,
                       List<String> lacking) implements InTownship {
}
