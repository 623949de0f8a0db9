package qingdan.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import qingdan.bind.InputError;
import qingdan.bind.Problems;

/**
 * Every pack of a run with the contracts of its checks, read from files and checked against each
 * other: no rule engine is needed, so this is done before any catalogue is read. Shipped packs
 * come from the jar's {@code rules/}; a user's from {@code --rules DIR}, a folder of pack folders
 * (or one pack folder), each a {@code pack.yaml} and, for checks of its own, DRL files each with a
 * {@code NAME.contract.yaml} beside it.
 */
public final class Packs implements PackSet {
    /** A folder's DRL file: how messages name it, where to read it, and whether it is ours. */
    public record DrlFile(String display, Path path, boolean shipped, String folder) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A folder of a pack or of checks, as found. */
    private record Folder(Path dir, String display, boolean shipped) {
    }

    private final Map<String, Pack> packs;
    private final Contracts contracts;
    private final List<DrlFile> drl;
    private final List<InputError> errors;
    /** The folder (display prefix) each pack came from, so a folder whose DRL fails can be dropped whole. */
    private final Map<String, String> folderOf;

    private Packs(Map<String, Pack> packs, Contracts contracts, List<DrlFile> drl, List<InputError> errors,
                  Map<String, String> folderOf) {
        this.packs = packs;
        this.contracts = contracts;
        this.drl = drl;
        this.errors = errors;
        this.folderOf = folderOf;
    }

    /** By pack id, sorted. */
    @Override
    public Map<String, Pack> packs() {
        return packs;
    }

    public Contracts contracts() {
        return contracts;
    }

    /** The checks' contracts by id. */
    @Override
    public Map<String, CheckContract> checks() {
        return contracts.all();
    }

    /** Every DRL file: the shipped checks first, then users' in folder order. */
    public List<DrlFile> drl() {
        return drl;
    }

    /** Problems in packs and contracts, each at its file, line and column. */
    public List<InputError> errors() {
        return errors;
    }

    /**
     * These packs less the folders whose checks cannot run (their DRL does not compile, or does
     * not keep its contract): their packs, contracts and DRL go, with the given problems added.
     */
    public Packs without(Set<String> folders, List<InputError> problems) {
        if (folders.isEmpty() && problems.isEmpty()) {
            return this;
        }
        Map<String, Pack> kept = new TreeMap<>(packs);
        kept.keySet().removeIf(id -> folders.contains(folderOf.get(id)));
        for (DrlFile f : drl) {
            if (folders.contains(f.folder())) {
                contracts.removeFolder(f.folder());
            }
        }
        List<InputError> all = new ArrayList<>(errors);
        all.addAll(problems);
        return new Packs(Collections.unmodifiableMap(kept), contracts,
                drl.stream().filter(f -> !folders.contains(f.folder())).toList(), List.copyOf(all), folderOf);
    }

    /** Loads the shipped packs and those under each of {@code userDirs}. */
    public static Packs load(List<Path> userDirs) {
        return load(userDirs, false);
    }

    /**
     * @param shadow a folder of {@code userDirs} replaces the shipped folder of the same name (a
     *               working copy of the shipped rules, as {@code qingdan test rules/} reads them)
     */
    public static Packs load(List<Path> userDirs, boolean shadow) {
        List<InputError> errors = new ArrayList<>();
        List<Folder> given = new ArrayList<>();
        for (Path dir : userDirs) {
            String display = dir.toString().replace('\\', '/');
            if (!Files.isDirectory(dir)) {
                errors.add(new InputError(display, null, null, "--rules: not a folder", "--rules：不是文件夹"));
                continue;
            }
            given.addAll(folders(dir, display.endsWith("/") ? display : display + "/", false));
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        given.forEach(f -> names.add(String.valueOf(f.dir().getFileName())));
        List<Folder> folders = new ArrayList<>();
        for (Folder f : folders(shippedRoot(), "rules/", true)) {
            if (!shadow || !names.contains(String.valueOf(f.dir().getFileName()))) {
                folders.add(f);
            }
        }
        folders.addAll(given);
        // Contracts first, every folder's: a pack may switch on a check of any folder.
        Contracts contracts = new Contracts();
        List<DrlFile> drl = new ArrayList<>();
        ContractLoader contractLoader = new ContractLoader();
        for (Folder f : folders) {
            for (Path file : list(f.dir(), ContractLoader.SUFFIX)) {
                String display = f.display() + file.getFileName();
                Problems problems = new Problems(display);
                contracts.add(contractLoader.load(file, display, f.shipped(), f.display(), problems), problems);
                errors.addAll(problems.errors());
            }
            for (Path file : list(f.dir(), ".drl")) {
                drl.add(new DrlFile(f.display() + file.getFileName(), file, f.shipped(), f.display()));
            }
        }
        Map<String, Pack> packs = new TreeMap<>();
        Map<String, String> folderOf = new java.util.HashMap<>();
        PackLoader loader = new PackLoader();
        for (Folder f : folders) {
            Path packFile = f.dir().resolve("pack.yaml");
            if (!Files.exists(packFile)) {
                continue;
            }
            String display = f.display() + "pack.yaml";
            Problems problems = new Problems(display);
            Pack pack = loader.load(packFile, display, problems, contracts);
            errors.addAll(problems.errors());
            if (pack != null) {
                Pack earlier = packs.putIfAbsent(pack.id(), pack);
                if (earlier != null) {
                    errors.add(new InputError(display, 1, 1, "pack id '" + pack.id() + "' is already taken by " + earlier.origin(),
                            "规则包 id '" + pack.id() + "' 已被 " + earlier.origin() + " 使用"));
                } else {
                    folderOf.put(pack.id(), f.display());
                }
            }
        }
        return new Packs(Collections.unmodifiableMap(packs), contracts, List.copyOf(drl), List.copyOf(errors), folderOf);
    }

    /** A root that is a pack folder is one folder; otherwise each folder in it, in name order. */
    private static List<Folder> folders(Path root, String display, boolean shipped) {
        if (Files.exists(root.resolve("pack.yaml"))) {
            return List.of(new Folder(root, display, shipped));
        }
        List<Folder> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                out.add(new Folder(dir, display + dir.getFileName().toString().replace("/", "") + "/", shipped));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped rules folder: in the jar, or in target/classes when run from the build. */
    public static Path shippedRoot() {
        URL marker = Packs.class.getResource("/rules/README.md");
        if (marker == null) {
            throw new IllegalStateException("the shipped rules are missing from the classpath");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the shipped rules", e);
        }
    }
}
