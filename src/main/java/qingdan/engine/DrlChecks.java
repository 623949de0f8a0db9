package qingdan.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import qingdan.bind.InputError;
import qingdan.pack.CheckContract;
import qingdan.pack.Contracts;
import qingdan.pack.Packs;

/**
 * A folder's DRL against its contracts: it compiles on its own, every rule belongs to a check of
 * the folder's contracts, names that check in its {@code Check(rule == "...")} pattern, and every
 * rule a contract lists exists. A folder that fails any of these is left out of the run whole,
 * with input errors where the mistakes are; the other folders run.
 */
final class DrlChecks {
    /** The guard every rule of a check has: {@code Check(rule == "<check id>", ...)}. */
    private static final Pattern GUARD = Pattern.compile("^\\s*rule\\s*==\\s*\"([^\"]*)\"\\s*$");

    private DrlChecks() {
    }

    /** A DRL rule as written: its name, where it starts, and the check ids its Check patterns name. */
    record Written(String name, int line, int column, List<String> guards) {
    }

    /** The rules of one DRL text, or the parser's errors as input errors of {@code file}. */
    static List<Written> parse(String file, String text, List<InputError> errors) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            errors.add(new InputError(file, e.getLineNumber() > 0 ? e.getLineNumber() : null,
                    e.getColumn() > 0 ? e.getColumn() : null, "rule does not compile: " + oneLine(e.getMessage()),
                    "规则无法编译：" + oneLine(e.getMessage())));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError e : parser.getErrors()) {
                int[] lines = e.getLines();
                errors.add(new InputError(file, lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : null, null,
                        "rule does not compile: " + oneLine(e.getMessage()), "规则无法编译：" + oneLine(e.getMessage())));
            }
            return null;
        }
        List<Written> out = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            List<String> guards = new ArrayList<>();
            guards(r.getLhs(), guards);
            out.add(new Written(r.getName(), r.getLine(), r.getColumn() + 1, guards));
        }
        return out;
    }

    private static void guards(BaseDescr d, List<String> out) {
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType();
            if (type != null && (type.equals("Check") || type.endsWith(".Check"))) {
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        Matcher m = GUARD.matcher(e.getExpression());
                        if (m.matches()) {
                            out.add(m.group(1));
                        }
                    }
                }
            }
            if (p.getSource() != null) {
                return;
            }
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr c : ce.getDescrs()) {
                guards(c, out);
            }
        }
    }

    /**
     * Checks each user folder's DRL; returns the folders that cannot run, their problems added to
     * {@code errors}. The shipped checks are compiled with the jar and tested there.
     */
    static Set<String> validate(Packs packs, List<InputError> errors) {
        Map<String, List<Packs.DrlFile>> byFolder = new LinkedHashMap<>();
        for (Packs.DrlFile f : packs.drl()) {
            if (!f.shipped()) {
                byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> bad = new LinkedHashSet<>();
        Contracts contracts = packs.contracts();
        for (var entry : byFolder.entrySet()) {
            String folder = entry.getKey();
            int before = errors.size();
            Set<String> written = new HashSet<>();
            for (Packs.DrlFile f : entry.getValue()) {
                List<Written> rules = parse(f.display(), new String(f.bytes(), StandardCharsets.UTF_8), errors);
                if (rules == null) {
                    continue;
                }
                for (Written w : rules) {
                    written.add(w.name());
                    keeps(f.display(), w, contracts.ofRule(w.name()), folder, errors);
                }
            }
            for (CheckContract c : contracts.all().values()) {
                if (c.folder().equals(folder)) {
                    for (String rule : c.messages().keySet()) {
                        if (!written.contains(rule)) {
                            errors.add(InputError.at(c.file(), c.pos(), "check '" + c.id() + "' lists a message for DRL rule '" + rule
                                            + "', but no DRL file of " + folder + " has a rule of that name",
                                    "检查 '" + c.id() + "' 为 DRL 规则 '" + rule + "' 给出了消息，但 " + folder + " 中没有此名称的 DRL 规则"));
                        }
                    }
                }
            }
            if (errors.size() == before) {
                compiles(entry.getValue(), errors);
            }
            if (errors.size() > before) {
                bad.add(folder);
            }
        }
        return bad;
    }

    /** One rule against the contract it belongs to. */
    private static void keeps(String file, Written w, CheckContract check, String folder, List<InputError> errors) {
        if (check == null || !check.folder().equals(folder)) {
            String why = check == null ? "no check's contract lists it" : "its name is a rule of " + (check.shipped() ? "the shipped check '" : "check '")
                    + check.id() + "' (" + check.file() + ")";
            errors.add(new InputError(file, w.line(), w.column(), "DRL rule '" + w.name() + "' belongs to no check of this folder ("
                    + why + "); list it under messages: of its check in a NAME.contract.yaml beside the DRL",
                    "DRL 规则 '" + w.name() + "' 不属于本文件夹的任何检查；请在 DRL 旁的 NAME.contract.yaml 中，于其检查的 messages: 下列出它"));
            return;
        }
        if (w.guards().isEmpty()) {
            errors.add(new InputError(file, w.line(), w.column(), "DRL rule '" + w.name() + "' does not name its check: its when must match Check(rule == \""
                    + check.id() + "\", ...), or it would fire for every pack and catalogue",
                    "DRL 规则 '" + w.name() + "' 没有指明其检查：when 中须匹配 Check(rule == \"" + check.id() + "\", ...)"));
        }
        for (String g : w.guards()) {
            if (!g.equals(check.id())) {
                errors.add(new InputError(file, w.line(), w.column(), "DRL rule '" + w.name() + "' matches Check(rule == \"" + g
                        + "\"), but it is a rule of check '" + check.id() + "'; it would never fire. Write Check(rule == \"" + check.id() + "\")",
                        "DRL 规则 '" + w.name() + "' 匹配 Check(rule == \"" + g + "\")，但它属于检查 '" + check.id() + "'，永远不会触发；请写 Check(rule == \""
                                + check.id() + "\")"));
            }
        }
    }

    /** The folder's DRL compiles on its own (it may use only the facts and the findings global). */
    private static void compiles(List<Packs.DrlFile> files, List<InputError> errors) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Packs.DrlFile s : files) {
            kb.add(ResourceFactory.newByteArrayResource(s.bytes()).setSourcePath(s.display()), ResourceType.DRL);
        }
        errors.addAll(errors(kb));
    }

    /** A builder's errors as input errors, each at its file and line. */
    static List<InputError> errors(KnowledgeBuilder kb) {
        List<InputError> out = new ArrayList<>();
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError e : kb.getErrors()) {
                int[] lines = e.getLines();
                String file = e.getResource() != null ? e.getResource().getSourcePath() : "rules";
                String msg = oneLine(e.getMessage());
                out.add(new InputError(file, lines.length > 0 && lines[0] > 0 ? lines[0] : null, null,
                        "rule does not compile: " + msg, "规则无法编译：" + msg));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

}
