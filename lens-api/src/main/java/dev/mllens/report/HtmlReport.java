package dev.mllens.report;

import static dev.mllens.report.SafeText.html;

import dev.mllens.Assessment;
import dev.mllens.ImprovementPlan;
import dev.mllens.MlLens;
import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML page: one self-contained file (style and script inline, no font, image or request to
 * anywhere), so it opens offline and can be attached to a review. A content security policy allows
 * only its own style and script, by hash: even a string that escaped escaping could not run.
 */
final class HtmlReport {

    /** Risk keys in the order of urgency, as counted by the AWS tool. */
    static final List<Risk> KEYS = List.of(Risk.HIGH, Risk.MEDIUM, Risk.UNANSWERED, Risk.NONE, Risk.NOT_APPLICABLE);

    private static final String STYLE = """
            :root{--high:#c62828;--medium:#ef6c00;--unanswered:#6d7fa3;--none:#2e7d32;--na:#9e9e9e;--line:#d0d4da;--ink:#1d2330}
            *{box-sizing:border-box}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;max-width:1200px;padding:24px}
            h1{margin:0 0 4px;font-size:26px}h2{margin:32px 0 12px;font-size:20px;border-bottom:1px solid var(--line);padding-bottom:4px}
            h3{font-size:16px;margin:24px 0 8px}h4{font-size:15px;margin:0 0 6px}
            .sub{color:#505a6b;margin:0}code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f2f4f7;padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
            table{border-collapse:collapse}th,td{padding:6px 8px;text-align:left;vertical-align:top}
            table.counts td,table.counts th{border-bottom:1px solid var(--line)}table.counts td{text-align:right}
            table.heatmap{width:100%;table-layout:fixed}table.heatmap th{font-size:13px;font-weight:600}
            table.heatmap td{border:2px solid #fff;height:86px;padding:0;border-radius:6px}
            td.cell a{display:block;height:100%;padding:6px 8px;color:#fff;text-decoration:none}
            td.cell a:hover,td.cell a:focus{outline:3px solid var(--ink);outline-offset:-3px}
            td.cell .q{font-weight:700}td.cell .n{display:block;font-size:12px;opacity:.95}
            td.cell .chips{display:block;font-size:12px;margin-top:2px}
            td.top-high{background:var(--high)}td.top-medium{background:var(--medium)}td.top-unanswered{background:var(--unanswered)}
            td.top-none{background:var(--none)}td.top-not_applicable{background:var(--na)}
            td.out-of-scope{background:repeating-linear-gradient(45deg,#eef0f3,#eef0f3 6px,#f8f9fb 6px,#f8f9fb 12px)}
            td.out-of-scope a{color:#505a6b}td.empty{background:#fafbfc}
            .legend i.legend-out{background:repeating-linear-gradient(45deg,#d5d9df,#d5d9df 3px,#f8f9fb 3px,#f8f9fb 6px)}
            .legend span{display:inline-block;margin-right:14px;font-size:13px}.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
            .badge{display:inline-block;font-size:12px;font-weight:600;padding:1px 7px;border-radius:10px;color:#fff;margin-right:4px;vertical-align:1px}
            .risk-high{background:var(--high)}.risk-medium{background:var(--medium)}.risk-unanswered{background:var(--unanswered)}
            .risk-none{background:var(--none)}.risk-not_applicable{background:var(--na)}
            .status{background:#fff;color:var(--ink);border:1px solid var(--line)}
            #filters{display:flex;flex-wrap:wrap;gap:8px 24px;background:#f6f7f9;border:1px solid var(--line);border-radius:6px;padding:10px 14px}
            #filters fieldset{border:0;margin:0;padding:0}#filters legend{font-weight:600;font-size:13px;padding:0}
            #filters label{font-size:13px;margin-right:10px;white-space:nowrap}#shown{color:#505a6b;font-size:13px}
            article.finding{border:1px solid var(--line);border-left:6px solid var(--na);border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid}
            article.key-high{border-left-color:var(--high)}article.key-medium{border-left-color:var(--medium)}
            article.key-unanswered{border-left-color:var(--unanswered)}article.key-none{border-left-color:var(--none)}
            .finding ul{margin:4px 0 6px;padding-left:22px}.finding .label{font-weight:600;font-size:13px;margin:6px 0 0}
            .reason{color:#505a6b;margin:2px 0}.doc{font-size:13px;margin-left:6px}
            details summary{cursor:pointer;font-size:13px;font-weight:600;margin-top:6px}
            table.evidence td{border-bottom:1px solid #eceef1;font-size:13px}
            ol.plan li{margin:2px 0}footer{margin-top:40px;color:#505a6b;font-size:12px}
            @media print{body{max-width:none;padding:0;font-size:12px}#filters,#shown{display:none}
            article.finding,section.question{display:block!important}table.heatmap,tr{break-inside:avoid}
            table.heatmap td,.badge,article.finding{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            a{color:inherit;text-decoration:none}}
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var form = document.getElementById('filters');
              var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
              var questions = Array.prototype.slice.call(document.querySelectorAll('section.question'));
              var shown = document.getElementById('shown');
              function checked(name) {
                var set = {};
                Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
                  if (box.checked) { set[box.value] = true; }
                });
                return set;
              }
              function apply() {
                var statuses = checked('status'), risks = checked('risk'), pillar = form.elements.pillar.value;
                var count = 0;
                findings.forEach(function (f) {
                  var visible = statuses[f.dataset.status] === true && risks[f.dataset.risk] === true
                      && (pillar === 'ALL' || f.dataset.pillar === pillar);
                  f.hidden = !visible;
                  if (visible) { count++; }
                });
                questions.forEach(function (q) { q.hidden = q.querySelector('article.finding:not([hidden])') === null; });
                shown.textContent = 'Showing ' + count + ' of ' + findings.length + ' findings';
              }
              function showAll() {
                Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (box) { box.checked = true; });
                form.elements.pillar.value = 'ALL';
                apply();
              }
              form.addEventListener('change', apply);
              form.addEventListener('submit', function (e) { e.preventDefault(); });
              document.getElementById('show-all').addEventListener('click', showAll);
              // a heat map cell or a plan entry must reach its findings even when a filter hides them
              Array.prototype.forEach.call(document.querySelectorAll('a.to-findings'), function (a) {
                a.addEventListener('click', function () {
                  var target = document.getElementById(a.getAttribute('href').slice(1));
                  if (target !== null && (target.hidden || target.querySelector('article.finding:not([hidden])') === null)) { showAll(); }
                });
              });
              // print every finding with its evidence, whatever the filters
              var opened = [];
              window.addEventListener('beforeprint', function () {
                Array.prototype.forEach.call(document.querySelectorAll('details:not([open])'), function (d) { d.open = true; opened.push(d); });
              });
              window.addEventListener('afterprint', function () {
                opened.forEach(function (d) { d.open = false; });
                opened = [];
              });
              apply();
            }());
            """;

    private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    static String render(Assessment a) {
        StringBuilder s = new StringBuilder(256 * 1024);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>mllens: ").append(html(a.workloadName())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(s, a);
        riskTable(s, a);
        heatMap(s, a);
        plan(s, a);
        findings(s, a);
        s.append("<footer>Generated by mllens ").append(html(MlLens.version()))
                .append(" from the AWS Well-Architected Machine Learning Lens, edition ").append(html(a.lensEdition()))
                .append(". Practice titles are the lens&#39;s; summaries, checks and actions are mllens&#39;s.</footer>\n");
        s.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return s.toString();
    }

    private static void header(StringBuilder s, Assessment a) {
        int inScope = a.findings().size();
        s.append("<header>\n<h1>").append(html(a.workloadName())).append("</h1>\n<p class=\"sub\">Workload <code>")
                .append(html(a.workloadId())).append("</code> · AWS Well-Architected Machine Learning Lens, edition ")
                .append(html(a.lensEdition())).append(" · ").append(inScope).append(" practices in scope, ")
                .append(inScope - a.unassessed().size()).append(" assessed by rules</p>\n</header>\n");
    }

    private static void riskTable(StringBuilder s, Assessment a) {
        s.append("<section id=\"risk\">\n<h2>Risk by pillar</h2>\n<table class=\"counts\">\n<thead><tr><th>Pillar</th>");
        for (Risk r : KEYS) {
            s.append("<th>").append(label(r)).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        a.riskCountsByPillar().forEach((p, counts) -> countRow(s, html(p.displayName()), counts));
        countRow(s, "<strong>Total</strong>", a.riskCounts());
        s.append("</tbody>\n</table>\n</section>\n");
    }

    private static void countRow(StringBuilder s, String label, Map<Risk, Integer> counts) {
        s.append("<tr><th>").append(label).append("</th>");
        for (Risk r : KEYS) {
            s.append("<td>").append(counts.get(r)).append("</td>");
        }
        s.append("</tr>\n");
    }

    /** Rows are pillars, columns phases; each cell with practices is exactly one lens question. */
    private static void heatMap(StringBuilder s, Assessment a) {
        Map<String, List<Finding>> byQuestion = new LinkedHashMap<>();
        a.findings().forEach(f -> byQuestion.computeIfAbsent(f.questionId(), q -> new ArrayList<>()).add(f));
        Map<Pillar, Map<Phase, Question>> grid = new EnumMap<>(Pillar.class);
        for (Question q : Lens.catalog().questions()) {
            grid.computeIfAbsent(q.pillar(), p -> new EnumMap<>(Phase.class)).put(q.phase(), q);
        }
        s.append("<section id=\"heatmap\">\n<h2>Pillar × lifecycle phase</h2>\n")
                .append("<p class=\"sub\">Each cell is one lens question, coloured by its most urgent finding; select it to see them.</p>\n")
                .append("<table class=\"heatmap\">\n<thead><tr><th></th>");
        for (Phase phase : Phase.values()) {
            s.append("<th scope=\"col\">").append(html(phase.displayName())).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (Pillar pillar : Pillar.values()) {
            s.append("<tr><th scope=\"row\">").append(html(pillar.displayName())).append("</th>");
            for (Phase phase : Phase.values()) {
                Question q = grid.getOrDefault(pillar, Map.of()).get(phase);
                cell(s, pillar, phase, q, q == null ? List.of() : byQuestion.getOrDefault(q.id(), List.of()));
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n<p class=\"legend\">");
        for (Risk r : KEYS) {
            s.append("<span><i class=\"risk-").append(key(r)).append("\"></i>").append(label(r)).append("</span>");
        }
        s.append("<span><i class=\"legend-out\"></i>hatched: out of scope</span></p>\n</section>\n");
    }

    private static void cell(StringBuilder s, Pillar pillar, Phase phase, Question q, List<Finding> findings) {
        String where = " data-pillar=\"" + pillar + "\" data-phase=\"" + phase + "\"";
        if (q == null) {
            s.append("<td class=\"cell empty\"").append(where).append(" title=\"the lens has no practice here\"></td>");
            return;
        }
        Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
        KEYS.forEach(r -> counts.put(r, 0));
        findings.forEach(f -> counts.merge(Risk.countKey(f.status(), f.risk()), 1, Integer::sum));
        Risk top = KEYS.stream().filter(r -> counts.get(r) > 0).findFirst().orElse(null);
        s.append("<td class=\"cell ").append(top == null ? "out-of-scope" : "top-" + key(top)).append('"').append(where)
                .append(" data-question=\"").append(html(q.id())).append('"');
        for (Risk r : KEYS) {
            s.append(" data-").append(key(r).replace('_', '-')).append("=\"").append(counts.get(r)).append('"');
        }
        s.append(">");
        if (top == null) {
            s.append("<a><span class=\"q\">").append(html(q.id())).append("</span><span class=\"n\">out of scope</span></a></td>");
            return;
        }
        s.append("<a class=\"to-findings\" href=\"#q-").append(html(q.id())).append("\"><span class=\"q\">").append(html(q.id()))
                .append("</span><span class=\"n\">").append(findings.size()).append(findings.size() == 1 ? " practice" : " practices")
                .append("</span><span class=\"chips\">");
        List<String> chips = new ArrayList<>();
        for (Risk r : KEYS) {
            if (counts.get(r) > 0) {
                chips.add(counts.get(r) + " " + label(r).toLowerCase(Locale.ROOT));
            }
        }
        s.append(String.join(" · ", chips)).append("</span></a></td>");
    }

    private static void plan(StringBuilder s, Assessment a) {
        ImprovementPlan plan = a.improvementPlan();
        s.append("<section id=\"plan\">\n<h2>Improvement plan</h2>\n");
        if (plan.isEmpty()) {
            s.append("<p>Nothing to improve: every practice in scope is met or does not apply.</p>\n</section>\n");
            return;
        }
        s.append("<p class=\"sub\">").append(plan.items().size())
                .append(" practices to work on, most urgent first; each links to its finding.</p>\n<ol class=\"plan\">\n");
        for (ImprovementPlan.Item item : plan.items()) {
            s.append("<li><span class=\"badge risk-").append(key(item.risk())).append("\">").append(item.risk())
                    .append("</span><a class=\"to-findings\" href=\"#").append(html(item.bestPracticeId())).append("\">")
                    .append(html(item.bestPracticeId())).append("</a> ").append(html(item.title()));
            if (!item.actions().isEmpty()) {
                s.append(": ").append(html(item.actions().get(0)));
                if (item.actions().size() > 1) {
                    s.append(" (+").append(item.actions().size() - 1).append(" more)");
                }
            }
            s.append("</li>\n");
        }
        s.append("</ol>\n</section>\n");
    }

    private static void findings(StringBuilder s, Assessment a) {
        s.append("<section id=\"findings\">\n<h2>Findings</h2>\n<form id=\"filters\">\n");
        checkboxes(s, "status", "Status", List.of(Status.values()).stream().map(Enum::name).toList());
        checkboxes(s, "risk", "Risk", KEYS.stream().map(Enum::name).toList());
        s.append("<fieldset><legend>Pillar</legend><select name=\"pillar\" aria-label=\"Pillar\"><option value=\"ALL\">All pillars</option>");
        for (Pillar p : Pillar.values()) {
            s.append("<option value=\"").append(p).append("\">").append(html(p.displayName())).append("</option>");
        }
        s.append("</select> <button type=\"button\" id=\"show-all\">Show all</button></fieldset>\n</form>\n")
                .append("<p id=\"shown\">Showing ").append(a.findings().size()).append(" of ").append(a.findings().size())
                .append(" findings</p>\n");
        String question = null;
        for (Finding f : a.findings()) {
            if (!f.questionId().equals(question)) {
                if (question != null) {
                    s.append("</section>\n");
                }
                question = f.questionId();
                s.append("<section class=\"question\" id=\"q-").append(html(question)).append("\">\n<h3>").append(html(question))
                        .append(" · ").append(html(f.pillar().displayName())).append(" · ").append(html(f.phase().displayName()))
                        .append("</h3>\n");
            }
            finding(s, f, a.unassessed().contains(f.bestPracticeId()));
        }
        if (question != null) {
            s.append("</section>\n");
        }
        s.append("</section>\n");
    }

    private static void checkboxes(StringBuilder s, String name, String legend, List<String> values) {
        s.append("<fieldset><legend>").append(legend).append("</legend>");
        for (String v : values) {
            s.append("<label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"").append(v)
                    .append("\" checked> ").append(v.replace('_', ' ').toLowerCase(Locale.ROOT)).append("</label>");
        }
        s.append("</fieldset>\n");
    }

    private static void finding(StringBuilder s, Finding f, boolean withoutRule) {
        Risk key = Risk.countKey(f.status(), f.risk());
        s.append("<article class=\"finding key-").append(key(key)).append("\" id=\"").append(html(f.bestPracticeId()))
                .append("\" data-status=\"").append(f.status()).append("\" data-risk=\"").append(key)
                .append("\" data-pillar=\"").append(f.pillar()).append("\">\n<h4><span class=\"badge status\">")
                .append(f.status()).append("</span><span class=\"badge risk-").append(key(key)).append("\">").append(label(key))
                .append("</span> ").append(html(f.bestPracticeId())).append(" ").append(html(f.title()))
                .append("<a class=\"doc\" href=\"").append(html(Lens.catalog().require(f.bestPracticeId()).documentationUrl()))
                .append("\" rel=\"noopener noreferrer\">lens page</a></h4>\n");
        s.append("<p class=\"reason\">").append(html(withoutRule ? "No rule for this practice in this release." : f.reason()))
                .append("</p>\n");
        list(s, "Gaps", "gaps", f.gaps().stream().map(SafeText::html).toList());
        list(s, "To decide, state", "missing", f.missing().stream()
                .map(m -> "<code>" + html(m.fact()) + "</code>: " + html(m.question())).toList());
        list(s, "Actions", "actions", f.actions().stream().map(SafeText::html).toList());
        if (!f.evidence().isEmpty()) {
            s.append("<details><summary>Evidence (").append(f.evidence().size()).append(f.evidence().size() == 1 ? " fact" : " facts")
                    .append(")</summary>\n<table class=\"evidence\">");
            for (Evidence e : f.evidence()) {
                s.append("<tr><td><code>").append(html(e.fact())).append("</code></td><td>").append(html(e.value())).append("</td></tr>");
            }
            s.append("</table>\n</details>\n");
        }
        s.append("</article>\n");
    }

    private static void list(StringBuilder s, String label, String css, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        s.append("<p class=\"label\">").append(label).append("</p>\n<ul class=\"").append(css).append("\">");
        items.forEach(i -> s.append("<li>").append(i).append("</li>"));
        s.append("</ul>\n");
    }

    /** The CSS suffix of a risk key: {@code high}, {@code not_applicable}. */
    static String key(Risk r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    static String label(Risk r) {
        return r == Risk.NOT_APPLICABLE ? "N/A" : r.name();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
