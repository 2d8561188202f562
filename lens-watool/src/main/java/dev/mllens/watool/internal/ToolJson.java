package dev.mllens.watool.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apiguardian.api.API;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the module: indented output without nulls; on reading, duplicate keys are rejected
 * and a document may follow another (paged output concatenated).
 */
@API(status = API.Status.INTERNAL)
public final class ToolJson {

    private ToolJson() {
    }

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
}
