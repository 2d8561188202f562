package dev.mllens.cli;

/** Output formats. */
enum Format {
    TEXT,
    JSON,
    /** The AWS Well-Architected Tool's UpdateAnswer parameters, one per question; written {@code wa-answers}. */
    WA_ANSWERS {
        @Override
        public String toString() {
            return "wa-answers"; // picocli matches enum values by toString() too
        }
    }
}
