package qingdan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qingdan.cli.Main.UsageError;
import qingdan.model.Kind;
import qingdan.table.Columns;
import qingdan.table.TableWriter;

/** {@code qingdan template KIND}: an empty workbook of a kind, for an office to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write an empty workbook of a catalogue kind: a 说明 (instructions) sheet, the 表头 (header) sheet,",
            "the list sheet with its column labels and drop-down lists, and a 豁免 (waivers) sheet."},
        footer = {"", "Examples:",
            "  qingdan template establishment-plan                   writes establishment-plan.xlsx here",
            "  qingdan template 赋权清单 --output 赋权清单.xlsx        a delegation catalogue, named in Chinese"})
final class TemplateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KIND", description = "establishment-plan, delegation-catalogue, assessment-catalogue, "
            + "duty-transfer-list (or the Chinese name).")
    String kind;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write it (default: KIND.xlsx here). An existing file is "
            + "replaced only when --output names it.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Kind k = KindArgument.parse(kind, "");
        Path target = output != null ? output : Path.of(k.code() + ".xlsx");
        if (output == null && Files.exists(target)) {
            throw new UsageError(target + " already exists; name another file with --output, or --output " + target + " to replace it");
        }
        Outputs.write(target, out -> TableWriter.write(Columns.of(k), null, out));
        spec.commandLine().getErr().println("qingdan: wrote " + target);
        return ExitCode.OK.code();
    }
}
