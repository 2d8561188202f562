package dev.mllens.cli.serve;

import dev.mllens.MlLens;
import dev.mllens.lens.Lens;
import dev.mllens.report.Reports;
import dev.mllens.report.SafeText;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The page at {@code GET /}: one self-contained document (inline style and script, the sample inside, no
 * request to anywhere but this service) where a person pastes, uploads or loads a workload and sees the HTML
 * report. Like the report, it runs under a content security policy that allows its own style and script by
 * hash, nothing inline besides. The report is shown in a sandboxed {@code srcdoc} frame, which inherits this
 * policy, so the policy also allows the report's own style and script (the files {@link Reports#html}
 * inlines, hashed the same way) and nothing else.
 *
 * @param html the page
 * @param policy its {@code Content-Security-Policy}
 */
record Page(String html, String policy) {

    static Page load() {
        String style = resource(Page.class, "page.css");
        String script = resource(Page.class, "page.js");
        String policy = "default-src 'none'; style-src '" + sha256(style) + "' '" + sha256(resource(Reports.class, "report.css"))
                + "'; script-src '" + sha256(script) + "' '" + sha256(resource(Reports.class, "report.js"))
                + "'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        // in a JSON data block only "</script" could end the element early; \u003c is the same JSON text
        String sample = Samples.fraudDetectionJson().replace("<", "\\u003c");
        String html = fill(resource(Page.class, "page.html"), Map.of("style", style, "script", script, "sample", sample,
                "edition", SafeText.html(Lens.EDITION), "version", SafeText.html(MlLens.version())));
        return new Page(html, policy);
    }

    /** Replaces each {@code {{name}}} of the template in one pass, so a value is never scanned for names itself. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 16 * 1024);
        int at = 0;
        for (int open; (open = template.indexOf("{{", at)) >= 0; ) {
            int close = template.indexOf("}}", open);
            String name = close < 0 ? null : template.substring(open + 2, close);
            String value = name == null ? null : values.get(name);
            if (value == null) {
                throw new IllegalStateException("page template: no value for " + template.substring(open, Math.min(template.length(), open + 40)));
            }
            out.append(template, at, open).append(value);
            at = close + 2;
        }
        return out.append(template, at, template.length()).toString();
    }

    static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + name + " missing beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + name, e);
        }
    }

    /** A CSP hash source of an inline element's text, as browsers compute it. */
    static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
