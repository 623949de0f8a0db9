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
}
