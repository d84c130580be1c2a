//! Per question: how many municipalities gave each answer, beside the national figure where
//! there is one; with names, also their toelichtingen and open answers.

use leptos::prelude::*;

use crate::model::region::distribution::{MemberText, QuestionDistribution};
use crate::model::region::labels::{answer_count, distribution_summary, numbers_summary};
use crate::model::region::RegionOverview;
use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::components::national_figures::NationalFigures;
use crate::ui::region_state::RegionState;

fn texts(overview: &RegionOverview, title: &str, texts: &[MemberText], test_id: &'static str) -> impl IntoView {
    (!texts.is_empty()).then(|| {
        let items = texts
            .iter()
            .map(|t| {
                let who = overview.members.get(t.member).map(|m| m.label.clone()).unwrap_or_default();
                view! { <li><strong>{who}": "</strong>{t.text.clone()}</li> }
            })
            .collect_view();
        view! {
            <details class="regiovraag__teksten" data-testid=test_id>
                <summary>{format!("{title} ({})", texts.len())}</summary>
                <ul class="utrecht-unordered-list">{items}</ul>
            </details>
        }
    })
}

#[component]
pub(super) fn QuestionsPart(state: RegionState) -> impl IntoView {
    let figures = state.figures.get_value();
    move || {
        let figures = figures.clone();
        state.view.with(move |view| {
            if view.members.is_empty() {
                return view! {
                    <p class="utrecht-paragraph" data-testid="nog-geen-antwoorden">"Er staat nog geen gemeente in dit overzicht, dus er zijn nog geen antwoorden."</p>
                }
                .into_any();
            }
            let members = view.members.len();
            let question = |q: &QuestionDistribution| {
                let shown: Vec<_> = figures.as_ref().map(|f| f.shown_for(&q.figure_ids).cloned().collect()).unwrap_or_default();
                let table = (!q.answers.is_empty()).then(|| {
                    let rows: Vec<TableRow> =
                        q.answers.iter().map(|a| TableRow::new(a.label.clone(), vec![answer_count(a, q.answered)])).collect();
                    view! {
                        <DataTable
                            caption=format!("Antwoorden op: {}", q.text)
                            caption_hidden=true
                            columns=vec!["Antwoord".to_owned(), "Gemeenten (aandeel van wie antwoordde)".to_owned()]
                            rows
                        />
                    }
                });
                view! {
                    <li class="regiovraag" data-testid=format!("regiovraag-{}", q.question_id)>
                        <h3 class="utrecht-heading-3">{q.text.clone()}</h3>
                        <p class="utrecht-paragraph" data-testid="regiovraag-telling">{distribution_summary(q, members)}</p>
                        {table}
                        {q.numbers.as_ref().map(|s| view! { <p class="utrecht-paragraph">{numbers_summary(s)}</p> })}
                        {(!shown.is_empty()).then(|| view! { <NationalFigures figures=shown test_id=format!("landelijk-{}", q.question_id) /> })}
                        {texts(view, "Antwoorden", &q.texts, "open-antwoorden")}
                        {texts(view, "Toelichtingen", &q.notes, "toelichtingen")}
                    </li>
                }
            };
            let sections = view
                .sections
                .iter()
                .map(|section| {
                    let items = view.questions.iter().filter(|q| q.section_id == section.id).map(question).collect_view();
                    view! {
                        <h2 class="utrecht-heading-2">{section.label.clone()}</h2>
                        <ul class="regiovragen">{items}</ul>
                    }
                })
                .collect_view();
            view! {
                <p class="utrecht-paragraph">
                    "Per vraag ziet u hoeveel gemeenten elk antwoord gaven. Het aandeel is berekend over de gemeenten die de vraag beantwoordden. "
                    "Waar de Inspectie Gezondheidszorg en Jeugd een landelijk cijfer heeft, staat dat erbij, met het jaar waarover het gaat."
                </p>
                {view.anonymous.then(|| view! {
                    <p class="utrecht-paragraph">"Anoniem delen staat aan: toelichtingen en open antwoorden worden niet getoond."</p>
                })}
                {sections}
            }
            .into_any()
        })
    }
}
