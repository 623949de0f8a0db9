package qingdan.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import qingdan.bind.InputError;
import qingdan.engine.Finding;
import qingdan.report.Report;
import qingdan.report.ReportView;

/**
 * {@code --format xlsx}: the findings as a workbook, one row per finding with the cell it points
 * at in the source table where there is one, because offices pass findings on as spreadsheets.
 * A workbook is bytes, not text: it is written with {@link #write} to a file only.
 */
public final class XlsxRenderer implements Renderer {

    @Override
    public void render(Report report, RenderOptions options, Writer out) {
        throw new UnsupportedOperationException("an xlsx report is written to a file (--output)");
    }

    public void write(Report r, RenderOptions o, OutputStream out) throws IOException {
        boolean en = o.english();
        Workbook wb = new Workbook(out, "qingdan", "1.0");
        Worksheet summary = wb.newWorksheet(en ? "Summary" : "摘要");
        Worksheet findings = wb.newWorksheet(en ? "Findings" : "检查结果");
        Worksheet errors = wb.newWorksheet(en ? "Input errors" : "输入错误");

        List<String> head = en
                ? List.of("No.", "File", "Where", "Severity", "Rule", "Pack", "Subject", "Message", "Document", "Clause", "Quote",
                        "Waived by", "Fingerprint")
                : List.of("序号", "文件", "位置", "级别", "规则", "规则包", "对象", "问题", "文件依据", "条款", "原文", "豁免", "指纹");
        header(findings, head);
        int row = 1;
        for (Finding f : r.findings()) {
            findings.value(row, 0, row);
            findings.value(row, 1, f.file());
            findings.value(row, 2, ReportView.where(f));
            findings.value(row, 3, ReportView.label(f, en));
            findings.value(row, 4, f.rule());
            findings.value(row, 5, f.pack());
            findings.value(row, 6, f.subject());
            findings.value(row, 7, f.text(en));
            if (f.source() != null) {
                findings.value(row, 8, f.source().document());
                findings.value(row, 9, f.source().clause());
                findings.value(row, 10, f.source().quote());
            }
            if (f.waived() != null) {
                findings.value(row, 11, String.join(" ", nz(f.waived().approvedBy()), nz(f.waived().document()), nz(f.waived().reason())).strip());
            }
            findings.value(row, 12, f.fingerprint());
            row++;
        }
        widths(findings, 6, 36, 14, 8, 26, 16, 20, 50, 20, 10, 50, 30, 34);
        findings.freezePane(0, 1);
        if (row > 1) {
            findings.setAutoFilter(0, 0, row - 1, head.size() - 1);
        }

        header(errors, en ? List.of("File", "Where", "Message") : List.of("文件", "位置", "说明"));
        int e = 1;
        for (InputError ie : r.inputErrors()) {
            errors.value(e, 0, ie.file());
            errors.value(e, 1, nz(ReportView.position(ie)));
            errors.value(e, 2, ie.text(en));
            e++;
        }
        widths(errors, 40, 14, 80);

        ReportView.Counts c = ReportView.counts(r);
        String[][] counts = {
            {en ? "Files checked" : "检查文件数", String.valueOf(c.files())},
            {en ? "Errors" : "错误", String.valueOf(c.errors())},
            {en ? "Warnings" : "警告", String.valueOf(c.warnings())},
            {en ? "Infos" : "提示", String.valueOf(c.infos())},
            {en ? "Waived" : "已豁免", String.valueOf(c.waived())},
            {en ? "Input errors" : "输入错误", String.valueOf(c.inputErrors())},
            {en ? "qingdan version" : "qingdan 版本", r.toolVersion()},
        };
        summary.value(0, 0, en ? "qingdan check report" : "qingdan 检查报告");
        summary.style(0, 0).bold().fontSize(14).set();
        for (int i = 0; i < counts.length; i++) {
            summary.value(i + 2, 0, counts[i][0]);
            if (i < counts.length - 1) {
                summary.value(i + 2, 1, Long.parseLong(counts[i][1]));
            } else {
                summary.value(i + 2, 1, counts[i][1]);
            }
        }
        widths(summary, 20, 16);
        wb.setActiveTab(1);
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            ws.value(0, i, labels.get(i));
        }
        ws.range(0, 0, 0, labels.size() - 1).style().bold().fillColor("DDEBF7").set();
    }

    private static void widths(Worksheet ws, int... w) {
        for (int i = 0; i < w.length; i++) {
            ws.width(i, w[i]);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
