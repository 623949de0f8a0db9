package qingdan.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.render.ReportFixture.finding;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import qingdan.pack.Citation;
import qingdan.pack.Severity;
import qingdan.support.Qingdan;
import qingdan.report.Report;

/** JUnit XML: well-formed, one suite per file, one test case per finding, the counts right. */
class JunitRendererTest {

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static Element suite(Document d, String name) {
        return children(d.getDocumentElement(), "testsuite").stream().filter(s -> s.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no suite " + name));
    }

    private static void assertCounts(Element e, int tests, int failures, int errors, int skipped) {
        assertEquals(List.of(tests, failures, errors, skipped), List.of(Integer.valueOf(e.getAttribute("tests")),
                Integer.valueOf(e.getAttribute("failures")), Integer.valueOf(e.getAttribute("errors")),
                Integer.valueOf(e.getAttribute("skipped"))), e.getAttribute("name"));
    }

    @Test
    void oneSuitePerFileWithItsCounts() {
        Document d = parse(ReportFixture.render(new JunitRenderer(), ReportFixture.full(), true));
        Element root = d.getDocumentElement();
        assertEquals("testsuites", root.getNodeName());
        List<String> names = children(root, "testsuite").stream().map(s -> s.getAttribute("name")).toList();
        assertEquals(List.of(ReportFixture.LIST, ReportFixture.EMPTY, ReportFixture.PLAN, ReportFixture.BAD), names);
        assertCounts(suite(d, ReportFixture.LIST), 3, 3, 0, 0);
        assertCounts(suite(d, ReportFixture.PLAN), 3, 1, 0, 1);
        assertCounts(suite(d, ReportFixture.BAD), 1, 0, 1, 0);
        assertCounts(suite(d, ReportFixture.EMPTY), 1, 0, 1, 0);
        assertCounts(root, 8, 4, 2, 1);
        for (Element s : children(root, "testsuite")) {
            assertEquals(Integer.parseInt(s.getAttribute("tests")), children(s, "testcase").size());
            for (Element c : children(s, "testcase")) {
                assertEquals(s.getAttribute("name"), c.getAttribute("classname"));
            }
        }
    }

    @Test
    void errorsAndWarningsFailWithTheClauseAndQuote() {
        Document d = parse(ReportFixture.render(new JunitRenderer(), ReportFixture.full(), false));
        Element cap = children(suite(d, ReportFixture.PLAN), "testcase").get(0);
        assertEquals("party-government-cap 平襄镇 (14:7) [tongwei-2020]", cap.getAttribute("name"));
        Element failure = children(cap, "failure").get(0);
        assertEquals("error", failure.getAttribute("type"));
        assertEquals("一类乡镇党政机构 6 个，超过上限 5 个", failure.getAttribute("message"));
        String text = failure.getTextContent();
        assertTrue(text.contains("通办发〔2020〕6号") && text.contains("二(一)1") && text.contains("一类乡镇党政机构不超过5个"), text);
        Element warning = children(children(suite(d, ReportFixture.LIST), "testcase").get(0), "failure").get(0);
        assertEquals("warning", warning.getAttribute("type"));
    }

    @Test
    void infoPassesWithSystemOutAndWaivedIsSkipped() {
        Document d = parse(ReportFixture.render(new JunitRenderer(), ReportFixture.full(), true));
        List<Element> cases = children(suite(d, ReportFixture.PLAN), "testcase");
        Element waived = cases.get(1);
        assertTrue(waived.getAttribute("name").startsWith("public-institution-cap "));
        assertEquals(0, children(waived, "failure").size());
        String skip = children(waived, "skipped").get(0).getAttribute("message");
        assertTrue(skip.contains("试点期间") && skip.contains("通编委〔2021〕3号"), skip);
        Element info = cases.get(2);
        assertEquals(0, children(info, "failure").size() + children(info, "skipped").size() + children(info, "error").size());
        assertTrue(children(info, "system-out").get(0).getTextContent().contains("set up unlike its class"));
    }

    @Test
    void inputErrorsAreErrors() {
        Document d = parse(ReportFixture.render(new JunitRenderer(), ReportFixture.full(), true));
        Element bad = children(suite(d, ReportFixture.BAD), "testcase").get(0);
        Element error = children(bad, "error").get(0);
        assertEquals("unknown key 'clas'; did you mean 'class'?", error.getAttribute("message"));
        assertTrue(bad.getAttribute("name").contains("7:5"));
        assertEquals(1, children(children(suite(d, ReportFixture.EMPTY), "testcase").get(0), "error").size());
    }

    @Test
    void markupAndControlCharactersAreEscaped() {
        String nasty = "<a href=\"x\">&amp;</a> ]]> \u0001 \uD83D\uDE00";
        Report r = new Report("0.1.0", 1, List.of(), List.of(finding("r", Severity.ERROR, "p", "a&b<c>.yaml", 1, 1, nasty,
                nasty, nasty, new Citation(nasty, "\"'", nasty), null)));
        String xml = ReportFixture.render(new JunitRenderer(), r, false);
        Document d = parse(xml);
        Element s = suite(d, "a&b<c>.yaml");
        Element c = children(s, "testcase").get(0);
        String expected = nasty.replace('\u0001', '\uFFFD');
        assertTrue(c.getAttribute("name").contains(expected), c.getAttribute("name"));
        assertEquals(expected, children(c, "failure").get(0).getAttribute("message"));
        assertTrue(children(c, "failure").get(0).getTextContent().contains(expected + "\n"));
    }

    @Test
    void aCleanRunIsOnePassingTest() {
        Document d = parse(ReportFixture.render(new JunitRenderer(), ReportFixture.clean(), true));
        assertCounts(d.getDocumentElement(), 1, 0, 0, 0);
        List<Element> suites = children(d.getDocumentElement(), "testsuite");
        assertEquals(1, suites.size());
        assertEquals(1, children(suites.get(0), "testcase").size());
        assertEquals(0, children(suites.get(0), "testcase").get(0).getChildNodes().getLength());
    }

    @Test
    void theShippedCataloguesGiveOneTestCasePerFindingAndDeterministicBytes() {
        Qingdan.Run run = Qingdan.run("check", "--format", "junit", "--lang", "zh", "catalogues/");
        Document d = parse(run.out());
        int findings = Qingdan.checkJson("catalogues/").json().get("findings").size();
        assertEquals(findings, Integer.parseInt(d.getDocumentElement().getAttribute("tests")));
        assertEquals(findings, d.getElementsByTagName("testcase").getLength());
        assertEquals(ReportFixture.render(new JunitRenderer(), ReportFixture.full(), false),
                ReportFixture.render(new JunitRenderer(), ReportFixture.full(), false));
    }
}
