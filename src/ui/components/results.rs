//! The results of an evaluation: scores per principle and section (chart and tables), how they
//! are computed, the national comparison and a comparison with another evaluation.

use leptos::prelude::*;

use crate::model::answers::answer_text;
use crate::model::compare::{compare, AnswerChange, ASKED_IN_ONE_CAPTION};
use crate::model::export::results_title;
use crate::model::figures::FigureFile;
use crate::model::scoring::{levels_explanation, percent_label, score_row};
use crate::model::Assessment;
use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::national_figures::NationalFigures;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::components::score_chart::ScoreChart;
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::print::use_print_date;
use crate::ui::state::AssessmentState;
use crate::ui::storage::list_assessments;

/// The columns of a score table after its first one.
const SCORE_COLUMNS: [&str; 4] = ["Score", "Niveau", "Beantwoord", "Niet van toepassing"];

fn score_columns(first: &str) -> Vec<String> {
    std::iter::once(first).chain(SCORE_COLUMNS).map(str::to_owned).collect()
}

#[component]
pub fn ResultsView(state: AssessmentState, figures: Option<std::sync::Arc<FigureFile>>) -> impl IntoView {
    let report = state.report;
    let principle_rows = Signal::derive(move || {
        report.with(|r| {
            r.principles
                .iter()
                .map(|p| TableRow::new(p.label.clone(), score_row(p.percent, p.level.as_ref(), &p.tally)))
                .collect::<Vec<_>>()
        })
    });
    let section_rows = Signal::derive(move || {
        report.with(|r| {
            r.sections
                .iter()
                .map(|s| TableRow::new(s.title.clone(), score_row(s.percent, s.level.as_ref(), &s.tally)))
                .collect::<Vec<_>>()
        })
    });
    let progress = move || report.with(|r| r.progress.summary());

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
            <DataTable
                caption="Score per principe"
                caption_hidden=true
                columns=score_columns("Principe")
                rows=principle_rows
                test_id="resultaten-principes"
            />
            <h2 class="utrecht-heading-2">"Zo wordt de score berekend"</h2>
            <p class="utrecht-paragraph">
                "Elk antwoord levert punten op, van 0 tot het maximum van de vraag. Per principe tellen we de punten van de "
                "beantwoorde vragen op, gewogen naar het gewicht van de vraag, en delen dat door het maximaal haalbare. "
                "Vragen die u nog niet heeft beantwoord, vragen die door een eerder antwoord niet van toepassing zijn en "
                "antwoorden 'niet van toepassing' tellen niet mee; hoeveel het er zijn, ziet u in de tabel. "
                {levels}
            </p>
            <h2 class="utrecht-heading-2">"Score per onderdeel"</h2>
            <DataTable
                caption="Score per onderdeel van de vragenlijst"
                caption_hidden=true
                columns=score_columns("Onderdeel")
                rows=section_rows
                test_id="resultaten-onderdelen"
            />
            <NationalComparison state figures />
            <CompareWithOther state />
            <p class="utrecht-paragraph geen-print">
                <PrintButton print />
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
    let others_for_options = others.clone();
    let questionnaire = state.questionnaire.get_value();
    let comparison = move || {
        let other = chosen.get().and_then(|id| others.iter().find(|a| a.id == id).cloned())?;
        let current = state.assessment.get();
        // Compare in time order: the older evaluation is "before".
        let (before, after) = if other.created_at <= current.created_at { (other, current) } else { (current, other) };
        let result = compare(&questionnaire, &before, &after);
        let principle_rows: Vec<TableRow> = result
            .principles
            .iter()
            .map(|p| {
                TableRow::new(
                    p.label.clone(),
                    vec![percent_label(p.before), percent_label(p.after), p.difference_label()],
                )
            })
            .collect();
        let row = |c: &AnswerChange| TableRow::new(c.question_text.clone(), vec![c.before.clone(), c.after.clone()]);
        let answer_rows: Vec<TableRow> = result.differing().map(row).collect();
        let not_asked_rows: Vec<TableRow> = result.asked_in_one().map(row).collect();
        let changed = !answer_rows.is_empty();
        let summary = result.summary();
        let not_asked = result.not_asked_note();
        let names = [before.name.clone(), after.name.clone()];
        let answer_columns = ["Vraag", &names[0], &names[1]].map(str::to_owned).to_vec();
        Some(view! {
            <DataTable
                caption=format!("Score per principe: {} en {}", before.name, after.name)
                columns=["Principe", &names[0], &names[1], "Verschil"].map(str::to_owned).to_vec()
                rows=principle_rows
                test_id="vergelijking-principes"
            />
            <p class="utrecht-paragraph" data-testid="vergelijking-aantal">{summary}</p>
            {changed.then(|| view! {
                <DataTable
                    caption="Antwoorden die verschillen"
                    columns=answer_columns.clone()
                    rows=answer_rows
                    test_id="vergelijking-antwoorden"
                />
            })}
            // Each sentence right above its own table: the questions asked in one only come apart.
            {not_asked.map(|note| view! {
                <p class="utrecht-paragraph" data-testid="vergelijking-niet-gesteld">{note}</p>
                <DataTable
                    caption=ASKED_IN_ONE_CAPTION
                    columns=answer_columns
                    rows=not_asked_rows
                    test_id="vergelijking-niet-gestelde-vragen"
                />
            })}
        })
    };
    let options: Vec<SelectOption> = std::iter::once(SelectOption::new("", "Kies een evaluatie"))
        .chain(others_for_options.iter().map(|a| SelectOption::new(a.id.clone(), a.name.clone())))
        .collect();
    view! {
        <h2 class="utrecht-heading-2">"Vergelijken met een andere evaluatie"</h2>
        <FormField id="vergelijk-met" label="Vergelijk met" layout=FieldLayout::Other class="geen-print">
            <Select
                options
                on_change=Callback::new(move |value: String| set_chosen.set((!value.is_empty()).then_some(value)))
            />
        </FormField>
        {comparison}
    }
    .into_any()
}
