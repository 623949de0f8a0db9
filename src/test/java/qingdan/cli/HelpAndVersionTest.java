package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;

/** --version names what a user runs; --help speaks Chinese to a Chinese office. */
class HelpAndVersionTest {

    @Test
    void versionPrintsTheVersionAndTheCommit() {
        Qingdan.Run run = Qingdan.run("--version");
        assertEquals(0, run.exit(), run::describe);
        String first = run.out().lines().findFirst().orElse("");
        // A build from a git checkout names its commit; one from a source archive without .git says "unknown".
        assertTrue(Pattern.matches("qingdan \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{12}(-modified)?|unknown)\\)", first), first);
        assertTrue(run.out().contains("Java " + Runtime.version().feature()), run::describe);
    }

    @Test
    void helpIsInChineseWithLangZh() {
        for (List<String> args : List.of(List.of("--help", "--lang", "zh"), List.of("--lang=zh", "--help"),
                List.of("check", "--help", "--lang", "zh"), List.of("explain", "--lang", "zh", "--help"))) {
            Qingdan.Run run = Qingdan.run(args.toArray(String[]::new));
            assertEquals(0, run.exit(), run::describe);
            assertTrue(run.out().contains("用法："), () -> args + "\n" + run.describe());
            assertTrue(run.out().contains("选项："), () -> args + "\n" + run.describe());
            assertFalse(run.out().contains("Usage:"), () -> args + "\n" + run.describe());
        }
        Qingdan.Run check = Qingdan.run("check", "--help", "--lang", "zh");
        assertTrue(check.out().contains("使退出码为 1 的最低严重程度：error, warning, info, none（默认 error）"), check::describe);
        assertTrue(check.out().contains("示例："), check::describe);
    }

    @Test
    void helpFollowsAChineseLocaleUnlessLangEnSaysOtherwise() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Qingdan.Run zh = Qingdan.run("check", "--help");
            assertTrue(zh.out().contains("按规则包检查清单"), zh::describe);
            Qingdan.Run en = Qingdan.run("check", "--help", "--lang", "en");
            assertTrue(en.out().contains("Usage: qingdan check"), en::describe);
        } finally {
            Locale.setDefault(before);
        }
        Qingdan.Run en = Qingdan.run("check", "--help");
        assertTrue(en.out().startsWith("Usage: qingdan check"), en::describe);
    }

    /** A command line naming a command holds that command alone; help and a misspelt command hold them all. */
    @Test
    void theCommandLineHoldsTheNamedCommandOrEveryCommand() {
        assertEquals(List.of("check"), List.copyOf(Main.commandLine(new String[] {"--lang", "zh", "check", "x.yaml"}).getSubcommands().keySet()));
        assertEquals(List.of("rules"), List.copyOf(Main.commandLine(new String[] {"--lang=en", "rules"}).getSubcommands().keySet()));
        List<String> all = List.of("check", "rules", "explain", "schema", "template", "convert", "test", "help");
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"help", "check"}).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"chek"}).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet()));
        Qingdan.Run suggested = Qingdan.run("chek");
        assertEquals(2, suggested.exit(), suggested::describe);
        assertTrue(suggested.err().contains("Did you mean: qingdan check"), suggested::describe);
        Qingdan.Run help = Qingdan.run("help", "check");
        assertTrue(help.out().startsWith("Usage: qingdan check"), help::describe);
    }

    @Test
    void everyCommandOptionAndParameterHasChineseHelp() {
        java.util.ResourceBundle zh = Lang.chineseHelp();
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.commandLine(new String[0])));
        assertEquals(8, todo.peek().getSubcommands().size(), "the command line with no arguments holds every command");
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            var spec = c.getCommandSpec();
            if (spec.userObject() instanceof picocli.CommandLine.HelpCommand) {
                continue;
            }
            String q = spec.qualifiedName(".");
            if (!zh.containsKey(q + ".usage.description") && !zh.containsKey(q + ".usage.description.0")) {
                missing.add(q + ".usage.description");
            }
            for (var o : spec.options()) {
                String key = o.longestName().replaceFirst("^-+", "");
                if (!o.usageHelp() && !o.versionHelp() && !zh.containsKey(q + "." + key) && !zh.containsKey(key)) {
                    missing.add(q + "." + key);
                }
            }
            for (var p : spec.positionalParameters()) {
                String key = p.paramLabel() + "[" + p.index() + "]";
                if (!zh.containsKey(q + "." + key)) {
                    missing.add(q + "." + key);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "--help --lang zh would show English for these: add them, in Chinese, to "
                + "src/main/resources/qingdan/cli/help_zh.properties:\n" + String.join("\n", missing));
    }
}
