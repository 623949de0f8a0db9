package qingdan.load;

import qingdan.bind.InputError;
import qingdan.bind.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the catalogue files of a run: files as named, folders searched for *.yaml and *.yml (and
 * tables: *.xlsx, *.csv, but not a CSV file's .header.yaml) in name order, each file once (by real
 * path). A walk skips rule packs (folders with a pack.yaml), hidden entries ({@code .git},
 * {@code .github}), what {@code --exclude} and {@code .qingdanignore} name, and symlinks that
 * lead out of the checked tree.
 */
public final class Walk {
    /** The file in a checked folder that names what to skip there, in gitignore syntax. */
    public static final String IGNORE_FILE = ".qingdanignore";
    /** What makes a folder a rule pack, which a walk skips. */
    public static final String PACK_FILE = "pack.yaml";

    /**
     * A catalogue file to read.
     *
     * @param display how reports name it
     * @param walked  found by walking a folder (so it may turn out not to be a catalogue)
     * @param origin  the index of the command-line argument it came from
     */
    public record Input(Path path, String display, boolean walked, int origin) {
    }

    /**
     * @param roots the checked tree: the current folder, each folder named, each named file's folder
     */
    public record Found(List<Input> inputs, List<Path> roots, List<InputError> errors) {
    }

    private Walk() {
    }

    public static Found expand(List<String> paths, List<String> excludes) {
        List<InputError> errors = new ArrayList<>();
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(Path.of("").toAbsolutePath());
        for (String given : paths) {
            Path p = Path.of(given);
            if (Files.isDirectory(p)) {
                roots.add(p.toAbsolutePath().normalize());
            } else if (p.toAbsolutePath().getParent() != null) {
                roots.add(p.toAbsolutePath().normalize().getParent());
            }
        }
        List<Path> realRoots = roots.stream().map(References::real).toList();
        List<Input> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            String given = paths.get(i);
            Path p = Path.of(given);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                walk(p, excludes, files);
                files.sort(null);
                for (Path f : files) {
                    Path real = References.real(f);
                    String display = display(given, p.relativize(f));
                    if (!realRoots.stream().anyMatch(real::startsWith)) {
                        errors.add(new InputError(display, null, null,
                                "a symlink to a file outside the checked tree; it is not read",
                                "指向被检查目录之外的符号链接，未读取"));
                        continue;
                    }
                    if (seen.add(real)) {
                        out.add(new Input(f, display, true, i));
                    }
                }
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
                if (seen.add(References.real(p))) {
                    out.add(new Input(p, given.replace('\\', '/'), false, i));
                }
            } else {
                errors.add(new InputError(given.replace('\\', '/'), null, null, "no such file or folder", "文件或文件夹不存在"));
            }
        }
        return new Found(out, List.copyOf(roots), errors);
    }

    private static void walk(Path root, List<String> excludes, List<Path> files) {
        List<Rule> cli = new ArrayList<>();
        for (String g : excludes) {
            Rule r = Rule.parse(g, "");
            if (r != null) {
                cli.add(r);
            }
        }
        Deque<List<Rule>> stack = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path rel = root.relativize(dir);
                    if (!dir.equals(root) && (hidden(dir) || ignored(rel, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    // A rule pack (a folder with pack.yaml) holds examples and tests, run by
                    // qingdan test; checking a folder of packs is not checking catalogues.
                    if (Files.isRegularFile(dir.resolve(PACK_FILE))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    stack.push(readIgnore(dir, rel));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    stack.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path rel = root.relativize(file);
                    boolean candidate = Names.isYaml(file.getFileName().toString()) && !Tables.isCsvHeader(file)
                            || Tables.isTable(file);
                    if (!hidden(file) && candidate && !ignored(rel, false) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable entries are not catalogues we can find
                }

                private boolean ignored(Path rel, boolean dir) {
                    String path = slashes(rel);
                    boolean out = false;
                    for (Rule r : cli) {
                        if (r.matches(path, dir)) {
                            out = !r.negated;
                        }
                    }
                    // Outer files first, inner ones after: a nearer .qingdanignore has the last word.
                    List<List<Rule>> outerFirst = new ArrayList<>(stack);
                    java.util.Collections.reverse(outerFirst);
                    for (List<Rule> rules : outerFirst) {
                        for (Rule r : rules) {
                            if (r.matches(path, dir)) {
                                out = !r.negated;
                            }
                        }
                    }
                    return out;
                }
            });
        } catch (IOException e) {
            // walkFileTree reports per-entry failures to visitFileFailed; nothing else is thrown
        }
    }

    private static List<Rule> readIgnore(Path dir, Path rel) {
        Path f = dir.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        try {
            byte[] bytes = Files.size(f) > 1 << 20 ? new byte[0] : Files.readAllBytes(f);
            String base = slashes(rel);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                Rule r = Rule.parse(line, base);
                if (r != null) {
                    rules.add(r);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return rules;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static String slashes(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    private static String display(String given, Path relative) {
        String base = given.replace('\\', '/');
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        if (base.equals("./")) {
            base = "";
        }
        return base + slashes(relative);
    }

    /** One line of gitignore syntax: a pattern, relative to the folder of its file. */
    record Rule(Pattern pattern, boolean negated, boolean dirOnly) {
        static Rule parse(String line, String base) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                return null;
            }
            boolean negated = s.startsWith("!");
            if (negated) {
                s = s.substring(1);
            }
            boolean dirOnly = s.endsWith("/");
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.isEmpty()) {
                return null;
            }
            boolean anchored = s.contains("/");
            if (s.startsWith("/")) {
                s = s.substring(1);
            }
            String prefix = base.isEmpty() ? "" : Pattern.quote(base + "/");
            String body = glob(s);
            String regex = anchored ? prefix + body : prefix + "(?:.*/)?" + body;
            return new Rule(Pattern.compile(regex), negated, dirOnly);
        }

        boolean matches(String path, boolean dir) {
            return (dir || !dirOnly) && pattern.matcher(path).matches();
        }

        private static String glob(String g) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < g.length(); i++) {
                char c = g.charAt(i);
                if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                    boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    b.append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                } else if (c == '*') {
                    b.append("[^/]*");
                } else if (c == '?') {
                    b.append("[^/]");
                } else if (c == '[') {
                    int end = g.indexOf(']', i + 1);
                    if (end < 0) {
                        b.append("\\[");
                    } else {
                        String set = g.substring(i + 1, end).replace("\\", "\\\\");
                        b.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                        i = end;
                    }
                } else {
                    b.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return b.toString();
        }
    }
}
