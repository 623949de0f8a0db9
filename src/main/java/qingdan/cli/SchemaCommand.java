package qingdan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qingdan.cli.Main.UsageError;
import qingdan.bind.Schemas;
import qingdan.model.Kind;

/** {@code qingdan schema [KIND]}: the JSON Schema of a catalogue kind, for editors and tools. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the JSON Schema (draft 2020-12) of a catalogue kind, or of all kinds.",
        footer = {"", "Examples:",
            "  qingdan schema establishment-plan > establishment-plan.schema.json",
            "  then, first line of a catalogue:  # yaml-language-server: $schema=establishment-plan.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KIND", arity = "0..1",
            description = "establishment-plan, delegation-catalogue, assessment-catalogue, duty-transfer-list, "
                    + "public-service-catalogue, staffing-ledger or personnel-roster (default: all).")
    String kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (kind == null) {
            spec.commandLine().getOut().print(Schemas.text(Schemas.all()));
        } else {
            Kind k = KindArgument.parse(kind, "");
            spec.commandLine().getOut().print(Schemas.text(Schemas.of(k)));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
