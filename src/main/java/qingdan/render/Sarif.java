package qingdan.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of SARIF 2.1.0 qingdan writes, as types: the renderer builds a {@link Log} and Jackson
 * writes it, so a report cannot be malformed by a forgotten end-of-object. Names are the
 * standard's; absent (null) members are left out.
 */
final class Sarif {
    private Sarif() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Run(Tool tool, List<Result> results, String columnKind) {
    }

    record Tool(Driver driver) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Driver(String name, String version, List<ReportingDescriptor> rules) {
    }

    /** A rule, as SARIF calls it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportingDescriptor(String id, Message shortDescription, Message fullDescription, MultiformatMessage help,
                               Configuration defaultConfiguration, RuleProperties properties) {
    }

    record RuleProperties(List<String> packs, List<String> tags) {
    }

    record Message(String text) {
    }

    record MultiformatMessage(String text, String markdown) {
    }

    record Configuration(String level) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
                  Map<String, String> partialFingerprints, List<Suppression> suppressions, Map<String, String> properties) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArtifactLocation(String uri, String uriBaseId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Region(Integer startLine, Integer startColumn) {
    }

    /** A waiver: the finding stands, accepted by an outside authority. Its properties keep a null expires. */
    record Suppression(String kind, String status, String justification, Map<String, String> properties) {
    }
}
