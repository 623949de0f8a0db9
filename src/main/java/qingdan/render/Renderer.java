package qingdan.render;

import java.io.IOException;
import java.io.Writer;
import qingdan.report.Report;

/** One output format of a report. */
public interface Renderer {
    void render(Report report, RenderOptions options, Writer out) throws IOException;
}
