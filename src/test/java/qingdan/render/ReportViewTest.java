package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qingdan.bind.InputError;
import qingdan.engine.Finding;
import qingdan.report.Report;
import qingdan.report.ReportView;

/** The one view of a report every renderer reads: files in name order, each file's errors before its findings. */
class ReportViewTest {

    @Test
    void groupsEveryInputErrorAndFindingByFileInReportOrder() {
        Report r = ReportFixture.full();
        List<ReportView.FileGroup> files = ReportView.byFile(r);
        List<String> names = files.stream().map(ReportView.FileGroup::file).toList();
        assertEquals(names.stream().sorted().distinct().toList(), names, "files once each, in name order");
        List<InputError> errors = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (ReportView.FileGroup g : files) {
            assertEquals(!g.inputErrors().isEmpty(), g.withheld());
            g.inputErrors().forEach(e -> assertEquals(g.file(), e.file()));
            g.findings().forEach(f -> assertEquals(g.file(), f.file()));
            assertEquals(g.inputErrors().size() + g.findings().size(), g.items().size());
            errors.addAll(g.inputErrors());
            findings.addAll(g.findings());
        }
        assertEquals(r.inputErrors().size(), errors.size());
        assertEquals(r.findings(), findings.stream().sorted(Finding.ORDER).toList());
        assertTrue(files.stream().anyMatch(ReportView.FileGroup::withheld), "the fixture has a file with input errors");
    }

    @Test
    void theSummaryCountsWhatNoWaiverHides() {
        Report r = ReportFixture.full();
        String en = ReportView.summary(r, true);
        assertTrue(en.startsWith(r.files() + " file"), en);
        assertTrue(en.contains(r.inputErrors().size() + " input error"), en);
        assertTrue(ReportView.summary(r, false).startsWith("检查了 " + r.files() + " 个文件"));
    }

    @Test
    void theCountsAreWhatTheSummarySays() {
        Report r = ReportFixture.full();
        ReportView.Counts c = ReportView.counts(r);
        assertEquals(new ReportView.Counts(4, 2, 2, 1, 2, 1, null), c);
        assertTrue(ReportView.summary(r, true).startsWith("4 files checked: 2 errors, 2 warnings, 1 info, 2 input errors, 1 waived"),
                ReportView.summary(r, true));
    }

    @Test
    void everyRuleOnceByIdWithEachPacksClausesAndAnInputErrorRuleWhenThereAreInputErrors() {
        List<ReportView.RuleUse> rules = ReportView.rules(ReportFixture.full(), "input-error");
        List<String> ids = rules.stream().map(ReportView.RuleUse::id).toList();
        assertEquals(List.of("class-inconsistent", "duplicate-item", "input-error", "missing-legal-basis", "party-government-cap",
                "public-institution-cap"), ids);
        ReportView.RuleUse basis = rules.get(3);
        assertEquals(List.of("county-model-2022"), List.copyOf(basis.packs().keySet()));
        assertEquals(1, basis.packs().get("county-model-2022").size(), "two findings, one clause");
        assertTrue(rules.get(1).packs().get("integrity").isEmpty(), "a data check cites nothing");
        assertTrue(ReportView.rules(ReportFixture.clean(), "input-error").isEmpty());
    }

    @Test
    void anInputErrorsOccurrenceCountsTheSameFileAndMessageBeforeIt() {
        Report r = new Report("0.1.0", 1, List.of(
                new InputError("a.yaml", 1, 1, "same", "同"), new InputError("a.yaml", 9, 1, "same", "同"),
                new InputError("b.yaml", 2, 1, "same", "同"), new InputError("a.yaml", 3, 1, "other", "异")), List.of());
        assertEquals(List.of(1, 2, 1, 1), ReportView.occurrences(r));
    }

    /** A national report's HTML title names three jurisdictions and counts the rest, in either language. */
    @Test
    void aTitleNamesThreeJurisdictionsAndCountsTheRest() {
        List<qingdan.report.Scope.Catalogue> catalogues = new ArrayList<>();
        for (String county : List.of("甲县", "乙县", "丙县", "丁县", "戊县", "甲县")) {
            catalogues.add(new qingdan.report.Scope.Catalogue(county + catalogues.size() + ".yaml", "c" + catalogues.size(), null, null,
                    county, null, null, List.of()));
        }
        Report r = new Report("0.1.0", 6, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                new qingdan.report.Scope(null, false, List.copyOf(catalogues), List.of()));
        assertEquals(List.of("甲县", "乙县", "丙县", "另 2 个"), ReportView.titleJurisdictions(r, false));
        assertEquals(List.of("甲县", "乙县", "丙县", "and 2 more"), ReportView.titleJurisdictions(r, true));
        Report few = new Report("0.1.0", 2, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                new qingdan.report.Scope(null, false, List.copyOf(catalogues.subList(0, 2)), List.of()));
        assertEquals(List.of("甲县", "乙县"), ReportView.titleJurisdictions(few, true));
        String page = render(r);
        assertTrue(page.contains("<title>qingdan 检查报告 · 甲县 · 乙县 · 丙县 · 另 2 个</title>"), page);
    }

    private static String render(Report r) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            new HtmlRenderer().render(r, new qingdan.render.RenderOptions(false, false), w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
