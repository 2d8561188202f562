package dev.mllens.watool.internal;

import dev.mllens.Assessment;
import dev.mllens.QuestionResult;
import dev.mllens.Waiver;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.watool.ChoiceStatus;
import dev.mllens.watool.ChoiceUpdate;
import dev.mllens.watool.ToolReason;
import dev.mllens.watool.UpdateAnswer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An assessment as {@code UpdateAnswer} parameters, one per question in scope. The answer is the one
 * {@link QuestionResult} defines (MET selected, NOT_APPLICABLE marked, "none of these" when the evidence
 * decides that nothing is in place), so the risk the tool computes from it is the question risk mllens reports.
 */
@API(status = API.Status.INTERNAL)
public final class AnswerExport {

    private AnswerExport() {
    }

    /** The parameters of one call per question in scope, in lens order. */
    public static List<UpdateAnswer> answers(Assessment a, String workloadId, String lensArn) {
        Map<String, Waiver> waivers = a.waivers().stream().collect(Collectors.toMap(Waiver::bestPracticeId, w -> w));
        List<UpdateAnswer> out = new ArrayList<>();
        for (QuestionResult q : a.questions()) {
            Map<String, ChoiceUpdate> updates = new LinkedHashMap<>();
            Set<ToolReason> reasons = EnumSet.noneOf(ToolReason.class);
            for (Finding f : q.findings()) {
                if (f.status() == Status.NOT_APPLICABLE) {
                    ToolReason reason = reason(waivers.get(f.bestPracticeId()));
                    reasons.add(reason);
                    updates.put(choice(f), new ChoiceUpdate(ChoiceStatus.NOT_APPLICABLE, reason,
                            ToolText.truncate(f.reason(), ChoiceUpdate.MAX_NOTES)));
                }
            }
            boolean applicable = q.risk() != Risk.NOT_APPLICABLE;
            ToolReason questionReason = applicable ? null : reasons.size() == 1 ? reasons.iterator().next() : ToolReason.OTHER;
            out.add(new UpdateAnswer(workloadId, lensArn, q.questionId(), q.selectedChoices(), updates,
                    notes(a, q), applicable, questionReason));
        }
        return out;
    }

    /** A waiver keeps its reason; a practice the rules found not to apply is out of scope for the workload. */
    private static ToolReason reason(Waiver w) {
        return w == null ? ToolReason.OUT_OF_SCOPE : ToolReason.of(w.reason());
    }

    private static String choice(Finding f) {
        return Lens.catalog().require(f.bestPracticeId()).waChoiceId();
    }

    /** One line of context, then one line per practice: its status and the gist of why, cut to fit the tool's limit. */
    static String notes(Assessment a, QuestionResult q) {
        List<String> lines = new ArrayList<>();
        lines.add("mllens, lens edition " + a.lensEdition() + ", workload " + a.workloadId() + ": question risk "
                + q.risk() + ". Per practice:");
        for (Finding f : q.findings()) {
            // a not-applicable finding's reason already says so ("not applicable: ...", "waived (...): ...")
            lines.add(f.bestPracticeId() + " " + (f.status() == Status.NOT_APPLICABLE ? f.reason()
                    : f.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + gist(f)));
        }
        return ToolText.fit(lines, UpdateAnswer.MAX_NOTES);
    }

    private static String gist(Finding f) {
        return switch (f.status()) {
            case MET, NOT_APPLICABLE -> f.reason();
            case PARTIALLY_MET, NOT_MET -> String.join("; ", f.gapTexts().isEmpty() ? List.of(f.reason()) : f.gapTexts());
            case INSUFFICIENT_EVIDENCE -> "state " + f.missing().stream().map(Missing::fact).collect(Collectors.joining(", "));
        };
    }
}
