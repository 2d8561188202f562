package dev.mllens.watool.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/** Text as the AWS Well-Architected Tool accepts it: its character set for lens texts, and its length limits. */
@API(status = API.Status.INTERNAL)
public final class ToolText {

    private ToolText() {
    }

    /** What the tool allows in the names, titles and descriptions of a custom lens, besides letters and digits. */
    public static final String ALLOWED_PUNCTUATION = " \n-_.,:/()@!&#+'?";

    /** Whether every character of the text is one the tool allows in lens texts. */
    public static boolean allowed(String text) {
        return text.chars().allMatch(ToolText::allowed);
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * The text with every character outside the tool's set replaced: accents dropped, quotes and dashes made
     * plain, {@code ;} made a comma, {@code %} spelled out, anything else made a space (spaces then folded).
     */
    public static String sanitize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder s = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (allowed(c)) {
                s.append(c);
                continue;
            }
            switch (c) {
                case ';' -> s.append(',');
                case '"', '\u2018', '\u2019', '\u201C', '\u201D', '`' -> s.append('\'');
                case '\u2013', '\u2014', '\u2011', '\u2212' -> s.append('-');
                case '%' -> s.append(" percent");
                case '\u2026' -> s.append("...");
                default -> s.append(' ');
            }
        }
        return s.toString().replaceAll(" {2,}", " ").replaceAll(" +\n", "\n").strip();
    }

    /** The text cut to at most {@code max} characters, ending in "..." when cut. */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return max <= 3 ? text.substring(0, max) : text.substring(0, max - 3).stripTrailing() + "...";
    }

    /**
     * Lines joined by line breaks within {@code max} characters: when they do not fit, the longest lines are
     * cut first, each to a fair share of what is left, so every line keeps its start.
     */
    public static String fit(List<String> lines, int max) {
        int budget = max - Math.max(0, lines.size() - 1);
        List<String> out = new ArrayList<>(lines);
        List<Integer> byLength = IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparingInt(i -> lines.get(i).length())).toList();
        int left = lines.size();
        for (int i : byLength) {
            int share = Math.max(0, budget / left);
            String cut = truncate(lines.get(i), share);
            out.set(i, cut);
            budget -= cut.length();
            left--;
        }
        return String.join("\n", out);
    }
}
