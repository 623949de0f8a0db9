package qingdan.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a corpus must produce, counted as the generator plants them: by
 * {@code "<rule>/<pack>"}, in name order so that expected.json is byte-stable.
 */
final class Tally {
    final Map<String, Integer> findings = new TreeMap<>();
    final Map<String, Integer> waived = new TreeMap<>();

    /** One more finding of {@code rule} in {@code pack}. */
    void add(String rule, String pack) {
        add(rule, pack, 1);
    }

    void add(String rule, String pack, int n) {
        if (n > 0) {
            findings.merge(rule + "/" + pack, n, Integer::sum);
        }
    }

    /** One more finding that is reported, but waived (it is in {@link #findings} too). */
    void waived(String rule, String pack) {
        add(rule, pack);
        waived.merge(rule + "/" + pack, 1, Integer::sum);
    }

    void addAll(Tally other) {
        other.findings.forEach((k, v) -> findings.merge(k, v, Integer::sum));
        other.waived.forEach((k, v) -> waived.merge(k, v, Integer::sum));
    }

    int total() {
        return findings.values().stream().mapToInt(Integer::intValue).sum();
    }
}
