package dev.mllens.internal;

import dev.mllens.workload.Attestation;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an attestation either as a bare boolean ({@code "skillsTrainingProgram": true}) or as an object
 * with a note ({@code {"holds": true, "note": "HR plan 2026", "attestedBy": "ML lead"}}).
 */
@API(status = API.Status.INTERNAL)
public final class AttestationDeserializer extends ValueDeserializer<Attestation> {

    @Override
    public Attestation deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return Attestation.of(t == JsonToken.VALUE_TRUE);
        }
        if (t != JsonToken.START_OBJECT) {
            return (Attestation) ctxt.handleUnexpectedToken(Attestation.class, p);
        }
        Boolean holds = null;
        String note = null;
        String by = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "holds" -> {
                    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                        ctxt.reportInputMismatch(Attestation.class, "holds must be true or false");
                    }
                    holds = v == JsonToken.VALUE_TRUE;
                }
                case "note" -> note = text(p, ctxt, v, "note");
                case "attestedBy" -> by = text(p, ctxt, v, "attestedBy");
                default -> ctxt.reportInputMismatch(Attestation.class,
                        "unknown field '" + name + "' in an attestation (known: holds, note, attestedBy)");
            }
        }
        if (holds == null) {
            ctxt.reportInputMismatch(Attestation.class, "an attestation object needs \"holds\": true or false");
        }
        return new Attestation(holds, note, by);
    }

    private static String text(JsonParser p, DeserializationContext ctxt, JsonToken v, String field) {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            ctxt.reportInputMismatch(Attestation.class, field + " must be a string");
        }
        return p.getString();
    }
}
