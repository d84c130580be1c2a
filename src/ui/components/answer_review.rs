//! "Uw antwoorden": every answer on one page, per section, with its toelichting and a link back
//! to change it. The check before the results, and on paper the record of what was answered.

use leptos::prelude::*;

use crate::model::answers::AnswerState;
use crate::model::export::{answers_download, answers_title, ExportContext};
use crate::model::overview::{answers_overview, QuestionAnswer, SectionAnswers};
use crate::model::route::{assessment_href, Part};
use crate::ui::browser::clock::local_iso_date;
use crate::ui::browser::downloads::offer;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::lazy::{fetch_on_approach, fetch_results_part};
use crate::ui::print::use_print_date;
use crate::ui::state::AssessmentState;

#[component]
pub fn AnswerReview(state: AssessmentState, id: String) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let overview = {
        let questionnaire = questionnaire.clone();
        Memo::new(move |_| state.assessment.with(|a| answers_overview(&questionnaire, &a.answers)))
    };
    let sections = {
        let id = id.clone();
        move || overview.with(|sections| sections.iter().map(|section| section_answers(&id, section)).collect_view())
    };
    let (printed_on, print) = use_print_date();
    let (message, set_message) = signal(None::<String>);
    let download_markdown = {
        let questionnaire = questionnaire.clone();
        move |_| {
            let assessment = state.assessment.get_untracked();
            let report = state.report.get_untracked();
            let date = local_iso_date();
            let context = ExportContext {
                questionnaire: &questionnaire,
                assessment: &assessment,
                report: &report,
                figures: None,
                date: &date,
            };
            set_message.set(Some(offer(&answers_download(&context, &overview.get_untracked()))));
        }
    };
    view! {
        <PrintedHeading state title=answers_title date=printed_on test_id="antwoorden-afdrukkop" />
        <p class="utrecht-paragraph geen-print">
            "Hier staan al uw antwoorden per onderdeel, met uw toelichting. Klopt er iets niet, kies dan "
            "'Wijzigen' bij het onderdeel. Vragen die door een eerder antwoord niet aan de orde zijn, staan er niet bij."
        </p>
        {sections}
        <div class="geen-print antwoorden__verder">
            <PrintButton print />
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=download_markdown>
                "Antwoorden downloaden (Markdown)"
            </button>
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href=assessment_href(&id, Part::Results)
                on:pointerenter=fetch_on_approach(fetch_results_part) on:focus=fetch_on_approach(fetch_results_part)
                on:click=fetch_on_approach(fetch_results_part)>
                "Bekijk de resultaten"
            </a>
            <p class="status-melding" role="status" data-testid="download-melding">{move || message.get()}</p>
        </div>
    }
}

fn section_answers(id: &str, section: &SectionAnswers) -> impl IntoView {
    let heading_id = format!("antwoorden-{}", section.section_id);
    let labelled_by = heading_id.clone();
    let rows = section.questions.iter().map(question_answer).collect_view();
    let empty = section.questions.is_empty().then(|| {
        view! { <p class="utrecht-paragraph">"Door uw eerdere antwoorden zijn hier geen vragen aan de orde."</p> }
    });
    view! {
        <section class="antwoorden" aria-labelledby=labelled_by>
            <div class="antwoorden__kop">
                <h2 class="utrecht-heading-2" id=heading_id>{section.title.clone()}</h2>
                // Named with the section, so a list of links does not read "Wijzigen" three times.
                <a class="utrecht-link utrecht-link--html-a geen-print" href=assessment_href(id, Part::Section(section.section_id.clone()))
                    aria-label=format!("Wijzigen: {}", section.title)>
                    "Wijzigen"
                </a>
            </div>
            {empty}
            <dl class="antwoorden__lijst">{rows}</dl>
        </section>
    }
}

fn question_answer(item: &QuestionAnswer) -> impl IntoView {
    let open = item.state == AnswerState::Unanswered;
    let note = (!item.note.is_empty()).then(|| {
        view! { <dd class="antwoorden__toelichting"><span class="antwoorden__label">"Toelichting: "</span>{item.note.clone()}</dd> }
    });
    let missing = item.note_missing.then(|| {
        view! {
            <dd class="antwoorden__ontbreekt">
                "Toelichting ontbreekt: leg kort uit waarom deze vraag niet van toepassing is."
            </dd>
        }
    });
    view! {
        <div class="antwoorden__vraag" data-testid=format!("antwoord-{}", item.question_id)>
            <dt class="antwoorden__tekst">{item.text.clone()}</dt>
            <dd class="antwoorden__antwoord" class:antwoorden__antwoord--open=open>{item.answer.clone()}</dd>
            {note}
            {missing}
        </div>
    }
}
