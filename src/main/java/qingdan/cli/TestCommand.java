package qingdan.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qingdan.cli.Main.UsageError;
import qingdan.engine.RuleBook;
import qingdan.render.PackTestRenderer;
import qingdan.run.PackTests;

/** {@code qingdan test}: runs rule packs' examples and test files, as {@code conftest verify} does. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Run the tests of rule packs: each rule's failing and passing examples (examples/RULE.fail.yaml, "
                + "examples/RULE.pass.yaml) and the pack's test files (tests/*.yaml with an expect: list).",
        footer = {"",
            "Examples:",
            "  qingdan test                          test the shipped packs",
            "  qingdan test mypacks/                 test every pack under mypacks/ (or one pack folder)",
            "  qingdan test --format junit --output packs.xml mypacks/   a JUnit report for CI",
            "",
            "Exit codes: 0 every example and test passed; 1 one failed; 2 a pack cannot be loaded, or bad usage."})
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PACK_DIR", arity = "0..*",
            description = "Pack folders, or folders of pack folders (default: the shipped packs).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, json or junit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "L",
            description = "Language of messages: ${COMPLETION-CANDIDATES} (default: zh in a Chinese locale, else en).")
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!PackTestRenderer.FORMATS.contains(format)) {
            throw new UsageError("unknown --format '" + format + "'; expected one of: " + String.join(", ", PackTestRenderer.FORMATS));
        }
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                throw new UsageError(d + " is not a folder; name pack folders, or folders of pack folders");
            }
        }
        RuleBook book = RuleBook.forTests(dirs);
        PackTests.Result result = new PackTests(book, Version.get(), LocalDate.now()).run(dirs);
        if (!dirs.isEmpty() && result.rules().isEmpty() && result.tests().isEmpty() && result.errors().isEmpty()) {
            // Passing on nothing would read as "all tests passed".
            throw new UsageError(dirs.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " holds no pack (a folder with a pack.yaml, or a folder of such folders): nothing to test; "
                    + "qingdan test alone tests the shipped packs");
        }
        StringWriter buffer = new StringWriter();
        PackTestRenderer.render(format, result, Lang.english(lang), buffer);
        if (output == null) {
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
        } else {
            Outputs.write(output, out -> out.write(buffer.toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (!result.errors().isEmpty()) {
            return ExitCode.INPUT.code();
        }
        return result.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
