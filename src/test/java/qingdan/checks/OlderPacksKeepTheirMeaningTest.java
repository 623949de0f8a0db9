package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * policies-amendments.md B.6: every new pack parameter defaults to the rule's behaviour before the
 * amendments, so a user's own pack that does not name them keeps its meaning.
 */
class OlderPacksKeepTheirMeaningTest {
    static final String PACK = """
            id: mycounty-2019
            document: 某办发〔2019〕1号
            parameters:
              population_threshold: {zh: 人口门槛, en: population threshold}
              expanded_total_cap: {zh: 增设后上限, en: expanded cap}
            rules:
              total-cap:
                severity: error
                clause: 一
                quote: 总数控制在7个以内
                params: {max: 7, expanded_max: $expanded_total_cap, population_threshold: $population_threshold}
              mandatory-count:
                severity: error
                clause: 二
                quote: 其中4-6个必设机构
                params: {mandatory_min: 4, mandatory_max: 6, optional_max: 2}
              party-government-floor:
                severity: warning
                clause: 三
                quote: 设3—5个综合性办公室
                params: {min: 3}
              counterpart-demanded:
                severity: error
                clause: 四
                quote: 不得要求对口设立机构
                params: {levels: [乡镇]}
              duty-transfer-unresourced:
                severity: warning
                clause: 五
                quote: 权随事转
            """;

    @TempDir
    Path dir;

    private Qingdan.Run check(String name, String yaml) {
        Path rules = dir.resolve("rules/mycounty");
        Qingdan.write(rules.resolve("pack.yaml"), PACK);
        String file = Qingdan.write(dir.resolve("data").resolve(name), yaml);
        return Qingdan.checkJson("--rules", dir.resolve("rules").toString(), file);
    }

    private static List<String> found(Qingdan.Run run, String rule) {
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
        return run.json().path("findings").findParents("rule").stream()
                .filter(f -> f.path("rule").asText().equals(rule) && f.path("pack").asText().equals("mycounty-2019"))
                .map(f -> f.path("severity").asText() + " " + f.path("subject").asText()).sorted().toList();
    }

    @Test
    void establishmentRulesJudgeAsTheyDidBefore() {
        Qingdan.Run run = check("plan.yaml", """
                kind: establishment-plan
                jurisdiction: 某县
                policy: mycounty-2019
                parameters: {population_threshold: 50000, expanded_total_cap: 9}
                townships:
                  - name: 甲镇
                    class: 一类
                    scale: 较小
                    comprehensive_posts: [综合岗]
                    institutions:
                      - {name: 党政办, type: 党政机构, mandatory: true}
                      - {name: 经发办, type: 党政机构, mandatory: true}
                      - {name: 站1, type: 事业单位}
                      - {name: 站2, type: 事业单位}
                      - {name: 站3, type: 事业单位}
                      - {name: 站4, type: 事业单位}
                      - {name: 站5, type: 事业单位}
                      - {name: 站6, type: 事业单位}
                      - {name: 对口办, type: 党政机构, demanded_by: 县某局}
                  - name: 乙镇
                    class: 二类
                    comprehensive_posts: [综合岗]
                    institutions:
                      - {name: 党政办, type: 党政机构}
                """);
        // no max_severity: the cap of 7 stays an error
        assertEquals(List.of("error 甲镇"), found(run, "total-cap"));
        // no scales: a township of any scale, or none, is judged
        assertEquals(List.of("error 乙镇", "error 甲镇"), found(run, "mandatory-count"));
        // no exempt_scales: comprehensive posts exempt every scale
        assertEquals(List.of(), found(run, "party-government-floor"));
        // no types: every type is judged
        assertEquals(List.of("error 对口办"), found(run, "counterpart-demanded"));
    }

    @Test
    void dutyTransfersAreReadAsBefore() {
        Qingdan.Run run = check("duties.yaml", """
                kind: duty-transfer-list
                jurisdiction: 某县
                policy: mycounty-2019
                items:
                  - {id: Z-1, task: 巡查, from: 县某局, consulted: true, approved_by: 县政府, resources: {powers: true}}
                  - {id: Z-2, task: 村级巡查, from: 甲镇, level: 村}
                """);
        // no levels: tasks handed to townships only; no resources: powers, staff and funds are all read
        JsonNode f = run.json().path("findings").findParents("rule").stream()
                .filter(n -> n.path("rule").asText().equals("duty-transfer-unresourced")).findFirst().orElseThrow();
        assertEquals(List.of("warning 巡查"), found(run, "duty-transfer-unresourced"));
        assertEquals("事项下沉未随之下放人员、经费", f.path("message").asText());
    }
}
