package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.County;

/** new-kinds.md §3.7: personnel-roster rules on both sides of each boundary. */
class RosterRulesTest {
    @TempDir
    Path dir;

    private County.Checked roster(String pack, String body) {
        return County.check(dir, County.header("personnel-roster", pack, "2021-12-31") + body);
    }

    private static String person(String id, String township, String post, String more) {
        return "  - id: " + id + "\n    township: " + township + "\n    post: " + post + "\n" + more;
    }

    private static String team(int... years) {
        String[] posts = {"党委书记", "乡镇长", "班子成员", "班子成员", "班子成员"};
        StringBuilder b = new StringBuilder("people:\n");
        for (int i = 0; i < years.length; i++) {
            b.append(person("T-" + i, "甲镇", posts[i], years[i] < 0 ? "" : "    township_years: " + years[i] + "\n"));
        }
        return b.toString();
    }

    // team-experience-short: 3 × qualified < 2 × members; fewer than 3 not judged

    @Test
    void aTeamOfThreeWithTwoQualifiedPasses() {
        roster("ganzhou-2018", team(2, 2, 1)).none("team-experience-short");
    }

    @Test
    void aTeamOfThreeWithOneQualifiedFailsAtItsFirstMember() {
        County.Checked c = roster("ganzhou-2018", team(1, 5, 1));
        JsonNode f = c.one("team-experience-short");
        assertEquals("甲镇", f.path("subject").asText());
        assertEquals(c.lineOf("id: T-0"), f.path("line").asInt());
        assertEquals(5, f.path("column").asInt());
        assertEquals("warning", f.path("severity").asText());
        assertEquals("领导班子 3 人中具有 2 年以上乡镇工作经历的 1 人（33.3%），少于 2/3", f.path("message").asText());
        assertTrue(f.path("source").path("quote").asText().contains("不少于三分之二"));
    }

    @Test
    void aTeamOfTwoIsNotJudged() {
        roster("ganzhou-2018", team(0, 0)).none("team-experience-short");
    }

    @Test
    void aMemberWithoutYearsCountsAsQualified() {
        roster("ganzhou-2018", team(-1, -1, 1)).none("team-experience-short");
    }

    @ParameterizedTest
    @CsvSource({"4,3,false", "4,2,true", "5,4,false", "5,3,true", "6,4,false", "7,5,false", "7,4,true"})
    void twoThirdsIsComputedInIntegers(int members, int qualified, boolean finding) {
        int[] years = new int[members];
        for (int i = 0; i < members; i++) {
            years[i] = i < qualified ? 2 : 1;
        }
        String[] posts = {"党委书记", "乡镇长", "班子成员", "班子成员", "班子成员", "班子成员", "班子成员"};
        StringBuilder b = new StringBuilder("people:\n");
        for (int i = 0; i < members; i++) {
            b.append(person("T-" + i, "甲镇", posts[i], "    township_years: " + years[i] + "\n"));
        }
        roster("ganzhou-2018", b.toString()).count("team-experience-short", finding ? 1 : 0);
    }

    @Test
    void civilServantsAreNotInTheTeam() {
        String body = team(1, 5, 5) + person("C-1", "甲镇", "公务员", "    township_years: 0\n")
                + person("C-2", "甲镇", "公务员", "    township_years: 0\n");
        roster("ganzhou-2018", body).none("team-experience-short");
    }

    // excellent-share-exceeded: ⌈pool ÷ 5⌉

    private static String pool(int size, int excellent, String year, String extra) {
        StringBuilder b = new StringBuilder("people:\n");
        for (int i = 0; i < size; i++) {
            b.append(person("G-" + i, "甲镇", i == 0 ? "党委书记" : "公务员",
                    "    grades: {" + year + ": " + (i < excellent ? "优秀" : "称职") + "}\n"));
        }
        return b + extra;
    }

    @ParameterizedTest
    @CsvSource({"5,1,false", "5,2,true", "6,2,false", "6,3,true", "1,1,false", "10,2,false", "11,3,false", "11,4,true"})
    void aPoolMayHaveOneExcellentInFiveRoundedUp(int size, int excellent, boolean finding) {
        for (String pack : new String[] {"ganzhou-2018", "tongwei-2020"}) {
            roster(pack, pool(size, excellent, "2021", "")).count("excellent-share-exceeded", finding ? 1 : 0);
        }
    }

    @Test
    void theExcellentFindingNamesTownshipAndYearAtTheFirstOfThePool() {
        County.Checked c = roster("tongwei-2020", pool(6, 3, "2021", ""));
        JsonNode f = c.one("excellent-share-exceeded");
        assertEquals("甲镇 2021年度", f.path("subject").asText());
        assertEquals(c.lineOf("id: G-0"), f.path("line").asInt());
        assertEquals("6 人参加年度考核，优秀 3 人（50.0%），超过 20% 的 2 人", f.path("message").asText());
    }

    @Test
    void ungradedAndInstitutionStaffAreOutsideThePool() {
        // 5 graded (one 优秀 allowed); a 不定等次 and a 事业人员 would make the pool 6 and allow two
        String body = pool(5, 2, "2021", "") + person("U-1", "甲镇", "公务员", "    grades: {2021: 不定等次}\n")
                + person("S-1", "甲镇", "事业人员", "    grades: {2021: 称职}\n");
        roster("ganzhou-2018", body).one("excellent-share-exceeded");
    }

    @Test
    void yearsBeforeThePackCameIntoForceAreNotJudged() {
        roster("ganzhou-2018", pool(5, 3, "2018", "")).none("excellent-share-exceeded");
        roster("ganzhou-2018", pool(5, 3, "2019", "")).one("excellent-share-exceeded");
        roster("tongwei-2020", pool(5, 3, "2019", "")).none("excellent-share-exceeded");
    }

    // new-recruit-transferred: 2 years no move; 2–5 years only to a township of the plan

    private County.Checked moved(String pack, String type, String recruited, String date, String to, String more) {
        return roster(pack, "people: []\nmoves:\n  - person: N-1\n    from: 甲镇\n    to: " + to + "\n    type: " + type
                + "\n    date: " + date + "\n    post: 公务员\n" + (recruited == null ? "" : "    recruited: " + recruited + "\n") + more);
    }

    @Test
    void aRecruitMovedAtOneYearElevenMonthsFails() {
        County.Checked c = moved("ganzhou-2018", "调动", "2019-08-01", "2021-07-31", "乙镇", "");
        JsonNode f = c.one("new-recruit-transferred");
        assertEquals("N-1", f.path("subject").asText());
        assertEquals(c.lineOf("person: N-1"), f.path("line").asInt());
        assertEquals("error", f.path("severity").asText());
        assertEquals("2019-08-01 录用，2021-07-31 调动，在乡镇工作未满 2 年", f.path("message").asText());
    }

    @Test
    void aRecruitMovedAtTwoYearsToAnotherTownshipPasses() {
        moved("ganzhou-2018", "调动", "2019-08-01", "2021-08-01", "乙镇", "").none("new-recruit-transferred");
    }

    @Test
    void aRecruitMovedAtThreeYearsToACountyOrganFails() {
        JsonNode f = moved("ganzhou-2018", "调动", "2018-08-01", "2021-08-01", "县委办公室", "").one("new-recruit-transferred");
        assertEquals("2018-08-01 录用，2021-08-01 调往县委办公室：最低服务年限 5 年未满，只能在本县乡镇之间调动", f.path("message").asText());
    }

    @Test
    void aRecruitMovedAfterFiveYearsAnywherePasses() {
        moved("ganzhou-2018", "调动", "2016-08-01", "2021-08-01", "县委办公室", "").none("new-recruit-transferred");
    }

    @Test
    void theTwentyNinthOfFebruaryBecomesTheTwentyEighth() {
        moved("ganzhou-2018", "调动", "2020-02-29", "2022-02-27", "乙镇", "").one("new-recruit-transferred");
        moved("ganzhou-2018", "调动", "2020-02-29", "2022-02-28", "乙镇", "").none("new-recruit-transferred");
    }

    @Test
    void aMoveWithoutRecruitedIsNotANewRecruit() {
        moved("ganzhou-2018", "调动", null, "2021-08-01", "县委办公室", "").none("new-recruit-transferred");
    }

    @Test
    void movesBeforeTheInForceDateAreNotJudged() {
        moved("ganzhou-2018", "调动", "2018-03-01", "2018-12-31", "乙镇", "").none("new-recruit-transferred");
        moved("ganzhou-2018", "调动", "2018-03-01", "2019-01-01", "乙镇", "").one("new-recruit-transferred");
        moved("ganzhou-2018", "借调", null, "2018-12-31", "县委办公室", "").none("secondment-to-upper-organ");
        moved("tongwei-2020", "借调", null, "2020-04-02", "县委办公室", "").none("secondment-unapproved");
        moved("tongwei-2020", "借调", null, "2020-04-03", "县委办公室", "").one("secondment-unapproved");
    }

    // secondments

    @Test
    void aSecondmentToAnOrganIsAFindingAndToATownshipIsNot() {
        JsonNode f = moved("ganzhou-2018", "借用", null, "2021-03-01", "县委办公室", "").one("secondment-to-upper-organ");
        assertEquals("2021-03-01 借调至县委办公室", f.path("message").asText());
        moved("ganzhou-2018", "借调", null, "2021-03-01", "乙镇", "").none("secondment-to-upper-organ");
    }

    @Test
    void anUnapprovedSecondmentNamesEachMissingStep() {
        JsonNode f = moved("tongwei-2020", "借调", null, "2021-03-01", "乙镇", "    committee: 不同意\n").one("secondment-unapproved");
        assertEquals("借调缺少：乡镇党委同意、县委组织部批准、县人社局批准", f.path("message").asText());
        moved("tongwei-2020", "借调", null, "2021-03-01", "乙镇",
                "    committee: 同意\n    approved_by: [县委组织部, 县人力资源和社会保障局]\n").none("secondment-unapproved");
        JsonNode one = moved("tongwei-2020", "借调", null, "2021-03-01", "乙镇",
                "    committee: 同意\n    approved_by: 县人社局\n").one("secondment-unapproved");
        assertEquals("借调缺少：县委组织部批准", one.path("message").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"乡镇长", "班子成员"})
    void aLeaderTransferredWithoutTheCommitteeIsAFinding(String post) {
        String body = "people: []\nmoves:\n  - {person: L-1, from: 甲镇, to: 县农业农村局, type: 调动, date: 2018-05-01, post: " + post + "}\n";
        roster("heilongjiang-2017", body).one("leader-transfer-not-consulted");
        roster("heilongjiang-2017", body.replace("post: ", "committee: 不同意, post: ")).none("leader-transfer-not-consulted");
        roster("heilongjiang-2017", body.replace("2018-05-01", "2017-09-11")).none("leader-transfer-not-consulted");
    }

    @Test
    void aPartySecretaryIsNotJudged() {
        roster("heilongjiang-2017", "people: []\nmoves:\n  - {person: L-1, from: 甲镇, to: 县农业农村局, type: 调动, date: 2018-05-01, post: 党委书记}\n")
                .none("leader-transfer-not-consulted");
    }

    // head-experience-short

    private County.Checked head(String appointed, String at) {
        return roster("ganzhou-2018", "people:\n" + person("H-1", "甲镇", "乡镇长", "    appointed: " + appointed + "\n" + at));
    }

    @Test
    void aHeadShortOnBothCountsIsAFinding() {
        JsonNode f = head("2020-03-01", "    at_appointment: {township_years: 2, township_leadership_years: 1}\n").one("head-experience-short");
        assertEquals("H-1", f.path("subject").asText());
        assertEquals("乡镇长任职时乡镇领导工作经历 1 年（少于 2 年）、乡镇工作经历 2 年（少于 3 年）", f.path("message").asText());
    }

    @Test
    void eitherAlternativeOrAnAbsentNumberSuffices() {
        head("2020-03-01", "    at_appointment: {township_years: 3, township_leadership_years: 1}\n").none("head-experience-short");
        head("2020-03-01", "    at_appointment: {township_years: 0, township_leadership_years: 2}\n").none("head-experience-short");
        head("2020-03-01", "    at_appointment: {township_years: 0}\n").none("head-experience-short");
        head("2020-03-01", "").none("head-experience-short");
        head("2018-12-31", "    at_appointment: {township_years: 0, township_leadership_years: 0}\n").none("head-experience-short");
    }

    // allowance-unpaid

    @Test
    void paidFalseIsAFindingAndAbsentPaidAnInputError() {
        County.Checked unpaid = roster("ganzhou-2018", "people: []\nallowances:\n  - {township: 甲镇, year: 2021, paid: false}\n");
        JsonNode f = unpaid.one("allowance-unpaid");
        assertEquals("甲镇 2021年度", f.path("subject").asText());
        roster("ganzhou-2018", "people: []\nallowances:\n  - {township: 甲镇, year: 2021, paid: true}\n").none("allowance-unpaid");
        County.Checked absent = roster("ganzhou-2018", "people: []\nallowances:\n  - {township: 甲镇, year: 2021}\n");
        assertEquals(1, absent.inputErrors().size(), absent.run()::describe);
        assertTrue(absent.inputErrors().get(0).path("message").asText().contains("paid"));
        assertEquals(0, absent.findings("allowance-unpaid").size());
        roster("ganzhou-2018", "people: []\nallowances:\n  - {township: 甲镇, year: 2018, paid: false}\n").none("allowance-unpaid");
        roster("jilin-2017", "people: []\nallowances:\n  - {township: 甲镇, year: \"2018\", paid: false}\n").one("allowance-unpaid");
    }

    // dispatched-action-not-consulted

    @Test
    void dispatchedActionsAsEachPackListsThem() {
        String body = "people: []\ndispatched_actions:\n  - {body: 甲镇派出所, township: 甲镇, action: 人员编制调整, date: 2022-06-01}\n";
        JsonNode f = roster("tongwei-2020", body).one("dispatched-action-not-consulted");
        assertEquals("error", f.path("severity").asText());
        assertEquals("甲镇派出所", f.path("subject").asText());
        roster("county-model-2022", body).none("dispatched-action-not-consulted");
        JsonNode w = roster("county-model-2022", body.replace("人员编制调整", "工作考核")).one("dispatched-action-not-consulted");
        assertEquals("warning", w.path("severity").asText());
        roster("county-model-2022", body.replace("人员编制调整", "工作考核").replace("2022-06-01", "2022-04-27")).none("dispatched-action-not-consulted");
        roster("tongwei-2020", body.replace("}", ", committee: 不同意}")).none("dispatched-action-not-consulted");
    }

    // integrity on rosters

    @Test
    void aTownshipOutsideThePlanIsReportedButAMovesDestinationIsNot() {
        String body = "people:\n" + person("X-1", "丙镇", "公务员", "") + "moves:\n  - {person: X-2, from: 丁镇, to: 戊镇, type: 借调, date: 2021-03-01, post: 公务员}\n"
                + "allowances:\n  - {township: 己镇, year: 2021, paid: true}\n";
        var c = roster("ganzhou-2018", body);
        var f = c.count("unknown-township", 3);
        assertEquals("乡镇“丙镇”不在机构设置方案中", f.get(0).path("message").asText());
        assertEquals("X-1", f.get(0).path("subject").asText());
        assertEquals("X-2", f.get(1).path("subject").asText());
        assertEquals("己镇 2021年度", f.get(2).path("subject").asText());
        // a move from outside the plan is still judged
        c.one("secondment-to-upper-organ");
    }

    @Test
    void duplicatePeopleAndAllowanceYearsAreReportedOnTheLaterOne() {
        String body = "people:\n" + person("D-1", "甲镇", "公务员", "") + person("D-1", "乙镇", "公务员", "")
                + "allowances:\n  - {township: 甲镇, year: 2021, paid: true}\n  - {township: 甲镇, year: \"2021\", paid: true}\n";
        var c = roster("ganzhou-2018", body);
        var f = c.count("duplicate-item", 2);
        assertEquals(c.lineOf("township: 乙镇") - 1, f.get(0).path("line").asInt());
        assertEquals(c.lineOf("year: \"2021\""), f.get(1).path("line").asInt());
    }

    @Test
    void aWaiverOnTheFirstMemberWaivesTheTeamFinding() {
        String body = team(1, 5, 1).replaceFirst("    township_years: 1\n", "    township_years: 1\n    waivers:\n      - {rule: team-experience-short, approved_by: 县委组织部, document: 县组通〔2021〕5号, reason: 班子调整过渡期}\n");
        var c = roster("ganzhou-2018", body);
        JsonNode f = c.one("team-experience-short");
        assertTrue(f.path("waived").isObject(), f::toString);
        assertEquals(0, c.findings("unused-waiver").size());
    }
}
