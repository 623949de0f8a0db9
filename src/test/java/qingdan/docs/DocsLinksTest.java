package qingdan.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user's documentation travels with the repository and the release archive: no link in
 * README.md, README.zh-CN.md or docs/ points outside the repository, and every link inside it
 * reaches a file (and a heading, for #anchors) that exists.
 */
class DocsLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Pattern MD_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HTML_LINK = Pattern.compile("(?i)(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?|ftp)://|\\bwww\\.");

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("README.zh-CN.md")));
        try (Stream<Path> s = Files.walk(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @Test
    void noLinkLeavesTheRepositoryAndEveryLinkArrives() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path doc : documents()) {
            assertTrue(Files.isRegularFile(doc), doc::toString);
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            if (text.contains("../shared")) {
                bad.add(doc + ": names ../shared, which users do not have");
            }
            int n = 0;
            for (String line : prose(text)) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                for (Pattern p : List.of(MD_LINK, HTML_LINK)) {
                    Matcher m = p.matcher(line);
                    while (m.find()) {
                        targets.add(m.group(1));
                    }
                }
                String stripped = MD_LINK.matcher(line).replaceAll("");
                if (BARE_URL.matcher(stripped).find()) {
                    bad.add(doc + ":" + n + ": a web address in the text (GitHub links it): " + line.strip());
                }
                for (String target : targets) {
                    String problem = check(doc, target);
                    if (problem != null) {
                        bad.add(doc + ":" + n + ": " + target + ": " + problem);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }

    /** Null when {@code target}, linked from {@code doc}, is a file or heading of this repository. */
    private static String check(Path doc, String target) throws IOException {
        if (target.isEmpty()) {
            return "empty link";
        }
        if (target.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || target.startsWith("//")) {
            return "points outside the repository";
        }
        if (target.startsWith("/")) {
            return "absolute path: use a path relative to the document";
        }
        int hash = target.indexOf('#');
        String file = hash >= 0 ? target.substring(0, hash) : target;
        String anchor = hash >= 0 ? target.substring(hash + 1) : null;
        Path resolved = file.isEmpty() ? doc.toAbsolutePath().normalize()
                : doc.toAbsolutePath().getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT) || resolved.startsWith(ROOT.resolve("target"))) {
            return "points outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file in the repository";
        }
        if (anchor != null && resolved.toString().endsWith(".md")
                && !anchors(Files.readString(resolved, StandardCharsets.UTF_8)).contains(anchor)) {
            return "no heading '" + anchor + "' in " + ROOT.relativize(resolved);
        }
        return null;
    }

    /** The lines of a Markdown text outside fenced code blocks, with inline code blanked; numbering kept. */
    static List<String> prose(String text) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                out.add("");
                continue;
            }
            out.add(fenced ? "" : line.replaceAll("`[^`]*`", "``"));
        }
        return out;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> out = new HashSet<>();
        for (String line : prose(markdown)) {
            Matcher m = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$").matcher(line);
            if (!m.find()) {
                continue;
            }
            String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
            String unique = slug;
            for (int i = 1; out.contains(unique); i++) {
                unique = slug + "-" + i;
            }
            out.add(unique);
        }
        return out;
    }
}
