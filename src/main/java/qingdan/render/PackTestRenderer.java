package qingdan.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import qingdan.bind.InputError;
import qingdan.run.PackTests;
import qingdan.run.PackTests.Case;
import qingdan.run.PackTests.RuleResult;
import qingdan.run.PackTests.Status;

/** The result of {@code qingdan test} as text, JSON or JUnit XML (one test case per example or test file). */
public final class PackTestRenderer {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private PackTestRenderer() {
    }

    /** The formats {@code qingdan test} writes. */
    public static final List<String> FORMATS = List.of("text", "json", "junit");

    public static void render(String format, PackTests.Result r, boolean english, Writer out) throws IOException {
        switch (format) {
            case "json" -> json(r, english, out);
            case "junit" -> junit(r, english, out);
            default -> text(r, english, out);
        }
    }

    private static String status(Status s, boolean en) {
        return switch (s) {
            case PASSED -> en ? "passed" : "通过";
            case FAILED -> en ? "FAILED" : "失败";
            case NO_FAILING_EXAMPLE -> en ? "no failing example" : "没有不通过的示例";
        };
    }

    private static void text(PackTests.Result r, boolean en, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (InputError e : r.errors()) {
            b.append(e.file()).append(e.line() == null ? "" : ":" + e.line() + (e.column() == null ? "" : ":" + e.column()))
                    .append(": ").append(Printable.escape(e.text(en))).append('\n');
        }
        String pack = null;
        for (RuleResult rule : r.rules()) {
            if (!rule.pack().equals(pack)) {
                pack = rule.pack();
                b.append(b.length() == 0 ? "" : "\n").append(pack).append('\n');
            }
            b.append(String.format("  %-8s %s%n", status(rule.status(), en), rule.rule()));
            for (Case c : rule.examples()) {
                for (PackTests.Problem p : c.problems()) {
                    b.append("           ").append(c.file()).append(": ").append(Printable.escape(p.text(en))).append('\n');
                }
            }
            if (rule.status() == Status.NO_FAILING_EXAMPLE) {
                b.append("           ").append(en ? "nothing shows this rule firing: add examples/" : "没有示例表明此规则会触发：请添加 examples/")
                        .append(rule.rule()).append(".fail.yaml\n");
            }
        }
        for (Case c : r.tests()) {
            b.append(String.format("  %-8s %s%n", c.passed() ? status(Status.PASSED, en) : status(Status.FAILED, en), c.file()));
            for (PackTests.Problem p : c.problems()) {
                b.append("           ").append(Printable.escape(p.text(en))).append('\n');
            }
        }
        long failedTests = r.tests().stream().filter(c -> !c.passed()).count();
        b.append('\n').append(en
                ? r.rules().size() + " rules: " + r.count(Status.PASSED) + " passed, " + r.count(Status.FAILED) + " failed, "
                        + r.count(Status.NO_FAILING_EXAMPLE) + " with no failing example; " + r.tests().size() + " test files: "
                        + (r.tests().size() - failedTests) + " passed, " + failedTests + " failed"
                : r.rules().size() + " 条规则：" + r.count(Status.PASSED) + " 条通过，" + r.count(Status.FAILED) + " 条失败，"
                        + r.count(Status.NO_FAILING_EXAMPLE) + " 条没有不通过的示例；" + r.tests().size() + " 个测试文件："
                        + (r.tests().size() - failedTests) + " 个通过，" + failedTests + " 个失败").append('\n');
        out.write(b.toString());
    }

    private static void json(PackTests.Result r, boolean en, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("rules", r.rules().size());
            g.writeNumberField("passed", r.count(Status.PASSED));
            g.writeNumberField("failed", r.count(Status.FAILED));
            g.writeNumberField("noFailingExample", r.count(Status.NO_FAILING_EXAMPLE));
            g.writeNumberField("tests", r.tests().size());
            g.writeNumberField("testsFailed", r.tests().stream().filter(c -> !c.passed()).count());
            g.writeNumberField("packErrors", r.errors().size());
            g.writeEndObject();
            g.writeArrayFieldStart("packErrors");
            for (InputError e : r.errors()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeObjectField("line", e.line());
                g.writeObjectField("column", e.column());
                g.writeStringField("message", e.text(en));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (RuleResult rule : r.rules()) {
                g.writeStartObject();
                g.writeStringField("pack", rule.pack());
                g.writeStringField("rule", rule.rule());
                g.writeStringField("status", switch (rule.status()) {
                    case PASSED -> "passed";
                    case FAILED -> "failed";
                    case NO_FAILING_EXAMPLE -> "no-failing-example";
                });
                g.writeArrayFieldStart("examples");
                for (Case c : rule.examples()) {
                    jsonCase(g, c, en);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tests");
            for (Case c : r.tests()) {
                jsonCase(g, c, en);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void jsonCase(JsonGenerator g, Case c, boolean en) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", c.file());
        g.writeStringField("expect", c.kind());
        g.writeBooleanField("passed", c.passed());
        g.writeArrayFieldStart("problems");
        for (PackTests.Problem p : c.problems()) {
            g.writeString(p.text(en));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One test suite per pack; one test case per example and test file. */
    private static void junit(PackTests.Result r, boolean en, Writer out) throws IOException {
        Map<String, List<Case>> byPack = new LinkedHashMap<>();
        for (RuleResult rule : r.rules()) {
            byPack.computeIfAbsent(rule.pack(), k -> new ArrayList<>()).addAll(rule.examples());
        }
        for (Case c : r.tests()) {
            byPack.computeIfAbsent(c.pack(), k -> new ArrayList<>()).add(c);
        }
        int tests = byPack.values().stream().mapToInt(List::size).sum();
        long failures = byPack.values().stream().flatMap(List::stream).filter(c -> !c.passed()).count();
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "qingdan test");
            x.writeAttribute("tests", Integer.toString(tests + r.errors().size()));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", Integer.toString(r.errors().size()));
            x.writeCharacters("\n");
            if (!r.errors().isEmpty()) {
                x.writeCharacters("  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", "packs");
                x.writeAttribute("tests", Integer.toString(r.errors().size()));
                x.writeAttribute("failures", "0");
                x.writeAttribute("errors", Integer.toString(r.errors().size()));
                x.writeCharacters("\n");
                for (InputError e : r.errors()) {
                    String where = e.file() + (e.line() == null ? "" : ":" + e.line() + (e.column() == null ? "" : ":" + e.column()));
                    x.writeCharacters("    ");
                    x.writeStartElement("testcase");
                    x.writeAttribute("classname", "packs");
                    x.writeAttribute("name", JunitRenderer.clean(where));
                    x.writeStartElement("error");
                    x.writeAttribute("message", JunitRenderer.clean(e.text(en)));
                    x.writeEndElement();
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
                x.writeCharacters("  ");
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (var e : byPack.entrySet()) {
                x.writeCharacters("  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", e.getKey());
                x.writeAttribute("tests", Integer.toString(e.getValue().size()));
                x.writeAttribute("failures", Long.toString(e.getValue().stream().filter(c -> !c.passed()).count()));
                x.writeAttribute("errors", "0");
                x.writeCharacters("\n");
                for (Case c : e.getValue()) {
                    x.writeCharacters("    ");
                    x.writeStartElement("testcase");
                    x.writeAttribute("classname", e.getKey() + (c.rule() == null ? "" : "." + c.rule()));
                    x.writeAttribute("name", JunitRenderer.clean(c.file()));
                    x.writeAttribute("file", JunitRenderer.clean(c.file()));
                    if (!c.passed()) {
                        List<String> lines = c.problems().stream().map(p -> p.text(en)).toList();
                        x.writeStartElement("failure");
                        x.writeAttribute("message", JunitRenderer.clean(lines.get(0)));
                        x.writeCharacters(JunitRenderer.clean(String.join("\n", lines)));
                        x.writeEndElement();
                    }
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
                x.writeCharacters("  ");
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException ex) {
            throw new IOException(ex);
        }
    }
}
