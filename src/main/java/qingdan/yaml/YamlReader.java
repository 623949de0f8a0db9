package qingdan.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import qingdan.model.Position;
import qingdan.yaml.YNode.Entry;
import qingdan.yaml.YNode.ScalarType;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;

/**
 * Reads the bytes of one catalogue file into a located {@link YNode} tree, refusing what a
 * catalogue never needs and an attacker would use: anchors and aliases, deep nesting, huge
 * scalars, several documents. Thread-safe.
 */
public final class YamlReader {
    /** Catalogues are about six levels deep; anything near this is not a catalogue. */
    public static final int MAX_DEPTH = 64;
    /** No value in a catalogue is anywhere near this long (a long quote is a few hundred). */
    public static final int MAX_SCALAR_CHARS = 64 * 1024;
    /** A province's whole guidance catalogue (5,000 items, about 2 MB) fits many times over. */
    public static final int MAX_FILE_BYTES = 32 << 20;

    private static final String ANCHORS =
            "YAML anchors and aliases ('&name', '*name') are not allowed in a catalogue; write the value out";

    private final LoaderOptions loaderOptions;
    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loaderOptions = loader;
        loader.setCodePointLimit(MAX_FILE_BYTES);
        loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        loader.setMaxAliasesForCollections(0);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // 'approved_by:' with nothing after it is null in YAML, as '~' and 'null' are: an
                // office's blank cell means "not recorded". Quoted '' and "" stay empty text.
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_SCALAR_CHARS)
                        .build())
                .build();
    }

    /** Decodes and parses a whole file. */
    public YNode read(byte[] bytes) throws YamlProblem {
        return parse(decode(bytes));
    }

    /** Strict UTF-8, with the byte-order mark that Windows editors write dropped. */
    public static String decode(byte[] bytes) throws YamlProblem {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new YamlProblem(null, "file is " + bytes.length / (1 << 20) + " MiB; a catalogue may be at most "
                    + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new YamlProblem(null, "not UTF-8: " + likelyEncoding(bytes)
                    + "; save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)");
        }
    }

    private static String likelyEncoding(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return "it looks like UTF-16";
        }
        try {
            CharBuffer text = strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes));
            long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            if (han > 0) {
                return "it looks like GBK (GB2312/GB18030), as Chinese Windows editors save by default";
            }
        } catch (CharacterCodingException ignored) {
            // not GBK either
        }
        return "the encoding is not recognised";
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Parses text that holds exactly one YAML document. */
    public YNode parse(String text) throws YamlProblem {
        refuseLongLines(text);
        refuseAnchors(text);
        YAMLParser p = null;
        try {
            p = (YAMLParser) factory.createParser(text);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new YamlProblem(null, "empty file: expected a catalogue (a mapping starting with 'kind:')");
            }
            YNode root = readValue(p, 0);
            if (p.nextToken() != null) {
                throw new YamlProblem(at(p.currentTokenLocation()),
                        "more than one YAML document in the file; a catalogue file holds exactly one (remove the '---' line)");
            }
            return root;
        } catch (JsonProcessingException e) {
            Position pos = at(e.getLocation());
            throw new YamlProblem(pos != null || p == null ? pos : at(p.currentLocation()), syntaxMessage(e));
        } catch (IOException e) {
            throw new YamlProblem(null, "could not read: " + e.getMessage());
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading from a string: nothing to release
                }
            }
        }
    }

    /**
     * Jackson reports aliases but drops anchors on scalars, so an anchor is found with SnakeYAML's
     * own event parser, and only in files that contain an '&' at all: catalogues almost never do.
     * An anchor always precedes its aliases, so the first anchor is the first of either.
     */
    private void refuseAnchors(String text) throws YamlProblem {
        if (text.indexOf('&') < 0) {
            return;
        }
        try {
            for (Event e : new Yaml(loaderOptions).parse(new StringReader(text))) {
                if (e instanceof NodeEvent n && n.getAnchor() != null && !(e instanceof AliasEvent)) {
                    throw new YamlProblem(new Position(e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1),
                            ANCHORS);
                }
            }
        } catch (YAMLException syntax) {
            // Jackson's parse reports syntax errors with a better message; the anchor scan only
            // covers what came before, which is all that can matter.
        }
    }

    /**
     * A huge scalar costs SnakeYAML memory in proportion before we see it; a line that long is
     * never a catalogue, so it is refused up front, with its line number.
     */
    private static void refuseLongLines(String text) throws YamlProblem {
        int line = 1;
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                if (i - start > MAX_SCALAR_CHARS) {
                    throw new YamlProblem(new Position(line, 1), "line " + line + " is " + (i - start)
                            + " characters long; no catalogue value is longer than " + MAX_SCALAR_CHARS);
                }
                line++;
                start = i + 1;
            }
        }
    }

    private YNode readValue(YAMLParser p, int depth) throws IOException, YamlProblem {
        Position pos = at(p.currentTokenLocation());
        if (p.isCurrentAlias() || p.getObjectId() != null) {
            throw new YamlProblem(pos, ANCHORS);
        }
        if (depth > MAX_DEPTH) {
            throw new YamlProblem(pos, "nested more than " + MAX_DEPTH + " levels deep; a catalogue needs fewer than ten");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Position keyPos = at(p.currentTokenLocation());
                    p.nextToken();
                    YNode value = readValue(p, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new YamlProblem(keyPos, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyPos().line() + ")");
                    }
                    entries.put(key, new Entry(keyPos, value));
                }
                return new YMap(pos, entries);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, depth + 1));
                }
                return new YSeq(pos, items);
            }
            case VALUE_STRING:
                if (p.getTextLength() > MAX_SCALAR_CHARS) {
                    throw new YamlProblem(pos, "a value of " + p.getTextLength() + " characters; no catalogue value is longer than "
                            + MAX_SCALAR_CHARS);
                }
                return new YScalar(pos, p.getText(), ScalarType.STRING);
            case VALUE_NUMBER_INT:
                return new YScalar(pos, p.getText(), ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new YScalar(pos, p.getText(), ScalarType.FLOAT);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YScalar(pos, p.getText(), ScalarType.BOOLEAN);
            case VALUE_NULL:
                return new YScalar(pos, null, ScalarType.NULL);
            default:
                throw new YamlProblem(pos, "unexpected YAML token " + t);
        }
    }

    private static Position at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return null;
        }
        return new Position(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** SnakeYAML's messages carry a source excerpt after the problem; keep the problem. */
    private static String syntaxMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "YAML syntax error";
        }
        if (m.contains("Document nesting depth") || m.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep; a catalogue needs fewer than ten";
        }
        if (m.contains("String value length") || m.contains("exceeds the maximum")) {
            return "a value longer than " + MAX_SCALAR_CHARS + " characters; no catalogue value is that long";
        }
        if (m.contains("Number of aliases")) {
            return ANCHORS;
        }
        List<String> kept = new ArrayList<>();
        for (String line : m.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("in 'reader'") || s.startsWith("^") || line.startsWith("    ")) {
                continue;
            }
            kept.add(s);
        }
        return "YAML syntax error: " + String.join(" ", kept);
    }
}
