package qingdan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import qingdan.pack.CheckContract;
import qingdan.pack.Pack;
import qingdan.pack.PackRule;

/**
 * {@code qingdan explain RULE}: what a rule checks, why (each pack's clause, quoted), the data it
 * reads, the pack's numbers, and an example that fails and one that passes.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explain a rule: what it checks, the clause it encodes (quoted), the data it reads, and examples.",
        footer = {"", "Examples:", "  qingdan explain party-government-cap", "  qingdan explain one-veto-unapproved --pack jilin-2017"})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE", description = "A rule id, as `qingdan rules` lists them.")
    String rule;

    @Option(names = "--pack", paramLabel = "P", description = "Only this pack's reading of the rule.")
    String pack;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also load rule packs from DIR.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "L", description = "Language: ${COMPLETION-CANDIDATES} (default: from the locale).")
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RuleBook book = RuleBook.load(rules);
        List<PackRule> readings = new ArrayList<>();
        for (Pack p : book.packs().values()) {
            PackRule r = p.rules().get(rule);
            if (r != null && (pack == null || pack.equals(p.id()))) {
                readings.add(r);
            }
        }
        if (readings.isEmpty()) {
            if (pack != null && book.packs().containsKey(pack) && book.knowsRule(rule)) {
                throw new UsageError("pack " + pack + " has no rule '" + rule + "'");
            }
            String near = book.nearestRule(rule);
            boolean en = Lang.english(lang);
            throw new UsageError(pack != null && !book.packs().containsKey(pack) ? (en ? "unknown pack '" + pack + "'" : "未知的规则包 '" + pack + "'")
                    : en ? "unknown rule '" + rule + "'" + (near != null ? "; did you mean '" + near + "'?" : "; `qingdan rules` lists them")
                    : "未知的规则 '" + rule + "'" + (near != null ? "，是否应为 '" + near + "'？" : "；可用 `qingdan rules` 查看全部规则"));
        }
        boolean english = Lang.english(lang);
        PrintWriter out = spec.commandLine().getOut();
        CheckContract check = book.checks().get(rule);
        // The title beside the id when every pack names the rule alike; else each pack's below.
        java.util.Set<String> titles = new java.util.LinkedHashSet<>();
        readings.forEach(r -> titles.add(r.title(english)));
        String title = titles.size() == 1 ? titles.iterator().next() : null;
        out.println(title != null ? rule + "  " + title : rule);
        if (check != null) {
            String about = english || check.aboutZh() == null ? check.about() : check.aboutZh();
            if (about != null) {
                out.println("  " + about);
            }
            if (check.reads() != null) {
                out.println("  " + (english ? "reads: " : "读取：") + check.reads());
            }
            if (!check.params().isEmpty()) {
                List<String> takes = new ArrayList<>();
                check.params().forEach((name, p) -> takes.add(name + " (" + p.type().code() + (p.required() ? "" : english ? ", optional" : "，可选") + ")"));
                out.println("  " + (english ? "takes: " : "参数：") + String.join(", ", takes));
            }
        } else {
            out.println("  " + (english ? "acts on findings: a waiver's expiry and use (waivers:)" : "作用于检查结果：豁免是否过期、是否被使用（waivers:）"));
        }
        out.println();
        Path fail = null;
        Path pass = null;
        String examplePack = null;
        for (PackRule r : readings) {
            Pack p = book.packs().get(r.pack());
            String own = title == null ? r.title(english) : null;
            out.printf("  %s  %s%s%n", r.pack(), r.severity().code(), own != null ? "  " + own : "");
            if (r.source() != null) {
                out.println("    " + r.source().document() + " " + r.source().clause());
                out.println("    “" + r.source().quote() + "”");
            }
            if (!r.params().values().isEmpty()) {
                out.println("    " + (english ? "numbers: " : "参数：") + r.params());
            }
            out.println();
            Path f = p.folder().resolve("examples").resolve(rule + ".fail.yaml");
            Path s = p.folder().resolve("examples").resolve(rule + ".pass.yaml");
            if (fail == null && Files.exists(f) && Files.exists(s)) {
                fail = f;
                pass = s;
                examplePack = r.pack();
            }
        }
        if (fail != null) {
            out.println((english ? "An example that fails (" : "不通过的示例（") + examplePack + (english ? "):" : "）："));
            out.println(indent(Files.readString(fail, StandardCharsets.UTF_8)));
            out.println((english ? "An example that passes:" : "通过的示例："));
            out.println(indent(Files.readString(pass, StandardCharsets.UTF_8)));
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static String indent(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\\R")) {
            b.append("    ").append(line).append('\n');
        }
        return b.toString();
    }
}
