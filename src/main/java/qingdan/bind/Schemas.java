package qingdan.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import qingdan.bind.Binder.Field;
import qingdan.bind.Binder.Shape;
import qingdan.model.About;
import qingdan.model.Kind;
import qingdan.model.Position;
import qingdan.model.Recipients;
import qingdan.model.Term;
import qingdan.model.TownshipClass;

/**
 * JSON Schemas (draft 2020-12) of the catalogue kinds, generated from the same record shapes the
 * loader binds, so that the schema and the loader cannot disagree. For editors and other tools.
 */
public final class Schemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Schemas() {
    }

    /** The schema of one kind of catalogue. */
    public static ObjectNode of(Kind kind) {
        ObjectNode s = JSON.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "https://qingdan.io/schema/" + kind.code() + ".json");
        s.put("title", kind.zh() + " (" + kind.code() + ")");
        ObjectNode body = record(kind.recordType());
        if (kind == Kind.PERSONNEL_ROSTER) {
            // the loader requires as_of of a roster (its township_years count up to it)
            ((ArrayNode) body.get("required")).add("as_of");
        }
        ((ObjectNode) body.get("properties")).set("kind", JSON.objectNode().set("enum", JSON.arrayNode().add(kind.code()).add(kind.zh())));
        s.setAll(body);
        return s;
    }

    /** One schema for every kind: the file's {@code kind:} chooses. */
    public static ObjectNode all() {
        ObjectNode s = JSON.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "https://qingdan.io/schema/catalogue.json");
        s.put("title", "qingdan catalogue");
        ArrayNode oneOf = s.putArray("oneOf");
        for (Kind k : Kind.values()) {
            ObjectNode one = of(k);
            one.remove("$schema");
            one.remove("$id");
            oneOf.add(one);
        }
        return s;
    }

    public static String text(JsonNode schema) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode record(Class<?> type) {
        ObjectNode s = JSON.objectNode();
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        addFields(Binder.shape(type), props, required);
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private static void addFields(Shape shape, ObjectNode props, ArrayNode required) {
        for (Field f : shape.fields()) {
            Class<?> raw = f.component().getType();
            if (raw == Position.class) {
                continue;
            }
            if (f.inline()) {
                addFields(Binder.shape(raw), props, required);
                continue;
            }
            ObjectNode v = value(f.type());
            if (f.oneOrMany()) {
                ObjectNode either = JSON.objectNode();
                either.putArray("anyOf").add(value(elementType(f.type()))).add(v);
                v = either;
            }
            ObjectNode prop;
            if (f.required()) {
                required.add(f.key());
                prop = v;
            } else {
                // "An optional key written as null counts as absent."
                prop = JSON.objectNode();
                prop.putArray("anyOf").add(v).add(JSON.objectNode().put("type", "null"));
            }
            About about = f.component().getAnnotation(About.class);
            if (about != null) {
                // title: the column label (or sheet) of an office's table export, for table readers
                if (!about.column().isEmpty()) {
                    prop.put("title", about.column());
                }
                prop.put("description", about.zh().isEmpty() ? about.value() : about.value() + " / " + about.zh());
            }
            props.set(f.key(), prop);
        }
    }

    private static ObjectNode value(Type type) {
        Class<?> raw = type instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) type).getRawType();
        ObjectNode v = JSON.objectNode();
        if (raw == String.class) {
            v.put("type", "string");
        } else if (raw == Integer.class || raw == Long.class) {
            v.put("type", "integer").put("minimum", 0);
        } else if (raw == Double.class) {
            v.put("type", "number");
        } else if (raw == Boolean.class) {
            v.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            v.put("type", "string").put("format", "date").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
        } else if (raw == Year.class) {
            v.putArray("anyOf").add(JSON.objectNode().put("type", "integer").put("minimum", 1000).put("maximum", 9999))
                    .add(JSON.objectNode().put("type", "string").put("pattern", "^\\d{4}$"));
        } else if (raw.isEnum() && Term.class.isAssignableFrom(raw)) {
            ArrayNode e = v.putArray("enum");
            for (Object c : raw.getEnumConstants()) {
                Term t = (Term) c;
                e.add(t.zh()).add(t.code());
                t.aliases().forEach(e::add);
                if (raw == TownshipClass.class) {
                    e.add(Integer.parseInt(t.code()));
                }
            }
        } else if (raw == List.class) {
            v.put("type", "array");
            v.set("items", value(elementType(type)));
        } else if (raw == Map.class) {
            v.put("type", "object");
            if (((ParameterizedType) type).getActualTypeArguments()[0] == Year.class) {
                v.set("propertyNames", JSON.objectNode().put("pattern", "^\\d{4}$"));
            }
            v.set("additionalProperties", value(((ParameterizedType) type).getActualTypeArguments()[1]));
        } else if (raw == Recipients.class) {
            ArrayNode oneOf = v.putArray("oneOf");
            oneOf.add(JSON.objectNode().put("const", "all"));
            oneOf.add(JSON.objectNode().put("type", "array").set("items", JSON.objectNode().put("type", "string")));
            oneOf.add(record(Recipients.Classes.class));
        } else if (raw.isRecord()) {
            return record(raw);
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        return v;
    }

    private static Type elementType(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }
}
