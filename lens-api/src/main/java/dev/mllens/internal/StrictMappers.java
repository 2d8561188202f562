package dev.mllens.internal;

import org.apiguardian.api.API;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.ReadLimits;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.FactModel;
import dev.mllens.workload.Workload;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The JSON and YAML mappers for one set of read limits, configured alike so that YAML is read exactly as
 * strictly as JSON: no unknown fields, no duplicate keys, no value of one type read as another (no enum
 * ordinals or padded enum names, no number read as a string or the reverse, no fraction as a whole
 * number, no infinite or NaN number), and the parser itself held to the limits.
 *
 * <p>The YAML mapper is built on first use: most documents are JSON, and building it (the YAML engine's
 * classes and settings) is a noticeable part of a short command's start.
 */
@API(status = API.Status.INTERNAL)
public final class StrictMappers {

    private static final StrictMappers DEFAULT = build(ReadLimits.defaults());
    /** Mappers for limits other than the defaults; a few distinct limits per application are expected. */
    private static final Map<ReadLimits, StrictMappers> OTHERS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 16;

    private final ReadLimits limits;
    private final JsonMapper json;
    private volatile YAMLMapper yaml;

    private StrictMappers(ReadLimits limits) {
        this.limits = limits;
        this.json = strict(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints(limits)).build()));
    }

    /** The JSON mapper. */
    public JsonMapper json() {
        return json;
    }

    /** The YAML mapper, built on first use (two threads may both build one: equal, so the race is harmless). */
    public YAMLMapper yaml() {
        YAMLMapper m = yaml;
        if (m == null) {
            m = buildYaml(limits);
            yaml = m;
        }
        return m;
    }

    /** The mappers of the default limits, also used for writing. */
    public static StrictMappers defaults() {
        return DEFAULT;
    }

    /** The mappers that read within {@code limits}. */
    public static StrictMappers of(ReadLimits limits) {
        if (limits.equals(ReadLimits.defaults())) {
            return DEFAULT;
        }
        if (OTHERS.size() >= MAX_CACHED) {
            OTHERS.clear(); // an application that makes limits per request must not grow this without end
        }
        return OTHERS.computeIfAbsent(limits, StrictMappers::build);
    }

    /** The mapper of one syntax. */
    public ObjectMapper mapper(DocumentSyntax syntax) {
        return syntax == DocumentSyntax.YAML ? yaml() : json;
    }

    private static StrictMappers build(ReadLimits limits) {
        return new StrictMappers(limits);
    }

    private static YAMLMapper buildYaml(ReadLimits limits) {
        YAMLFactory yamlFactory = YAMLFactory.builder().streamReadConstraints(constraints(limits))
                // the YAML scanner has a size limit of its own (3 MB by default): the document limit decides
                .loadSettings(LoadSettings.builder().setCodePointLimit((int) Math.min(Integer.MAX_VALUE,
                        Math.max(limits.maxDocumentLength(), 1024))).build())
                .build();
        return strict(YAMLMapper.builder(yamlFactory)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES));
    }

    /**
     * The parser's own limits, from {@code limits}: strings, names and nesting as the limits say, so that
     * the parser stops at the first character over them instead of buffering the rest.
     */
    static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
        SimpleModule module = new SimpleModule("mllens")
                .addDeserializer(Attestation.class, new AttestationDeserializer())
                .addDeserializer(Double.class, new StrictScalars.FiniteNumber())
                .addDeserializer(Integer.class, new StrictScalars.WholeNumber());
        for (Class<?> type : FactModel.get().valueTypes()) {
            if (type.isEnum()) {
                addStrictEnum(module, type.asSubclass(Enum.class));
            }
        }
        // the ratings a baseline reads
        addStrictEnum(module, Status.class);
        addStrictEnum(module, Risk.class);
        return builder
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // a number or a boolean is not a string: "id": 123 is an error, not "123"
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(module)
            // editors bind a schema with a top-level "$schema" key: allowed there, nowhere else
            .addMixIn(Workload.class, SchemaKeyAllowed.class)
            .build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addStrictEnum(SimpleModule module, Class<? extends Enum> type) {
        module.addDeserializer((Class) type, new StrictScalars.EnumByName(type));
    }

    @JsonIgnoreProperties({"$schema"})
    private interface SchemaKeyAllowed {
    }
}
