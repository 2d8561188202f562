package dev.mllens.internal;

import dev.mllens.report.SafeText;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Readers of single values that take each value only in its own form: an enum only by its exact name
 * (no ordinal, no padding, no other case), a number only as a finite number, a whole number only as a
 * whole number that fits. Jackson's own readers are lenient in these places.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    /** An enum constant by its exact name. */
    static final class EnumByName<E extends Enum<E>> extends ValueDeserializer<E> {
        private final Map<String, E> byName;
        private final String names;

        EnumByName(Class<E> type) {
            E[] values = type.getEnumConstants();
            this.byName = Arrays.stream(values).collect(Collectors.toMap(Enum::name, Function.identity()));
            this.names = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new ReadProblem(p, "expected one of " + names + ", " + ReadProblem.got(p.currentToken()));
            }
            E value = byName.get(p.getString());
            if (value == null) {
                throw new ReadProblem(p, "invalid value " + SafeText.quoted(p.getString()) + ", expected one of " + names);
            }
            return value;
        }
    }

    /** A number that is finite: 1e400 and YAML's .inf and .nan are refused. */
    static final class FiniteNumber extends ValueDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new ReadProblem(p, "expected a number, " + ReadProblem.got(t));
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw new ReadProblem(p, "expected a finite number, got " + SafeText.quoted(p.getText()));
            }
            return value;
        }
    }

    /** A whole number that fits in 32 bits. */
    static final class WholeNumber extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw new ReadProblem(p, "expected a whole number, " + (t == JsonToken.VALUE_NUMBER_FLOAT
                        ? "got " + SafeText.quoted(p.getText()) : ReadProblem.got(t)));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw new ReadProblem(p, "whole number " + SafeText.quoted(p.getText()) + " is out of range (at most "
                        + Integer.MAX_VALUE + ")");
            }
            return p.getIntValue();
        }
    }
}
