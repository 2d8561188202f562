package dev.mllens.report;

import org.apiguardian.api.API;

/**
 * The one place where a user's string (an id, a name, a note, a value, a file name) is made safe for
 * the medium it is written to, so that no workload can forge a report line, an error message, markup or
 * a link. Every renderer and the command line go through it.
 *
 * <p>All media first make the string <em>visible</em>: control characters (CR, LF, tab, ESC, DEL, C1),
 * line and paragraph separators, bidirectional overrides and other invisible format characters,
 * unpaired surrogates and non-characters are replaced by escapes such as {@code \n} or <code>&#92;u202E</code>,
 * so a value stays on its line and reads in its stored order. Values longer than a limit are cut with a
 * marker saying how much was left out. Then each medium escapes its own syntax.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SafeText {

    /** Longest value, in characters, that a report shows before cutting it. */
    public static final int VALUE_LIMIT = 1_000;

    /** Longest value an error message quotes. */
    public static final int QUOTE_LIMIT = 120;

    /** Longest line written to stderr. */
    public static final int LINE_LIMIT = 2_000;

    private SafeText() {
    }

    /** The value for a plain-text report or a terminal: visible and cut to {@link #VALUE_LIMIT}. */
    public static String text(String s) {
        return visible(cut(s, VALUE_LIMIT));
    }

    /** A message for stderr or a log: one line whatever it holds, cut to {@link #LINE_LIMIT}. */
    public static String line(String s) {
        return visible(cut(s, LINE_LIMIT));
    }

    /** A value quoted inside an error message: {@code "value"}, visible and cut to {@link #QUOTE_LIMIT}. */
    public static String quoted(Object value) {
        return '"' + visible(cut(String.valueOf(value), QUOTE_LIMIT)) + '"';
    }

    /** Text or a double-quoted attribute value in HTML. */
    public static String html(String s) {
        return markup(text(s));
    }

    /** Text or an attribute value in XML 1.0: every character left is one XML 1.0 can hold. */
    public static String xml(String s) {
        return markup(text(s));
    }

    /**
     * Inline text in GitHub-flavoured Markdown, in a paragraph, a list item or a table cell: every ASCII
     * punctuation character that Markdown or GitHub gives a meaning is backslash-escaped, so the value
     * cannot open a table cell, a link or image, HTML, an entity, code, emphasis or math, whatever it
     * holds. Autolinks ({@code https://…}, {@code www.…}, {@code a@b.c}) are found in text after the
     * escapes are read, so there an empty comment ({@value #BREAK}) splits the text where the link would
     * start: it renders as nothing and keeps the value's characters as they are.
     */
    public static String markdown(String s) {
        String v = text(s);
        StringBuilder b = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '@') {
                b.append(BREAK);
            } else if (v.regionMatches(true, i, "www.", 0, 4)) {
                b.append(v, i, i + 3).append(BREAK);
                i += 2;
                continue;
            }
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
            if (c == ':' && v.startsWith("//", i + 1)) {
                b.append(BREAK);
            }
        }
        return b.length() == v.length() ? v : b.toString();
    }

    /** An inert comment that splits Markdown text so that no autolink spans it. */
    static final String BREAK = "<!-- -->";

    /** ASCII punctuation with a meaning somewhere in CommonMark, GFM or GitHub's own extensions. */
    private static final String MARKDOWN_SPECIAL = "\\`*_{}[]()<>#+-.!|~:@$&^";

    /**
     * {@code s} with at most {@code max} characters of it kept and a marker saying how many were left
     * out; a surrogate pair is never split.
     */
    public static String cut(String s, int max) {
        if (s == null) {
            return "null";
        }
        if (s.length() <= max) {
            return s;
        }
        int keep = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, keep) + "… [" + (s.length() - keep) + " more characters]";
    }

    /**
     * {@code s} with every character that could break a line, hide text or reorder it on screen
     * replaced by a visible escape: {@code \n}, {@code \r}, {@code \t}, otherwise <code>&#92;uXXXX</code>
     * (or <code>&#92;U000XXXXX</code> beyond the BMP).
     */
    public static String visible(String s) {
        if (s == null) {
            return "null";
        }
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (unsafe(cp, s, i)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (unsafe(cp, s, i)) {
                escape(b, cp);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static boolean unsafe(int cp, String s, int at) {
        if (cp >= 0x20 && cp < 0x7F) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            // zero-width (non-)joiners shape Persian, Indic scripts and emoji; every other format
            // character (bidi overrides and isolates, marks, BOM, tag characters) hides or reorders text
            case Character.FORMAT -> cp != 0x200C && cp != 0x200D;
            // a surrogate left over after codePointAt is unpaired
            case Character.SURROGATE -> true;
            default -> (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
        };
    }

    private static void escape(StringBuilder b, int cp) {
        switch (cp) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> b.append(cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp));
        }
    }

    private static String markup(String v) {
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && b == null) {
                b = new StringBuilder(v.length() + 16).append(v, 0, i);
            }
            if (b != null) {
                if (entity != null) {
                    b.append(entity);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? v : b.toString();
    }
}
