//! The live score per principle, as text first: percentage, level and coverage.

use leptos::prelude::*;

use crate::model::scoring::score_with_level;
use crate::ui::state::AssessmentState;

#[component]
pub fn ScoreSummary(state: AssessmentState) -> impl IntoView {
    // The principles are the questionnaire's: the rows stay, only their text follows the answers.
    let principles: Vec<(String, String)> = state
        .report
        .with_untracked(|report| report.principles.iter().map(|p| (p.principle_id.clone(), p.label.clone())).collect());
    let rows = principles.into_iter().map(|(id, label)| principle_row(state, id, label)).collect_view();
    view! {
        <section class="scores" aria-labelledby="scores-kop" data-testid="scores">
            <h2 class="utrecht-heading-3" id="scores-kop">"Score per principe"</h2>
            <p class="utrecht-paragraph scores__uitleg">
                "De score telt alleen beantwoorde vragen mee. 'Niet van toepassing' en overgeslagen vragen tellen niet mee."
            </p>
            <dl class="scores__lijst">{rows}</dl>
        </section>
    }
}

fn principle_row(state: AssessmentState, id: String, label: String) -> impl IntoView {
    let score = {
        let id = id.clone();
        Memo::new(move |_| state.report.with(|report| report.principles.iter().find(|p| p.principle_id == id).cloned()))
    };
    // Memos of the text: a row whose words stay the same is not touched, so not read out again.
    let value = Memo::new(move |_| {
        score.with(|s| s.as_ref().map(|s| score_with_level(s.percent, s.level.as_ref())).unwrap_or_default())
    });
    let coverage = Memo::new(move |_| score.with(|s| s.as_ref().map(|s| s.tally.coverage_label()).unwrap_or_default()));
    // A <meter> instead of a styled bar: no inline style, which the CSP forbids.
    let meter = Memo::new(move |_| score.with(|s| s.as_ref().and_then(|s| s.percent).unwrap_or(0.0).round()));
    view! {
        // One live region per principle, read out whole and only when its words change: an answer
        // re-reads the principle it counts for ("Transparantie 50% – Op weg …"), not all three.
        <div class="scores__rij" aria-live="polite" aria-atomic="true" data-testid=format!("score-{id}")>
            <dt class="scores__principe">{label}</dt>
            <dd class="scores__waarde">
                <span class="scores__getal" data-testid=format!("score-waarde-{id}")>{value}</span>
                <meter class="scores__balk" min="0" max="100" value=meter aria-hidden="true"></meter>
                <span class="scores__dekking">{coverage}</span>
            </dd>
        </div>
    }
}
