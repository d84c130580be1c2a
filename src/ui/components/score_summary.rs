//! The live score per principle, as text first: percentage, level and coverage.

use leptos::prelude::*;

use crate::model::scoring::{score_with_level, PrincipleScore};
use crate::ui::state::AssessmentState;

#[component]
pub fn ScoreSummary(state: AssessmentState) -> impl IntoView {
    let rows =
        move || state.report.with(|report| report.principles.clone()).into_iter().map(principle_row).collect_view();
    view! {
        <section class="scores" aria-labelledby="scores-kop" data-testid="scores">
            <h2 class="utrecht-heading-3" id="scores-kop">"Score per principe"</h2>
            <p class="utrecht-paragraph scores__uitleg">
                "De score telt alleen beantwoorde vragen mee. 'Niet van toepassing' en overgeslagen vragen tellen niet mee."
            </p>
            <dl class="scores__lijst" aria-live="polite">{rows}</dl>
        </section>
    }
}

fn principle_row(score: PrincipleScore) -> impl IntoView {
    let value = score_with_level(score.percent, score.level.as_ref());
    let coverage = score.tally.coverage_label();
    // A <meter> instead of a styled bar: no inline style, which the CSP forbids.
    let meter = score.percent.unwrap_or(0.0).round();
    view! {
        <div class="scores__rij" data-testid=format!("score-{}", score.principle_id)>
            <dt class="scores__principe">{score.label}</dt>
            <dd class="scores__waarde">
                <span class="scores__getal" data-testid=format!("score-waarde-{}", score.principle_id)>{value}</span>
                <meter class="scores__balk" min="0" max="100" value=meter aria-hidden="true"></meter>
                <span class="scores__dekking">{coverage}</span>
            </dd>
        </div>
    }
}
