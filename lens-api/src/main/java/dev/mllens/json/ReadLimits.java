package dev.mllens.json;

import org.apiguardian.api.API;

/**
 * What one document may hold, enforced while it is read: a document over a limit is refused with a
 * {@link WorkloadFormatException} naming where it went over, before the workload is built or assessed.
 * The defaults are far beyond any real workload (tens of datasets, models and endpoints, values of a few
 * hundred characters) and keep the assessment of any document within them under 512 MB of heap
 * ({@code ReadLimitsMemoryTest} assesses documents at the limits in a JVM of that size).
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxListLength(50_000).build();
 * Workload w = LensJson.readWorkload(text, DocumentSyntax.JSON, limits);
 * }</pre>
 *
 * @param maxDocumentLength characters in the whole document
 * @param maxDepth levels of nesting (objects and arrays): the sample is 4 deep
 * @param maxEntities datasets, models and endpoints of one workload, in all
 * @param maxListLength items in one array: the ids and values of a list, or the entities of one list
 * @param maxStringLength characters in one string value or field name
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReadLimits(long maxDocumentLength, int maxDepth, int maxEntities, int maxListLength, int maxStringLength) {

    /** Default: 10,000,000 characters in a document. */
    public static final long DEFAULT_DOCUMENT_LENGTH = 10_000_000;
    /** Default: 32 levels of nesting. */
    public static final int DEFAULT_DEPTH = 32;
    /** Default: 10,000 datasets, models and endpoints in all. */
    public static final int DEFAULT_ENTITIES = 10_000;
    /** Default: 10,000 items in one list. */
    public static final int DEFAULT_LIST_LENGTH = 10_000;
    /** Default: 10,000 characters in one string. */
    public static final int DEFAULT_STRING_LENGTH = 10_000;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_DOCUMENT_LENGTH, DEFAULT_DEPTH, DEFAULT_ENTITIES,
            DEFAULT_LIST_LENGTH, DEFAULT_STRING_LENGTH);

    /** Rejects a limit that is not positive: a limit of zero would refuse every document. */
    public ReadLimits {
        positive("maxDocumentLength", maxDocumentLength);
        positive("maxDepth", maxDepth);
        positive("maxEntities", maxEntities);
        positive("maxListLength", maxListLength);
        positive("maxStringLength", maxStringLength);
    }

    /** The limits used when a reader is given none. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /** Builds {@link ReadLimits}; each setter rejects a value that is not positive at once. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private long maxDocumentLength;
        private int maxDepth;
        private int maxEntities;
        private int maxListLength;
        private int maxStringLength;

        private Builder(ReadLimits from) {
            maxDocumentLength = from.maxDocumentLength;
            maxDepth = from.maxDepth;
            maxEntities = from.maxEntities;
            maxListLength = from.maxListLength;
            maxStringLength = from.maxStringLength;
        }

        /** Characters in the whole document. */
        public Builder maxDocumentLength(long characters) {
            positive("maxDocumentLength", characters);
            maxDocumentLength = characters;
            return this;
        }

        /** Levels of nesting of objects and arrays. */
        public Builder maxDepth(int levels) {
            positive("maxDepth", levels);
            maxDepth = levels;
            return this;
        }

        /** Datasets, models and endpoints in all. */
        public Builder maxEntities(int entities) {
            positive("maxEntities", entities);
            maxEntities = entities;
            return this;
        }

        /** Items in one array. */
        public Builder maxListLength(int items) {
            positive("maxListLength", items);
            maxListLength = items;
            return this;
        }

        /** Characters in one string value or field name. */
        public Builder maxStringLength(int characters) {
            positive("maxStringLength", characters);
            maxStringLength = characters;
            return this;
        }

        public ReadLimits build() {
            return new ReadLimits(maxDocumentLength, maxDepth, maxEntities, maxListLength, maxStringLength);
        }
    }
}
