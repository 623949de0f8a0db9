package qingdan.load;

import qingdan.bind.InputError;
import qingdan.bind.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import qingdan.model.Kind;
import qingdan.model.Position;

/**
 * Resolves what catalogues say of each other ({@code guidance:}, {@code establishment:}): by id
 * among the run's catalogues, else by a path relative to the referring file, loading that file
 * as reference data when it is not in the run already.
 *
 * <p>A catalogue may be untrusted (a pull request's), so a path is confined: relative, naming a
 * .yaml or .yml file that resolves, after symlinks, to a regular file inside the checked tree.
 * Anything else is refused before it is opened, with a message that says why and nothing of
 * what the target holds.
 */
public final class References {
    /** The keys that name another catalogue, and the kind each must name. */
    public static final List<String> KEYS = List.of("guidance", "establishment");
    private static final Map<String, Kind> KINDS = Map.of("guidance", Kind.DELEGATION_CATALOGUE,
            "establishment", Kind.ESTABLISHMENT_PLAN);

    /** The run's catalogues after resolution, and what each one's references resolved to. */
    public record Resolved(List<Loaded> catalogues, Map<String, String> guidance, Map<String, String> establishment) {
    }

    private References() {
    }

    /** Resolution with the current folder and the named files' folders as the checked tree. */
    public static Resolved resolve(List<Loaded> named, CatalogueLoader loader) {
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(Path.of(""));
        for (Loaded l : named) {
            Path parent = l.path().toAbsolutePath().getParent();
            if (parent != null) {
                roots.add(parent);
            }
        }
        return resolve(named, loader, List.copyOf(roots));
    }

    /**
     * @param roots the checked tree: the current folder, the folders named on the command line and
     *              the folder of each file named there
     */
    public static Resolved resolve(List<Loaded> named, CatalogueLoader loader, List<Path> roots) {
        Tree tree = new Tree(roots);
        List<Loaded> all = new ArrayList<>(named);
        Map<Path, Integer> byPath = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byPath.putIfAbsent(real(all.get(i).path()), i);
        }
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
            List<InputError> errors = new ArrayList<>();
            for (String key : KEYS) {
                String ref = l.references().get(key);
                if (ref != null) {
                    link(l, key, ref, all, byId, byPath, tree, loader, errors,
                            key.equals("guidance") ? guidance : establishment);
                }
            }
            if (!errors.isEmpty()) {
                all.set(i, all.get(i).withErrors(errors));
            }
        }
        duplicateIds(all);
        // A link to a catalogue that a duplicate id has since failed leads nowhere.
        Set<String> failed = new java.util.HashSet<>();
        for (Loaded l : all) {
            if (!l.ok()) {
                failed.add(l.id());
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Loaded l = all.get(i);
            if (!l.ok()) {
                guidance.remove(l.id());
                establishment.remove(l.id());
                continue;
            }
            List<InputError> errors = new ArrayList<>();
            for (String key : KEYS) {
                Map<String, String> links = key.equals("guidance") ? guidance : establishment;
                String to = links.get(l.id());
                if (to != null && failed.contains(to)) {
                    links.remove(l.id());
                    errors.add(InputError.at(l.file(), l.keys().get(key), key + ": '" + l.references().get(key)
                            + "' has input errors; fix them first", key + "：'" + l.references().get(key) + "' 有输入错误，请先修正"));
                }
            }
            if (!errors.isEmpty()) {
                all.set(i, l.withErrors(errors));
            }
        }
        return new Resolved(all, guidance, establishment);
    }

    private static void link(Loaded from, String key, String ref, List<Loaded> all, Map<String, Loaded> byId,
                             Map<Path, Integer> byPath, Tree tree, CatalogueLoader loader, List<InputError> errors,
                             Map<String, String> links) {
        Kind kind = KINDS.get(key);
        Position pos = from.keys().get(key);
        Loaded target = byId.get(ref);
        if (target == null) {
            Refusal why = tree.refuse(from.path(), ref);
            if (why != null) {
                errors.add(InputError.at(from.file(), pos, key + ": '" + ref + "' " + why.en, key + "：'" + ref + "' " + why.zh));
                return;
            }
            Path p = real(from.path().toAbsolutePath().getParent().resolve(ref));
            Integer at = byPath.get(p);
            if (at != null) {
                target = all.get(at);
            } else {
                target = loader.load(p, joined(from.file(), ref), false);
                byPath.put(p, all.size());
                all.add(target);
                if (target.catalogue() != null) {
                    byId.putIfAbsent(target.id(), target);
                }
            }
        }
        if (target.catalogue() == null) {
            errors.add(InputError.at(from.file(), pos, key + ": '" + ref + "' (" + target.file() + ") has input errors; fix them first",
                    key + "：'" + ref + "'（" + target.file() + "）有输入错误，请先修正"));
        } else if (target.catalogue().header().kind() != kind) {
            errors.add(InputError.at(from.file(), pos, key + ": '" + ref + "' is a " + target.catalogue().header().kind().code()
                    + "; expected a " + kind.code(), key + "：'" + ref + "' 是 " + target.catalogue().header().kind().zh() + "，应为 " + kind.zh()));
        } else if (from.catalogue() != null) {
            links.put(from.id(), target.id());
        }
    }

    /** Why a reference by path is refused, in both languages; null when it may be read. */
    private record Refusal(String en, String zh) {
    }

    /** The checked tree, lexically and after symlinks. */
    private static final class Tree {
        private final List<Path> lexical = new ArrayList<>();
        private final List<Path> real = new ArrayList<>();

        Tree(List<Path> roots) {
            for (Path r : roots) {
                lexical.add(r.toAbsolutePath().normalize());
                real.add(real(r));
            }
        }

        Refusal refuse(Path from, String ref) {
            Path rel;
            try {
                rel = Path.of(ref);
            } catch (InvalidPathException e) {
                return new Refusal("names no catalogue of this run (by id) and is not a file path",
                        "既不是本次检查中清单的 id，也不是文件路径");
            }
            if (rel.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\") || ref.matches("^[A-Za-z]:.*")) {
                return new Refusal("is an absolute path; a reference is an id, or a path relative to this file, "
                        + "and it is not read", "是绝对路径；引用应为 id 或相对于本文件的路径，未读取该文件");
            }
            if (!Names.isYaml(ref)) {
                return new Refusal("names no catalogue of this run (by id); a path must name a .yaml or .yml file, "
                        + "so nothing is read", "不是本次检查中任何清单的 id；作为路径须指向 .yaml 或 .yml 文件，因此未读取任何文件");
            }
            Path p = from.toAbsolutePath().getParent().resolve(rel).normalize();
            if (!inside(p, lexical)) {
                return outside();
            }
            if (!Files.exists(p)) {
                return new Refusal("names no catalogue of this run (by id) and no file (by path relative to this one)",
                        "既不是本次检查中清单的 id，也不是相对于本文件的路径");
            }
            if (!inside(real(p), real)) {
                return outside();
            }
            if (!Files.isRegularFile(p)) {
                return new Refusal("is not a regular file (a folder, device or FIFO), so it is not read",
                        "不是普通文件（文件夹、设备或管道），未读取");
            }
            return null;
        }

        private static Refusal outside() {
            return new Refusal("is outside the checked tree (the current folder and the folders named on the command "
                    + "line), so it is not read; name that file on the command line to check it",
                    "在被检查的目录（当前目录及命令行中给出的目录）之外，未读取；如需检查，请在命令行中给出该文件");
        }

        private static boolean inside(Path p, List<Path> roots) {
            for (Path r : roots) {
                if (p.startsWith(r)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The path after symlinks, for comparing files; the absolute path where it does not exist. */
    public static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Two catalogues of one run may not share an id. Every file involved gets the error, so the
     * result does not depend on the order of the arguments.
     */
    private static void duplicateIds(List<Loaded> all) {
        Map<String, List<Integer>> byId = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            Loaded l = all.get(i);
            if (l.keys().isEmpty()) {
                continue; // not read as a mapping at all: its id is its path, which is unique
            }
            byId.computeIfAbsent(l.id(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (int i : same) {
                Loaded l = all.get(i);
                List<String> others = new ArrayList<>();
                for (int j : same) {
                    if (j != i) {
                        others.add(all.get(j).file());
                    }
                }
                others.sort(null);
                String list = String.join(", ", others);
                Position pos = l.keys().containsKey("id") ? l.keys().get("id")
                        : l.catalogue() != null ? l.catalogue().header().pos() : null;
                all.set(i, l.withErrors(List.of(InputError.at(l.file(), pos,
                        "id '" + l.id() + "' is also used by " + list + "; ids are unique in a run",
                        "id '" + l.id() + "' 也被 " + list + " 使用；同一次检查中 id 必须唯一"))));
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
