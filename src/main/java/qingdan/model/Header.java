package qingdan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The keys every catalogue starts with.
 *
 * @param pos        the file's first key; whole-file findings point here
 * @param policy     the packs this catalogue is checked against; empty: reference data only
 * @param parameters pack parameters the catalogue supplies (county-model-2022's masked numbers)
 */
public record Header(
        Position pos,
        @Required Kind kind,
        String id,
        String title,
        @Required String jurisdiction,
        Level level,
        @OneOrMany List<String> policy,
        LocalDate asOf,
        Map<String, Long> parameters) {
}
