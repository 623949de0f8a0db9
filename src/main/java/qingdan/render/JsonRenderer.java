package qingdan.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.report.Report;
import qingdan.report.ReportView;

/**
 * The machine contract of cli.md: the JSON report, keys in the documented order. Its lists are
 * the report's, in report order, ungrouped; its counts are {@link ReportView#counts}.
 */
public final class JsonRenderer implements Renderer {
    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "qingdan");
            g.writeStringField("version", r.toolVersion());
            g.writeEndObject();
            ReportView.Counts c = ReportView.counts(r);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", c.files());
            g.writeNumberField("errors", c.errors());
            g.writeNumberField("warnings", c.warnings());
            g.writeNumberField("infos", c.infos());
            g.writeNumberField("inputErrors", c.inputErrors());
            // cli.md's five counts always; the others only where waivers or a baseline apply
            if (c.waived() > 0) {
                g.writeNumberField("waived", c.waived());
            }
            if (c.baselined() != null) {
                g.writeNumberField("baselined", c.baselined());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("inputErrors");
            for (InputError e : r.inputErrors()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                writeInt(g, "line", e.line());
                writeInt(g, "column", e.column());
                if (e.cell() != null) {
                    g.writeStringField("cell", e.cell());
                }
                g.writeStringField("message", e.text(o.english()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                finding(g, f, o);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void finding(JsonGenerator g, Finding f, RenderOptions o) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().code());
        g.writeStringField("pack", f.pack());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        if (f.cell() != null) {
            g.writeStringField("cell", f.cell());
        }
        g.writeStringField("subject", f.subject());
        if (f.item() != null) {
            g.writeStringField("item", f.item());
        }
        if (f.township() != null) {
            g.writeStringField("township", f.township());
        }
        g.writeStringField("message", f.text(o.english()));
        if (f.source() == null) {
            g.writeNullField("source");
        } else {
            g.writeObjectFieldStart("source");
            g.writeStringField("document", f.source().document());
            g.writeStringField("clause", f.source().clause());
            g.writeStringField("quote", f.source().quote());
            g.writeEndObject();
        }
        g.writeStringField("fingerprint", f.fingerprint());
        if (f.waived() != null) {
            g.writeObjectFieldStart("waived");
            g.writeStringField("rule", f.waived().rule());
            g.writeStringField("approved_by", f.waived().approvedBy());
            g.writeStringField("document", f.waived().document());
            g.writeStringField("reason", f.waived().reason());
            if (f.waived().expires() == null) {
                g.writeNullField("expires");
            } else {
                g.writeStringField("expires", f.waived().expires());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeInt(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
