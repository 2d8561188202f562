package dev.mllens.lens;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The Machine Learning Lens (Nov 2025 edition) as data: 105 best practices in 35 questions, each question
 * with mllens's title and description and the AWS Well-Architected Tool's risk rules.
 * Immutable and loaded once; {@link #catalog()} is cheap after the first call.
 */
@API(status = API.Status.STABLE)
public final class Lens {

    /** The lens edition this catalog reproduces. */
    public static final String EDITION = "2025-11";

    private static final String[] FILES = {
        "practices-operational-excellence.txt", "practices-security.txt", "practices-reliability.txt",
        "practices-performance-efficiency.txt", "practices-cost-optimization.txt", "practices-sustainability.txt",
    };

    private final Map<String, BestPractice> practices;
    private final Map<String, Question> questions;

    private static final String QUESTIONS = "questions.txt";
    private static final String RISK_RULES = "wa-risk-rules.txt";

    private Lens(List<BestPractice> list, Map<String, CatalogParser.Block> texts, Map<String, List<RiskRule>> rules) {
        Map<String, BestPractice> byId = new LinkedHashMap<>();
        Map<String, List<String>> idsByQuestion = new LinkedHashMap<>();
        for (BestPractice p : list) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalStateException("duplicate practice " + p.id());
            }
            idsByQuestion.computeIfAbsent(p.questionId(), q -> new ArrayList<>()).add(p.id());
        }
        Map<String, Question> qs = new LinkedHashMap<>();
        idsByQuestion.forEach((qid, ids) -> {
            BestPractice first = byId.get(ids.get(0));
            CatalogParser.Block text = texts.get(qid);
            if (text == null || text.one("title") == null || text.one("description") == null) {
                throw new IllegalStateException(QUESTIONS + ": " + qid + " needs a title and a description");
            }
            if (!rules.containsKey(qid)) {
                throw new IllegalStateException(RISK_RULES + ": no risk rules for " + qid);
            }
            qs.put(qid, new Question(qid, first.pillar(), first.phase(), ids, text.one("title"), text.one("description"),
                    rules.get(qid)));
        });
        for (String qid : texts.keySet()) {
            if (!qs.containsKey(qid)) {
                throw new IllegalStateException(QUESTIONS + ":" + texts.get(qid).line() + ": no practices for question " + qid);
            }
        }
        for (String qid : rules.keySet()) {
            if (!qs.containsKey(qid)) {
                throw new IllegalStateException(RISK_RULES + ": no practices for question " + qid);
            }
        }
        this.practices = java.util.Collections.unmodifiableMap(byId);
        this.questions = java.util.Collections.unmodifiableMap(qs);
    }

    private static final class Holder {
        static final Lens INSTANCE = load();
    }

    /** The lens catalog. */
    public static Lens catalog() {
        return Holder.INSTANCE;
    }

    private static Lens load() {
        List<BestPractice> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(CatalogParser.practices(file, Lens.class.getResourceAsStream(file)));
        }
        Map<String, CatalogParser.Block> texts = new LinkedHashMap<>();
        for (CatalogParser.Block b : CatalogParser.blocks(QUESTIONS, Lens.class.getResourceAsStream(QUESTIONS))) {
            if (texts.put(b.id(), b.allowing(Set.of("title", "description"))) != null) {
                throw b.error(b.line(), "question " + b.id() + " appears twice");
            }
        }
        Map<String, List<RiskRule>> rules = new LinkedHashMap<>();
        for (CatalogParser.Block b : CatalogParser.blocks(RISK_RULES, Lens.class.getResourceAsStream(RISK_RULES))) {
            List<RiskRule> list = b.entries().stream().map(e -> b.parse(e, c -> RiskRule.ofTool(e.key(), c))).toList();
            if (rules.put(b.id(), list) != null) {
                throw b.error(b.line(), "question " + b.id() + " appears twice");
            }
        }
        return new Lens(all, texts, rules);
    }

    /** All best practices in lens order (pillar, then question, then practice number). */
    public List<BestPractice> practices() {
        return List.copyOf(practices.values());
    }

    /** The practice with this id, if the lens has one. */
    public Optional<BestPractice> practice(String id) {
        return Optional.ofNullable(practices.get(id));
    }

    /** The practice with this id; throws {@link IllegalArgumentException} naming the id otherwise. */
    public BestPractice require(String id) {
        BestPractice p = practices.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown best practice id '" + id
                    + "'; ids look like MLSEC03-BP02 (see Lens.catalog().practices())");
        }
        return p;
    }

    /** All questions in lens order. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /** The question with this id, e.g. {@code MLSEC03}. */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** Practices grouped by pillar, in lens order. */
    public Map<Pillar, List<BestPractice>> byPillar() {
        Map<Pillar, List<BestPractice>> m = new EnumMap<>(Pillar.class);
        practices.values().forEach(p -> m.computeIfAbsent(p.pillar(), k -> new ArrayList<>()).add(p));
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    /** Practices grouped by lifecycle phase, in lens order. */
    public Map<Phase, List<BestPractice>> byPhase() {
        Map<Phase, List<BestPractice>> m = new EnumMap<>(Phase.class);
        practices.values().forEach(p -> m.computeIfAbsent(p.phase(), k -> new ArrayList<>()).add(p));
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }
}
