//! The results of an evaluation: scores per principle and section (chart and tables), how they
//! are computed, the national comparison and a comparison with another evaluation.

use leptos::prelude::*;

use crate::model::answers::answer_text;
use crate::model::compare::compare;
use crate::model::export::results_title;
use crate::model::figures::FigureFile;
use crate::model::scoring::{level_label, levels_explanation, percent_label};
use crate::model::Assessment;
use crate::ui::components::controls::print_button;
use crate::ui::components::national_figures::NationalFigures;
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::components::score_chart::ScoreChart;
use crate::ui::print::use_print_date;
use crate::ui::state::AssessmentState;
use crate::ui::storage::list_assessments;

/// A table of scores with a caption; `rows` are (name, score, level, answered, not applicable).
/// The caption is for screen readers only: the section heading right above shows the same words.
fn score_table(
    test_id: &'static str,
    caption: &'static str,
    first_column: &'static str,
    rows: Vec<[String; 5]>,
) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|[name, score, level, answered, na]| {
            view! {
                <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">{name}</th>
                    <td class="utrecht-table__cell">{score}</td>
                    <td class="utrecht-table__cell">{level}</td>
                    <td class="utrecht-table__cell">{answered}</td>
                    <td class="utrecht-table__cell">{na}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" aria-label=format!("Tabel: {}", caption.to_lowercase())>
            <table class="utrecht-table utrecht-table--html-table" data-testid=test_id>
                <caption class="utrecht-table__caption visueel-verborgen">{caption}</caption>
                <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell" scope="col">{first_column}</th>
                        <th class="utrecht-table__header-cell" scope="col">"Score"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Niveau"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Beantwoord"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Niet van toepassing"</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">{body}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn ResultsView(state: AssessmentState, figures: Option<std::sync::Arc<FigureFile>>) -> impl IntoView {
    let report = state.report;
    let principle_table = move || {
        let rows = report
            .get()
            .principles
            .into_iter()
            .map(|p| {
                [
                    p.label.clone(),
                    percent_label(p.percent),
                    level_label(p.level.as_ref()),
                    p.tally.answered_label(),
                    p.tally.not_applicable.to_string(),
                ]
            })
            .collect();
        score_table("resultaten-principes", "Score per principe", "Principe", rows)
    };
    let section_table = move || {
        let rows = report
            .get()
            .sections
            .into_iter()
            .map(|s| {
                let answered = format!("{} van {}", s.progress.done, s.progress.visible);
                [
                    s.title.clone(),
                    percent_label(s.percent),
                    level_label(s.level.as_ref()),
                    answered,
                    s.progress.not_applicable.to_string(),
                ]
            })
            .collect();
        score_table("resultaten-onderdelen", "Score per onderdeel van de vragenlijst", "Onderdeel", rows)
    };
    let progress = move || {
        report.with(|r| {
            format!(
                "{} van {} vragen beantwoord, {} niet van toepassing.",
                r.progress.done, r.progress.visible, r.progress.not_applicable
            )
        })
    };

    let (printed_on, print) = use_print_date();
    let levels = state.questionnaire.with_value(|q| levels_explanation(q));

    view! {
        <div class="resultaten">
            <PrintedHeading state title=results_title date=printed_on test_id="resultaten-afdrukkop" />
            <p class="utrecht-paragraph" data-testid="resultaat-dekking">{progress}</p>
            <h2 class="utrecht-heading-2">"Score per principe"</h2>
            <figure class="grafiek-figuur">
                {move || view! { <ScoreChart principles=report.get().principles /> }}
            </figure>
            {principle_table}
            <h2 class="utrecht-heading-2">"Zo wordt de score berekend"</h2>
            <p class="utrecht-paragraph">
                "Elk antwoord levert punten op, van 0 tot het maximum van de vraag. Per principe tellen we de punten van de "
                "beantwoorde vragen op, gewogen naar het gewicht van de vraag, en delen dat door het maximaal haalbare. "
                "Vragen die u nog niet heeft beantwoord, vragen die door een eerder antwoord niet van toepassing zijn en "
                "antwoorden 'niet van toepassing' tellen niet mee; hoeveel het er zijn, ziet u in de tabel. "
                {levels}
            </p>
            <h2 class="utrecht-heading-2">"Score per onderdeel"</h2>
            {section_table}
            <NationalComparison state figures />
            <CompareWithOther state />
            <p class="utrecht-paragraph geen-print">
                {print_button(print)}
            </p>
        </div>
    }
}

/// The user's answer beside each verified national figure it can be compared with.
#[component]
fn NationalComparison(state: AssessmentState, figures: Option<std::sync::Arc<FigureFile>>) -> impl IntoView {
    let Some(figures) = figures else { return ().into_any() };
    let questionnaire = state.questionnaire.get_value();
    let comparisons = move || {
        let items: Vec<_> = questionnaire
            .questions()
            .filter(|(_, q)| state.is_visible(&q.id))
            .filter_map(|(_, question)| {
                let shown: Vec<_> = figures.shown_for(&question.figures).cloned().collect();
                if shown.is_empty() {
                    return None;
                }
                let answer =
                    state.assessment.with(|a| answer_text(&questionnaire, question, a.answers.get(&question.id)));
                Some(view! {
                    <li class="vergelijking" data-testid=format!("vergelijking-{}", question.id)>
                        <p class="utrecht-paragraph vergelijking__vraag">{question.text.clone()}</p>
                        <p class="utrecht-paragraph"><strong>"Uw antwoord: "</strong>{answer}</p>
                        <NationalFigures figures=shown />
                    </li>
                })
            })
            .collect();
        if items.is_empty() {
            // Say so rather than leave an empty section under the heading.
            return view! {
                <p class="utrecht-paragraph" data-testid="landelijk-geen">
                    "Bij de vragen van deze evaluatie hoort geen landelijk cijfer van de Inspectie Gezondheidszorg en Jeugd om uw antwoorden mee te vergelijken."
                </p>
            }
            .into_any();
        }
        view! {
            <p class="utrecht-paragraph">"Cijfers uit de jaarlijkse rapportages van de Inspectie Gezondheidszorg en Jeugd, met het jaar waarover ze gaan."</p>
            <ul class="vergelijkingen">{items}</ul>
        }
        .into_any()
    };
    view! {
        <h2 class="utrecht-heading-2">"Vergelijking met het landelijk beeld"</h2>
        {comparisons}
    }
    .into_any()
}

/// Choose another evaluation of the same questionnaire and see what changed.
#[component]
fn CompareWithOther(state: AssessmentState) -> impl IntoView {
    let (this_id, questionnaire_id) = state.assessment.with_untracked(|a| (a.id.clone(), a.questionnaire_id.clone()));
    let others: Vec<Assessment> =
        list_assessments().into_iter().filter(|a| a.questionnaire_id == questionnaire_id && a.id != this_id).collect();
    if others.is_empty() {
        return view! {
            <h2 class="utrecht-heading-2">"Vergelijken met een andere evaluatie"</h2>
            <p class="utrecht-paragraph">"Er is in deze browser geen andere evaluatie van deze vragenlijst om mee te vergelijken."</p>
        }
        .into_any();
    }
    let (chosen, set_chosen) = signal(None::<String>);
    let options = others.iter().map(|a| view! { <option value=a.id.clone()>{a.name.clone()}</option> }).collect_view();
    let questionnaire = state.questionnaire.get_value();
    let comparison = move || {
        let other = chosen.get().and_then(|id| others.iter().find(|a| a.id == id).cloned())?;
        let current = state.assessment.get();
        // Compare in time order: the older evaluation is "before".
        let (before, after) = if other.created_at <= current.created_at { (other, current) } else { (current, other) };
        let result = compare(&questionnaire, &before, &after);
        let principle_rows = result
            .principles
            .iter()
            .map(|p| {
                let difference = p.difference_label();
                view! {
                    <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell" scope="row">{p.label.clone()}</th>
                        <td class="utrecht-table__cell">{percent_label(p.before)}</td>
                        <td class="utrecht-table__cell">{percent_label(p.after)}</td>
                        <td class="utrecht-table__cell">{difference}</td>
                    </tr>
                }
            })
            .collect_view();
        let answer_rows = result
            .answers
            .iter()
            .map(|c| {
                view! {
                    <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell" scope="row">{c.question_text.clone()}</th>
                        <td class="utrecht-table__cell">{c.before.clone()}</td>
                        <td class="utrecht-table__cell">{c.after.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let changed = result.answers.len();
        let summary = result.summary();
        Some(view! {
            <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" aria-label="Tabel: vergelijking per principe">
                <table class="utrecht-table utrecht-table--html-table" data-testid="vergelijking-principes">
                    <caption class="utrecht-table__caption">{format!("Score per principe: {} en {}", before.name, after.name)}</caption>
                    <thead class="utrecht-table__header">
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="col">"Principe"</th>
                            <th class="utrecht-table__header-cell" scope="col">{before.name.clone()}</th>
                            <th class="utrecht-table__header-cell" scope="col">{after.name.clone()}</th>
                            <th class="utrecht-table__header-cell" scope="col">"Verschil"</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{principle_rows}</tbody>
                </table>
            </div>
            <p class="utrecht-paragraph" data-testid="vergelijking-aantal">{summary}</p>
            {(changed > 0).then(|| view! {
                <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" aria-label="Tabel: antwoorden die verschillen">
                    <table class="utrecht-table utrecht-table--html-table" data-testid="vergelijking-antwoorden">
                        <caption class="utrecht-table__caption">"Antwoorden die verschillen"</caption>
                        <thead class="utrecht-table__header">
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="col">"Vraag"</th>
                                <th class="utrecht-table__header-cell" scope="col">{before.name.clone()}</th>
                                <th class="utrecht-table__header-cell" scope="col">{after.name.clone()}</th>
                            </tr>
                        </thead>
                        <tbody class="utrecht-table__body">{answer_rows}</tbody>
                    </table>
                </div>
            })}
        })
    };
    view! {
        <h2 class="utrecht-heading-2">"Vergelijken met een andere evaluatie"</h2>
        <div class="utrecht-form-field geen-print">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for="vergelijk-met">"Vergelijk met"</label>
            </div>
            <div class="utrecht-form-field__input">
                <select
                    class="utrecht-select utrecht-select--html-select"
                    id="vergelijk-met"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        set_chosen.set((!value.is_empty()).then_some(value));
                    }
                >
                    <option value="">"Kies een evaluatie"</option>
                    {options}
                </select>
            </div>
        </div>
        {comparison}
    }
    .into_any()
}
