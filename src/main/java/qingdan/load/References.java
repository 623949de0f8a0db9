package qingdan.load;

import qingdan.bind.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qingdan.model.Catalogue;
import qingdan.model.DelegationCatalogue;
import qingdan.model.PersonnelRoster;
import qingdan.model.PublicServiceCatalogue;
import qingdan.model.StaffingLedger;
import qingdan.model.Kind;
import qingdan.model.Position;

/**
 * Resolves what catalogues say of each other ({@code guidance:}, {@code establishment:}): by id
 * among the run's catalogues, else by a path relative to the referring file, loading that file
 * as reference data when it is not in the run already.
 */
public final class References {

    /** The run's catalogues after resolution, and what each one's references resolved to. */
    public record Resolved(List<Loaded> catalogues, Map<String, String> guidance, Map<String, String> establishment) {
    }

    private References() {
    }

    public static Resolved resolve(List<Loaded> named, CatalogueLoader loader) {
        List<Loaded> all = new ArrayList<>(named);
        Map<Path, Integer> byPath = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byPath.put(all.get(i).path().toAbsolutePath().normalize(), i);
        }
        duplicateIds(all);
        Map<String, Loaded> byId = new HashMap<>();
        for (Loaded l : all) {
            if (l.catalogue() != null) {
                byId.putIfAbsent(l.id(), l);
            }
        }
        Map<String, String> guidance = new LinkedHashMap<>();
        Map<String, String> establishment = new LinkedHashMap<>();
        // Reference data loaded here may refer on in turn; a growing list is walked to its end.
        for (int i = 0; i < all.size(); i++) {
            Loaded l = all.get(i);
            String plan = establishmentOf(l.catalogue());
            if (!(l.catalogue() instanceof DelegationCatalogue) && plan == null) {
                continue;
            }
            List<InputError> errors = new ArrayList<>();
            if (l.catalogue() instanceof DelegationCatalogue d) {
                link(l, "guidance", d.guidance(), Kind.DELEGATION_CATALOGUE, all, byId, byPath, loader, errors, guidance);
            }
            link(l, "establishment", plan, Kind.ESTABLISHMENT_PLAN, all, byId, byPath, loader, errors, establishment);
            if (!errors.isEmpty()) {
                all.set(i, l.withErrors(errors));
            }
        }
        return new Resolved(all, guidance, establishment);
    }

    /** The {@code establishment:} of the kinds that may name a plan; null for the others or when absent. */
    private static String establishmentOf(Catalogue c) {
        if (c instanceof DelegationCatalogue d) {
            return d.establishment();
        } else if (c instanceof PublicServiceCatalogue s) {
            return s.establishment();
        } else if (c instanceof StaffingLedger s) {
            return s.establishment();
        } else if (c instanceof PersonnelRoster r) {
            return r.establishment();
        }
        return null;
    }

    private static void link(Loaded from, String key, String ref, Kind kind, List<Loaded> all, Map<String, Loaded> byId,
                             Map<Path, Integer> byPath, CatalogueLoader loader, List<InputError> errors, Map<String, String> links) {
        if (ref == null) {
            return;
        }
        Position pos = from.keys().get(key);
        Loaded target = byId.get(ref);
        if (target == null) {
            Path p = from.path().toAbsolutePath().getParent().resolve(ref).normalize();
            Integer at = byPath.get(p);
            if (at != null) {
                target = all.get(at);
            } else if (Files.isRegularFile(p)) {
                String display = joined(from.file(), ref);
                target = loader.load(p, display, false);
                byPath.put(p, all.size());
                all.add(target);
                if (target.catalogue() != null) {
                    byId.putIfAbsent(target.id(), target);
                }
            }
        }
        if (target == null) {
            errors.add(InputError.at(from.file(), pos, key + ": '" + ref + "' names no catalogue of this run (by id) and no file (by path relative to this one)",
                    key + "：'" + ref + "' 既不是本次检查中清单的 id，也不是相对于本文件的路径"));
        } else if (target.catalogue() == null) {
            errors.add(InputError.at(from.file(), pos, key + ": '" + ref + "' (" + target.file() + ") has input errors; fix them first",
                    key + "：'" + ref + "'（" + target.file() + "）有输入错误，请先修正"));
        } else if (target.catalogue().header().kind() != kind) {
            errors.add(InputError.at(from.file(), pos, key + ": '" + ref + "' is a " + target.catalogue().header().kind().code()
                    + "; expected a " + kind.code(), key + "：'" + ref + "' 是 " + target.catalogue().header().kind().zh() + "，应为 " + kind.zh()));
        } else {
            links.put(from.id(), target.id());
        }
    }

    /** Two catalogues of one run may not share an id; the later file gets the error. */
    private static void duplicateIds(List<Loaded> all) {
        Map<String, Loaded> seen = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Loaded l = all.get(i);
            if (l.catalogue() == null) {
                continue;
            }
            Loaded first = seen.putIfAbsent(l.id(), l);
            if (first != null) {
                all.set(i, l.withErrors(List.of(InputError.at(l.file(), l.keys().getOrDefault("id", l.catalogue().header().pos()),
                        "id '" + l.id() + "' is already used by " + first.file() + "; ids are unique in a run",
                        "id '" + l.id() + "' 已被 " + first.file() + " 使用；同一次检查中 id 必须唯一"))));
            }
        }
    }

    /** The referred file's path as the user would write it: beside the referring file. */
    private static String joined(String from, String ref) {
        int slash = from.lastIndexOf('/');
        String joined = slash < 0 ? ref : from.substring(0, slash + 1) + ref;
        return Path.of(joined).normalize().toString().replace('\\', '/');
    }
}
