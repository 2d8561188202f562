package dev.mllens.json;

import java.util.Locale;
import org.apiguardian.api.API;

/** The syntax of a workload document: JSON, or YAML read with the same strictness. */
@API(status = API.Status.EXPERIMENTAL)
public enum DocumentSyntax {
    JSON,
    YAML;

    /**
     * The syntax of a document named {@code fileName} holding {@code text}: {@code .yaml} and {@code .yml}
     * are YAML, {@code .json} is JSON; any other name (or none, as for standard input) is JSON when the
     * text starts with <code>{</code> (after white space and a byte-order mark), YAML otherwise.
     */
    public static DocumentSyntax of(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' ? JSON : YAML;
            }
        }
        return JSON;
    }
}
