package qingdan.engine;

import java.util.List;
import java.util.Set;
import qingdan.model.Kind;

/**
 * A generic check as its DRL rules declare it in metadata: the check id, the catalogue kinds it
 * reads, and the parameters a pack must give it.
 */
public record CheckInfo(String id, Set<Kind> kinds, List<String> params, String origin) {
}
