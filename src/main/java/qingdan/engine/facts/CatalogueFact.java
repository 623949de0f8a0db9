package qingdan.engine.facts;

import java.util.List;
import qingdan.model.Kind;
import qingdan.model.Level;

/**
 * A catalogue of the run, with what its references resolved to.
 *
 * @param subject  its first key, named by title, id or path: where whole-file findings point
 * @param guidance the id of its guidance catalogue, or null
 * @param plans    the establishment plans whose townships its items may name: the one its
 *                 {@code establishment:} names, else the run's plans of the same jurisdiction
 */
public record CatalogueFact(String id, Kind kind, Level level, Subject subject, String guidance, List<String> plans) {
}
