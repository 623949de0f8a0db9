package qingdan.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.Severity;
import qingdan.report.Report;
import qingdan.report.ReportView;

/**
 * JUnit XML, as CI servers read test results: one {@code <testsuite>} per file, one
 * {@code <testcase>} per finding or input error.
 *
 * <ul>
 *   <li>an error or warning is a {@code <failure>} (type = severity);</li>
 *   <li>an info is a passing test case whose {@code <system-out>} says what it found;</li>
 *   <li>a waived finding is {@code <skipped>}, the waiver as its message;</li>
 *   <li>an input error is an {@code <error>}.</li>
 * </ul>
 *
 * <p>The report knows only the files that have something to say; a run with nothing to say gets
 * one suite with one passing test case, so that no CI reads it as "no tests ran".
 */
public final class JunitRenderer implements Renderer {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private record Counts(int tests, int failures, int errors, int skipped) {
        Counts plus(Counts o) {
            return new Counts(tests + o.tests, failures + o.failures, errors + o.errors, skipped + o.skipped);
        }
    }

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        boolean en = o.english();
        List<ReportView.FileGroup> byFile = ReportView.byFile(r);
        ReportView.Titles titles = ReportView.titles(r);
        Counts total = new Counts(0, 0, 0, 0);
        for (ReportView.FileGroup g : byFile) {
            total = total.plus(counts(g));
        }
        boolean clean = byFile.isEmpty();
        if (clean) {
            total = new Counts(1, 0, 0, 0);
        }
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "qingdan");
            counts(x, total);
            for (ReportView.FileGroup g : byFile) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", clean(g.file()));
                counts(x, counts(g));
                for (Object item : g.items()) {
                    x.writeCharacters("\n    ");
                    if (item instanceof InputError ie) {
                        inputError(x, ie, en);
                    } else {
                        finding(x, (Finding) item, titles.of((Finding) item, en), en);
                    }
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            if (clean) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", "qingdan");
                counts(x, total);
                x.writeCharacters("\n    ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", "qingdan");
                x.writeAttribute("name", clean(ReportView.summary(r, en)));
                x.writeEndElement();
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.writeCharacters("\n");
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    /** An error or warning fails its test case; an info passes; a waived one is skipped. */
    private static Counts counts(ReportView.FileGroup g) {
        return new Counts(g.items().size(), (int) (g.count(Severity.ERROR) + g.count(Severity.WARNING)),
                g.inputErrors().size(), (int) g.waived());
    }

    private static void counts(XMLStreamWriter x, Counts c) throws XMLStreamException {
        x.writeAttribute("tests", String.valueOf(c.tests));
        x.writeAttribute("failures", String.valueOf(c.failures));
        x.writeAttribute("errors", String.valueOf(c.errors));
        x.writeAttribute("skipped", String.valueOf(c.skipped));
    }

    private static void inputError(XMLStreamWriter x, InputError e, boolean en) throws XMLStreamException {
        String where = e.cell() != null ? " (" + e.cell() + ")"
                : e.line() == null ? "" : " (" + (e.column() == null ? e.line() : e.line() + ":" + e.column()) + ")";
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(e.file()));
        x.writeAttribute("name", clean((en ? "input error" : "输入错误") + where));
        x.writeStartElement("error");
        x.writeAttribute("message", clean(e.text(en)));
        x.writeAttribute("type", "input-error");
        x.writeCharacters(clean(e.text(en) + "\n" + e.file() + (e.line() == null ? "" : ":" + e.line()
                + (e.column() == null ? "" : ":" + e.column()))));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void finding(XMLStreamWriter x, Finding f, String title, boolean en) throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(f.file()));
        x.writeAttribute("name", clean(f.rule() + " " + f.subject() + " (" + (f.cell() != null ? f.cell() : f.line() + ":" + f.column()) + ") [" + f.pack() + "]"));
        String body = details(f, title, en);
        if (f.waived() != null) {
            Finding.Waived w = f.waived();
            String by = (nz(w.approvedBy()) + " " + nz(w.document())).strip();
            String reason = w.reason() == null || w.reason().isBlank() ? "" : (en ? ": " : "：") + w.reason().strip();
            x.writeStartElement("skipped");
            x.writeAttribute("message", clean((en ? "waived by " : "已豁免：") + by + reason
                    + (w.expires() == null ? "" : (en ? " (until " : "（有效期至 ") + w.expires() + (en ? ")" : "）"))));
            x.writeEndElement();
            x.writeStartElement("system-out");
            x.writeCharacters(clean(body));
            x.writeEndElement();
        } else if (f.severity() == Severity.INFO) {
            x.writeStartElement("system-out");
            x.writeCharacters(clean(body));
            x.writeEndElement();
        } else {
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(f.text(en)));
            x.writeAttribute("type", f.severity().code());
            x.writeCharacters(clean(body));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** The message, the clause and its quote, and where: what a CI page shows under a test case. */
    private static String details(Finding f, String title, boolean en) {
        StringBuilder sb = new StringBuilder();
        sb.append(en ? f.severity().code() : f.severity().zh()).append(' ').append(f.rule())
                .append(title != null ? " " + title : "").append(" [").append(f.pack()).append("] ").append(f.subject()).append(en ? ": " : "：")
                .append(f.text(en)).append('\n');
        if (f.source() != null) {
            sb.append(f.source().document()).append(' ').append(f.source().clause()).append(en ? ": “" : "：“")
                    .append(f.source().quote()).append("”\n");
        }
        sb.append(f.file()).append(':').append(f.cell() != null ? f.cell() : f.line() + ":" + f.column());
        return sb.toString();
    }

    /** XML 1.0 cannot carry most control characters, even escaped; they become U+FFFD. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
