package qingdan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qingdan.cli.Main.UsageError;
import qingdan.bind.InputError;
import qingdan.bind.Problems;
import qingdan.load.Tables;
import qingdan.model.Kind;
import qingdan.table.Columns;
import qingdan.table.TableWriter;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YamlWriter;

/**
 * {@code qingdan convert FILE --to yaml|xlsx}: a catalogue in its other form, with nothing lost:
 * both forms are read into one tree, and the tree is written out again.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a catalogue in the other form: a YAML file as a workbook, or a workbook (or CSV file) as YAML.",
            "Nothing is lost but YAML comments; the input is never written to."},
        footer = {"", "Examples:",
            "  qingdan convert plans/establishment-plan.yaml --to xlsx      writes plans/establishment-plan.xlsx",
            "  qingdan convert 赋权清单.xlsx --to yaml --output catalogues/delegation.yaml"})
final class ConvertCommand implements Callable<Integer> {

    enum Form { yaml, xlsx }

    @Parameters(paramLabel = "FILE", description = "A catalogue: .yaml/.yml, .xlsx, or .csv (with its .header.yaml).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORM", description = "yaml or xlsx.")
    Form to;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: FILE with the new extension, beside it; "
            + "an existing file is replaced only when --output names it).")
    Path output;

    @Option(names = "--lang", paramLabel = "L", description = "Language of messages: ${COMPLETION-CANDIDATES}.")
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean en = Lang.english(lang);
        if (!Files.isRegularFile(file)) {
            throw new UsageError(en ? file + ": no such file" : file + "：文件不存在");
        }
        Path target = output != null ? output : file.resolveSibling(stem(file) + (to == Form.yaml ? ".yaml" : ".xlsx"));
        if (Outputs.same(target, file) || target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new UsageError(en ? target + " is the file being converted; name another with --output"
                    : target + " 就是要转换的文件：请用 --output 指定另一个文件");
        }
        if (Files.exists(target) && (output == null || !Files.isRegularFile(target))) {
            throw new UsageError(en ? target + " already exists; name it with --output to replace it"
                    : target + " 已存在：如要覆盖，请用 --output 明确指定");
        }
        Problems problems = new Problems(file.toString().replace('\\', '/'));
        YNode tree = new Tables().tree(file, problems);
        if (tree == null || !problems.isEmpty()) {
            return failed(problems.errors(), en);
        }
        Kind kind = tree instanceof YMap m && m.get("kind") instanceof YScalar s && s.text() != null ? kindOf(s.text()) : null;
        if (kind == null) {
            problems.add(tree.pos(), "not a catalogue of a known kind: it needs a 'kind:' of establishment-plan, delegation-catalogue, "
                    + "assessment-catalogue or duty-transfer-list", "不是可识别的清单：需要 kind: 写明清单类型");
            return failed(problems.errors(), en);
        }
        YMap root = (YMap) tree;
        Columns.Layout layout = Columns.of(kind);
        if (to == Form.xlsx) {
            List<String> lost = TableWriter.unplaced(layout, root);
            if (!lost.isEmpty()) {
                for (String l : lost) {
                    problems.add(null, "key " + l + " has no column in a workbook of this kind: fix or remove it, then convert",
                            "键 " + l + " 在该类清单的工作簿中没有对应的列：请修正或删除后再转换");
                }
                return failed(problems.errors(), en);
            }
            Outputs.write(target, out -> TableWriter.write(layout, root, out));
        } else {
            String text = "# " + kind.zh() + (en ? ", converted by qingdan from " : "，由 qingdan 转换自 ") + file.getFileName() + "\n"
                    + YamlWriter.write(root).stripLeading();
            Outputs.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        spec.commandLine().getErr().println(en ? "qingdan: wrote " + target : "qingdan：已写入 " + target);
        return ExitCode.OK.code();
    }

    private int failed(List<InputError> errors, boolean en) {
        for (InputError e : errors) {
            String where = e.cell() != null ? e.cell() : e.line() == null ? "" : e.line() + ":" + e.column();
            spec.commandLine().getErr().println(e.file() + (where.isEmpty() ? "" : ":" + where) + ": " + e.text(en));
        }
        spec.commandLine().getErr().println(en ? "qingdan: nothing written; fix the input errors above first"
                : "qingdan：未写入任何文件；请先修正以上输入错误");
        return ExitCode.INPUT.code();
    }

    private static Kind kindOf(String text) {
        for (Kind k : Kind.values()) {
            if (k.matches(text.strip())) {
                return k;
            }
        }
        return null;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
