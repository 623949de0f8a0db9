package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/** A baseline hides what was there and shows only what is new, and survives moving things. */
class BaselineTest {
    private static final String HEADER = """
            kind: establishment-plan
            policy: tongwei-2020
            jurisdiction: 甘肃省定西市通渭县
            townships:
            """;
    /** Over the cap of 5 for a class-1 township: party-government-cap. */
    private static final String MAYING = """
              - name: 马营镇
                class: 一类
                institutions:
                  - {name: 党政综合办公室, type: 党政机构}
                  - {name: 党建工作办公室, type: 党政机构}
                  - {name: 经济发展办公室, type: 党政机构}
                  - {name: 社会事务办公室, type: 党政机构}
                  - {name: 平安建设办公室, type: 党政机构}
                  - {name: 自然资源办公室, type: 党政机构}
                  - {name: 综合行政执法队, type: 挂牌机构, approved_by: 县委机构编制委员会}   # the enforcement institution tongwei requires
            """;
    /** A plaque hung without approval: plaque-unapproved. */
    private static final String JICHUAN = """
              - name: 鸡川镇
                class: 二类
                institutions:
                  - {name: 党政综合办公室, type: 党政机构}
                  - {name: 退役军人服务站, type: 挂牌机构, host: 党政综合办公室}
                  - {name: 综合行政执法队, type: 挂牌机构, approved_by: 县委机构编制委员会}   # the enforcement institution tongwei requires
            """;
    /** Over the cap of 4 for a class-3 township: a new party-government-cap. */
    private static final String XINJING = """
              - name: 新景乡
                class: 三类
                institutions:
                  - {name: 党政综合办公室, type: 党政机构}
                  - {name: 党建工作办公室, type: 党政机构}
                  - {name: 经济发展办公室, type: 党政机构}
                  - {name: 社会事务办公室, type: 党政机构}
                  - {name: 平安建设办公室, type: 党政机构}
                  - {name: 综合行政执法队, type: 挂牌机构, approved_by: 县委机构编制委员会}   # the enforcement institution tongwei requires
            """;

    @TempDir
    Path dir;

    @Test
    void aRerunWithItsOwnBaselineReportsNothingAndExitsZero() {
        String plan = Qingdan.write(dir.resolve("plan.yaml"), HEADER + MAYING + JICHUAN);
        String base = dir.resolve("base.json").toString();
        Qingdan.Run first = Qingdan.checkJson("--write-baseline", base, plan);
        assertEquals(0, first.exit(), () -> "adopting a baseline is not a failure (cli.md)\n" + first.describe());
        assertEquals(2, first.json().path("findings").size(), first::describe);

        Qingdan.Run again = Qingdan.checkJson("--baseline", base, plan);
        assertEquals(0, again.exit(), again::describe);
        assertEquals(0, again.json().path("findings").size(), again::describe);
        assertEquals(2, again.json().path("summary").path("baselined").asInt(), again::describe);
    }

    @Test
    void aNewViolationIsTheOnlyOneReported() {
        Path file = dir.resolve("plan.yaml");
        String plan = Qingdan.write(file, HEADER + MAYING + JICHUAN);
        String base = dir.resolve("base.json").toString();
        Qingdan.checkJson("--write-baseline", base, plan);

        Qingdan.write(file, HEADER + MAYING + JICHUAN + XINJING);
        Qingdan.Run run = Qingdan.checkJson("--baseline", base, plan);
        assertEquals(1, run.exit(), run::describe);
        JsonNode findings = run.json().path("findings");
        assertEquals(1, findings.size(), run::describe);
        assertEquals("party-government-cap", findings.get(0).path("rule").asText());
        assertEquals("新景乡", findings.get(0).path("subject").asText());
    }

    @Test
    void movingATownshipWithinItsFileChangesNothing() {
        Path file = dir.resolve("plan.yaml");
        String plan = Qingdan.write(file, HEADER + MAYING + JICHUAN);
        String base = dir.resolve("base.json").toString();
        Qingdan.checkJson("--write-baseline", base, plan);

        Qingdan.write(file, "# moved\n" + HEADER + JICHUAN + MAYING);
        Qingdan.Run run = Qingdan.checkJson("--baseline", base, plan);
        assertEquals(0, run.exit(), run::describe);
        assertEquals(0, run.json().path("findings").size(), run::describe);
    }

    @Test
    void aBaselineThatIsNotAReportIsAUsageError() {
        String plan = Qingdan.write(dir.resolve("plan.yaml"), HEADER + MAYING);
        String bad = Qingdan.write(dir.resolve("bad.json"), "{\"not\": \"a report\"}");
        Qingdan.Run run = Qingdan.run("check", "--baseline", bad, plan);
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.err().contains("--baseline"), run::describe);
    }
}
