package qingdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Qingdan;

/** The same input gives byte-identical reports. */
class DeterminismTest {

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"json", "text", "sarif", "junit", "markdown", "github", "html"})
    void sameInputTwiceGivesByteIdenticalReports(String format) {
        for (String lang : new String[] {"zh", "en"}) {
            Qingdan.Run first = Qingdan.run("check", "--format", format, "--lang", lang, "catalogues/");
            Qingdan.Run second = Qingdan.run("check", "--format", format, "--lang", lang, "catalogues/");
            assertEquals(first.exit(), second.exit());
            assertEquals(first.out(), second.out());
            assertEquals(first.err(), second.err());
        }
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"json", "text", "sarif", "junit", "markdown", "github", "html"})
    void theOrderOfPathsDoesNotChangeTheReport(String format) {
        Qingdan.Run a = Qingdan.run("check", "--format", format, "--lang", "zh",
                "catalogues/tongwei-2020/establishment-plan.yaml", "catalogues/ganzhou-2018/establishment-plan.yaml");
        Qingdan.Run b = Qingdan.run("check", "--format", format, "--lang", "zh",
                "catalogues/ganzhou-2018/establishment-plan.yaml", "catalogues/tongwei-2020/establishment-plan.yaml");
        assertEquals(a.out(), b.out());
    }
}
