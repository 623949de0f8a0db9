package qingdan.pack;

import java.util.List;
import java.util.Set;
import qingdan.model.Kind;

/**
 * A generic check as its DRL rules declare it in metadata: the check id, the catalogue kinds it
 * reads, the parameters a pack must give it, and for {@code explain} what it checks
 * ({@code @about}, {@code @aboutZh}) and the catalogue keys it reads ({@code @reads}).
 */
public record CheckInfo(String id, Set<Kind> kinds, List<String> params, String origin,
                        String about, String aboutZh, String reads) {
}
