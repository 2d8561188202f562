package dev.mllens.cli;

import dev.mllens.Waiver;
import dev.mllens.WaiverReason;
import java.util.Arrays;
import java.util.Locale;
import org.apiguardian.api.API;

/** A waiver as a person types it, on the command line ({@code --waive}) and in a query ({@code waive=}): {@code ID:REASON[:NOTE]}. */
@API(status = API.Status.INTERNAL)
public final class WaiverText {

    private WaiverText() {
    }

    /**
     * The waiver {@code text} stands for; the reason is read case-insensitively. Throws
     * {@link IllegalArgumentException} with a message that starts with {@code label} (the option or parameter).
     */
    public static Waiver parse(String text, String label) {
        String[] parts = text.split(":", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException(label + " expects ID:REASON[:NOTE], got '" + text + "'");
        }
        WaiverReason reason;
        try {
            reason = WaiverReason.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + " " + text + ": reason must be one of "
                    + Arrays.toString(WaiverReason.values()));
        }
        return Waiver.of(parts[0].trim(), reason, parts.length == 3 ? parts[2].trim() : null);
    }
}
