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

        // The item id (MX-003) and township are what a reviewer cites and sorts by; the rule's
        // Chinese title stands beside its id in Chinese, as in every other Chinese view.
        List<String> head = en
                ? List.of("No.", "File", "Where", "Severity", "Rule", "Pack", "Township", "Item", "Subject", "Message", "Document",
                        "Clause", "Quote", "Waived by", "Fingerprint")
                : List.of("序号", "文件", "位置", "级别", "规则", "规则名称", "规则包", "乡镇", "编号", "对象", "问题", "文件依据", "条款", "原文",
                        "豁免", "指纹");
        ReportView.Titles titles = ReportView.titles(r);
        header(findings, head);
        int row = 1;
        for (Finding f : r.findings()) {
            int c = 0;
            findings.value(row, c++, row);
            findings.value(row, c++, f.file());
            findings.value(row, c++, ReportView.where(f));
            findings.value(row, c++, ReportView.label(f, en));
            findings.value(row, c++, f.rule());
            if (!en) {
                findings.value(row, c++, nz(titles.of(f, false)));
            }
            findings.value(row, c++, f.pack());
            findings.value(row, c++, nz(f.township()));
            findings.value(row, c++, nz(f.item()));
            findings.value(row, c++, f.subject());
            findings.value(row, c++, f.text(en));
            if (f.source() != null) {
                findings.value(row, c, f.source().document());
                findings.value(row, c + 1, f.source().clause());
                findings.value(row, c + 2, f.source().quote());
            }
            c += 3;
            if (f.waived() != null) {
                findings.value(row, c, String.join(" ", nz(f.waived().approvedBy()), nz(f.waived().document()), nz(f.waived().reason())).strip());
            }
            c++;
            findings.value(row, c, f.fingerprint());
            row++;
        }
        if (en) {
            widths(findings, 6, 36, 14, 8, 26, 16, 12, 12, 20, 50, 20, 10, 50, 30, 34);
        } else {
            widths(findings, 6, 36, 14, 8, 26, 24, 16, 12, 12, 20, 50, 20, 10, 50, 30, 34);
        }
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
