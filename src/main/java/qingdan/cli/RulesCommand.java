package qingdan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qingdan.cli.Main.UsageError;
import qingdan.engine.RuleBook;
import qingdan.bind.InputError;
import qingdan.pack.Pack;
import qingdan.pack.PackRule;

/** {@code qingdan rules}: the packs and their rules, each with its clause and quote. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List packs and their rules: id, severity, document, clause, quote.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--pack", paramLabel = "P", description = "Only this pack.")
    String pack;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also load rule packs from DIR.")
    List<Path> rules = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBook book = RuleBook.load(rules);
        var out = spec.commandLine().getOut();
        for (InputError e : book.errors()) {
            spec.commandLine().getErr().println(e.file() + (e.line() != null ? ":" + e.line() : "") + ": " + e.message());
        }
        if (pack != null && !book.packs().containsKey(pack)) {
            throw new UsageError("unknown pack '" + pack + "'; known packs: " + String.join(", ", book.packs().keySet()));
        }
        for (Pack p : book.packs().values()) {
            if (pack != null && !pack.equals(p.id())) {
                continue;
            }
            out.println(p.id() + "  " + p.document() + (p.title() != null && !p.title().equals(p.document()) ? " " + p.title() : ""));
            for (PackRule r : p.rules().values()) {
                out.printf("  %-36s %-8s %s%n", r.id(), r.severity().code(),
                        r.source() == null ? "(data integrity; no clause)" : r.source().document() + " " + r.source().clause());
                if (r.source() != null) {
                    out.println("      “" + r.source().quote() + "”");
                }
            }
            out.println();
        }
        out.flush();
        return book.errors().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT.code();
    }
}
