package qingdan.render;

import qingdan.report.Report;
import qingdan.report.ReportView;
import qingdan.report.Scope;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qingdan.engine.Finding;
import qingdan.bind.InputError;

/**
 * One self-contained HTML page (inline CSS, no script, nothing loaded from elsewhere), grouped as
 * the text report is: per file, its input errors and then its findings, each with the clause it
 * cites; the summary at the top. Every piece of data is HTML-escaped.
 */
public final class HtmlRenderer implements Renderer {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;\
            margin:2em auto;max-width:72em;padding:0 1em;color:#1f2328;line-height:1.5}
            h1{font-size:1.6em;margin-bottom:.2em}
            h2{font-size:1.15em;margin-top:2em;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
            .summary{font-size:1.05em;padding:.6em 1em;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.35em .6em;border-bottom:1px solid #d0d7de}
            th{background:#f6f8fa;font-weight:600}
            td.pos{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap;color:#59636e}
            td.rule code{font-size:.95em}
            .pack{color:#59636e;font-size:.9em}
            .sev{font-weight:600;white-space:nowrap}
            .sev-error,.sev-input{color:#cf222e}
            .sev-warning{color:#9a6700}
            .sev-info{color:#0969da}
            tr.waived td{color:#59636e}
            tr.waived .sev{color:#59636e;font-weight:400}
            blockquote{margin:.4em 0 0;padding:.1em .8em;border-left:3px solid #d0d7de;color:#3d444d}
            .cite{font-size:.9em;color:#59636e;margin-top:.4em}
            .waiver{font-size:.9em;margin-top:.3em}
            .none{color:#1a7f37}
            table.meta{width:auto;margin:.8em 0}
            table.meta th{background:none;font-weight:600;padding-right:1.5em;white-space:nowrap}
            table.bysubject td.n{text-align:right;font-variant-numeric:tabular-nums}
            td.item,td.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
            table.catalogues,table.documents{margin:.4em 0 1em;font-size:.95em}
            table.catalogues td.pos{white-space:normal;word-break:break-all;width:28%}
            table.catalogues td.kind,table.catalogues td.jurisdiction,table.catalogues td.judged{min-width:6.5em}
            h2.scope{font-family:inherit;font-size:1.05em;margin-top:1.2em}
            .file-title{margin:-.4em 0 .6em;color:#3d444d}
            a{color:#0969da;text-decoration:none}
            @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}\
            thead{display:table-header-group}tr,blockquote,.cite,table.meta{break-inside:avoid;page-break-inside:avoid}\
            h2,.file-title{break-after:avoid;page-break-after:avoid}a{color:inherit}.summary{background:none}}
            """;

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        boolean en = o.english();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"qingdan ").append(esc(r.toolVersion())).append("\">\n")
                .append("<title>").append(en ? "qingdan report" : "qingdan 检查报告")
                .append(esc(ReportView.titleJurisdictions(r, en).stream().map(j -> " · " + j).collect(java.util.stream.Collectors.joining())))
                .append("</title>\n")
                .append("<style>\n").append(CSS).append(page(r, en)).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(en ? "qingdan report" : "qingdan 检查报告").append("</h1>\n")
                .append("<p class=\"summary\">").append(esc(ReportView.summary(r, en))).append("</p>\n");
        for (String note : ReportView.notes(r, en)) {
            sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        meta(sb, r, en);
        bySubject(sb, r, en);
        // Anchors by position in the report, so the summary can link to a finding.
        java.util.Map<Finding, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < r.findings().size(); i++) {
            index.put(r.findings().get(i), i);
        }
        List<ReportView.FileGroup> byFile = ReportView.byFile(r);
        ReportView.Titles titles = ReportView.titles(r);
        Map<String, Scope.Catalogue> catalogues = ReportView.catalogues(r);
        if (byFile.isEmpty()) {
            sb.append("<p class=\"none\">").append(en ? "No findings." : "未发现问题。").append("</p>\n");
        }
        for (ReportView.FileGroup g : byFile) {
            sb.append("<section>\n<h2>").append(esc(g.file())).append("</h2>\n");
            Scope.Catalogue c = catalogues.get(g.file());
            if (c != null && c.title() != null) {
                sb.append("<p class=\"file-title\">").append(esc(c.title()))
                        .append(c.jurisdiction() == null ? "" : " · " + esc(c.jurisdiction())).append("</p>\n");
            }
            sb.append("<table>\n<thead><tr>")
                    .append(en ? "<th>line</th><th>severity</th><th>rule</th><th>id</th><th>subject</th><th>message</th>"
                            : "<th>行</th><th>级别</th><th>规则</th><th>编号</th><th>对象</th><th>说明</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (InputError ie : g.inputErrors()) {
                inputError(sb, ie, en);
            }
            for (Finding f : g.open()) {
                finding(sb, f, titles.of(f, en), en, index.get(f));
            }
            sb.append("</tbody>\n</table>\n");
            if (g.withheld()) {
                sb.append("<p class=\"withheld\">").append(esc(ReportView.withheld(en))).append("</p>\n");
            }
            sb.append("</section>\n");
        }
        java.util.Map<Integer, Finding> waived = ReportView.waived(r);
        if (!waived.isEmpty()) {
            sb.append("<section>\n<h2 class=\"waived-title\">").append(en ? "Waived findings, with their approvals" : "已豁免的问题及批准文件")
                    .append("</h2>\n<table>\n<thead><tr>")
                    .append(en ? "<th>where</th><th>severity</th><th>rule</th><th>id</th><th>subject</th><th>message</th>"
                            : "<th>位置</th><th>级别</th><th>规则</th><th>编号</th><th>对象</th><th>说明</th>")
                    .append("</tr></thead>\n<tbody>\n");
            waived.forEach((i, f) -> finding(sb, f, titles.of(f, en), en, i));
            sb.append("</tbody>\n</table>\n</section>\n");
        }
        sb.append("</body>\n</html>\n");
        out.write(sb.toString());
    }

    /**
     * The running header and footer of printed pages, in the report's language. Only fixed words
     * and an ISO date go into the CSS string, never a catalogue's text.
     */
    private static String page(Report r, boolean en) {
        String head = (en ? "qingdan report" : "qingdan 检查报告")
                + (r.scope().checkDate() == null ? "" : " · " + r.scope().checkDate());
        return "@page{size:A4;margin:16mm 12mm 14mm;@top-center{content:\"" + head + "\";font-size:9pt;color:#59636e}"
                + "@bottom-right{content:counter(page) \" / \" counter(pages);font-size:9pt;color:#59636e}}\n";
    }

    /**
     * The header block: the date of the check, qingdan's version, the files; then each catalogue
     * with its title, jurisdiction and the date its rules were judged at; then the documents applied.
     */
    private static void meta(StringBuilder sb, Report r, boolean en) {
        Scope scope = r.scope();
        sb.append("<table class=\"meta\">\n");
        if (scope.checkDate() != null) {
            sb.append("<tr><th>").append(en ? "Date of the check" : "检查日期").append("</th><td class=\"check-date\">")
                    .append(scope.checkDate()).append(scope.asOfGiven() ? " (--as-of)" : "").append("</td></tr>\n");
        }
        sb.append("<tr><th>").append(en ? "Files checked" : "检查的文件").append("</th><td>").append(r.files());
        if (!r.referenceData().isEmpty()) {
            sb.append(en ? "; checked for format only: " : "；仅检查格式：").append(esc(String.join(", ", r.referenceData())));
        }
        sb.append("</td></tr>\n<tr><th>").append(en ? "qingdan version" : "qingdan 版本").append("</th><td class=\"version\">")
                .append(esc(r.toolVersion())).append("</td></tr>\n</table>\n");
        if (!scope.catalogues().isEmpty()) {
            scopeTable(sb, en ? "Catalogues checked" : "检查的清单", "catalogues",
                    en ? "<th>file</th><th>title</th><th>kind</th><th>jurisdiction</th><th>rules judged at</th>"
                            : "<th>文件</th><th>标题</th><th>类型</th><th>行政区划</th><th>规则判断日期</th>");
            for (Scope.Catalogue c : scope.catalogues()) {
                sb.append("<tr><td class=\"pos\">").append(esc(c.file())).append("</td><td class=\"title\">")
                        .append(esc(c.title() != null || c.kind() == null ? c.title() : c.id())).append("</td><td class=\"kind\">")
                        .append(c.kind() == null ? "" : esc(en ? c.kind().code() : c.kind().zh())).append("</td><td class=\"jurisdiction\">")
                        .append(esc(c.jurisdiction())).append("</td><td class=\"judged\">")
                        .append(esc(ReportView.judgedAt(c, en))).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
        if (!scope.documents().isEmpty()) {
            scopeTable(sb, en ? "Documents applied" : "适用文件", "documents",
                    en ? "<th>number (or name)</th><th>title</th><th>issuer</th><th>date</th><th>pack</th>"
                            : "<th>文号或文件名</th><th>标题</th><th>发布机关</th><th>日期</th><th>规则包</th>");
            for (Scope.Document d : scope.documents()) {
                sb.append("<tr><td class=\"number\">").append(esc(d.number())).append("</td><td class=\"title\">").append(esc(d.title()));
                if (!d.cited().isEmpty()) {
                    sb.append("<div class=\"cite\">").append(en ? "cites " : "引用：").append(esc(String.join(en ? ", " : "、", d.cited())))
                            .append("</div>");
                }
                sb.append("</td><td class=\"issuer\">").append(esc(d.issuer())).append("</td><td>").append(esc(d.date()))
                        .append("</td><td class=\"pack\">").append(esc(d.pack())).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
    }

    /** How many errors and warnings each township or item has, each linked to its first finding. */
    private static void bySubject(StringBuilder sb, Report r, boolean en) {
        var counts = ReportView.bySubject(r);
        if (counts.isEmpty()) {
            return;
        }
        sb.append("<section>\n<h2 class=\"by-subject\">").append(en ? "Summary by township or item" : "按乡镇、事项汇总")
                .append("</h2>\n<table class=\"bysubject\">\n<thead><tr>")
                .append(en ? "<th>file</th><th>id</th><th>township or item</th><th>errors</th><th>warnings</th><th>infos</th>"
                        : "<th>文件</th><th>编号</th><th>乡镇或事项</th><th>错误</th><th>警告</th><th>提示</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (var c : counts) {
            sb.append("<tr><td class=\"pos\">").append(esc(c.file())).append("</td><td class=\"id\">").append(esc(c.item()))
                    .append("</td><td><a href=\"#f").append(c.first()).append("\">")
                    .append(esc(c.subject())).append("</a></td><td class=\"n\">").append(c.errors()).append("</td><td class=\"n\">")
                    .append(c.warnings()).append("</td><td class=\"n\">").append(c.infos()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void inputError(StringBuilder sb, InputError e, boolean en) {
        sb.append("<tr class=\"input-error\"><td class=\"pos\">").append(esc(ReportView.where(e)))
                .append("</td><td class=\"sev sev-input\">").append(en ? "input error" : "输入错误")
                .append("</td><td></td><td></td><td></td><td>").append(esc(e.text(en))).append("</td></tr>\n");
    }

    private static void finding(StringBuilder sb, Finding f, String title, boolean en, int index) {
        String code = f.severity().code();
        String sev = en ? code : f.severity().zh();
        sb.append("<tr id=\"f").append(index).append("\" class=\"finding sev-").append(code).append(f.waived() != null ? " waived" : "")
                .append("\">")
                .append("<td class=\"pos\">").append(f.cell() != null ? esc(f.cell()) : f.line() + ":" + f.column()).append("</td>")
                .append("<td class=\"sev sev-").append(code).append("\">");
        if (f.waived() != null) {
            sb.append(en ? "waived" : "已豁免").append(" (").append(esc(sev)).append(")");
        } else {
            sb.append(esc(sev));
        }
        sb.append("</td><td class=\"rule\">").append(title != null ? "<span class=\"title\">" + esc(title) + "</span><br>" : "")
                .append("<code>").append(esc(f.rule())).append("</code> <span class=\"pack\">[")
                .append(esc(f.pack())).append("]</span></td>")
                .append("<td class=\"item\">").append(esc(f.item())).append("</td>")
                .append("<td class=\"subject\">").append(esc(ReportView.subject(f))).append("</td>")
                .append("<td class=\"message\">").append(esc(f.text(en)));
        if (f.source() != null) {
            sb.append("<div class=\"cite\">").append(esc(f.source().document() + " " + f.source().clause()))
                    .append("<blockquote>").append(esc(f.source().quote())).append("</blockquote></div>");
        }
        if (f.waived() != null) {
            Finding.Waived w = f.waived();
            sb.append("<div class=\"waiver\">").append(en ? "waived by " : "豁免：")
                    .append(esc(String.join(" ", nz(w.approvedBy()), nz(w.document())).strip()));
            if (w.reason() != null && !w.reason().isBlank()) {
                sb.append(" (").append(esc(w.reason())).append(")");
            }
            if (w.expires() != null) {
                sb.append(en ? ", until " : "，有效期至 ").append(esc(w.expires()));
            }
            sb.append("</div>");
        }
        sb.append("</td></tr>\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** HTML-escapes text for element content and quoted attribute values alike. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A heading of the report's header block and the start of its table, up to the first row. */
    private static void scopeTable(StringBuilder sb, String heading, String cssClass, String headerCells) {
        sb.append("<h2 class=\"scope\">").append(heading).append("</h2>\n<table class=\"").append(cssClass).append("\">\n<thead><tr>")
                .append(headerCells).append("</tr></thead>\n<tbody>\n");
    }
}
