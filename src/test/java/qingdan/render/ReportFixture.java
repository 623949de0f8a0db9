package qingdan.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.Citation;
import qingdan.pack.Severity;
import qingdan.report.Report;

/** Reports built by hand, for the renderers' tests: every kind of finding and input error. */
final class ReportFixture {
    static final String PLAN = "catalogues/tongwei-2020/establishment-plan.yaml";
    static final String LIST = "catalogues/county-model-2022/delegation-catalogue.yaml";
    static final String BAD = "catalogues/x.yaml";
    static final String EMPTY = "catalogues/empty.yaml";

    static final Citation CAP = new Citation("通办发〔2020〕6号", "二(一)1", "一类乡镇党政机构不超过5个、事业单位不超过6个");
    static final Citation BASIS = new Citation("乡镇行政管理体制机制改革实施方案", "四(三)", "依法赋予乡镇\"行政执法权\"|须有法律依据");

    private ReportFixture() {
    }

    static Finding finding(String rule, Severity sev, String pack, String file, int line, int col, String subject,
                           String zh, String en, Citation source, Finding.Waived waived) {
        return new Finding(rule, sev, pack, file, line, col, subject, zh, en, source, subject,
                Integer.toHexString((rule + pack + file + subject).hashCode()), waived);
    }

    /** Two files with findings of every severity, a waived one, an integrity one; two input errors. */
    static Report full() {
        List<InputError> errors = List.of(
                new InputError(EMPTY, null, null, "the file is empty", "文件为空"),
                new InputError(BAD, 7, 5, "unknown key 'clas'; did you mean 'class'?", "未知的键 'clas'；是否应为 'class'？"));
        List<Finding> findings = new ArrayList<>(List.of(
                finding("missing-legal-basis", Severity.WARNING, "county-model-2022", LIST, 12, 5, "对 A|B 的处罚",
                        "事项没有法律依据", "the item has no legal basis", BASIS, null),
                finding("duplicate-item", Severity.ERROR, "integrity", LIST, 30, 5, "燃气安全",
                        "编号 X-1 重复", "id X-1 repeats an earlier item", null, null),
                finding("missing-legal-basis", Severity.WARNING, "county-model-2022", LIST, 40, 5, "第二项",
                        "事项没有法律依据", "the item has no legal basis", BASIS, null),
                finding("party-government-cap", Severity.ERROR, "tongwei-2020", PLAN, 14, 7, "平襄镇",
                        "一类乡镇党政机构 6 个，超过上限 5 个", "a class-1 township has 6, over the cap of 5", CAP, null),
                finding("public-institution-cap", Severity.WARNING, "tongwei-2020", PLAN, 14, 7, "平襄镇",
                        "事业单位 7 个，超过上限 6 个", "7 public institutions, over the cap of 6", CAP,
                        new Finding.Waived("public-institution-cap", "县编委", "通编委〔2021〕3号", "试点期间", "2026-12-31")),
                finding("class-inconsistent", Severity.INFO, "tongwei-2020", PLAN, 60, 7, "<script>alert('x')</script>",
                        "机构设置与同类乡镇不一致", "set up unlike its class", CAP, null)));
        findings.sort(Finding.ORDER);
        return new Report("0.1.0", 4, errors, findings);
    }

    static Report clean() {
        return new Report("0.1.0", 3, List.of(), List.of());
    }

    static String render(Renderer r, Report report, boolean english) {
        StringWriter w = new StringWriter();
        try {
            r.render(report, new RenderOptions(english, false), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
