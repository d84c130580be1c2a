//! The plan's downloads: the verbeterplan and the rapport as Word and OpenDocument, the plan as
//! Markdown, the actions shown as CSV, printing, and the whole evaluation as JSON. Every file is
//! made here by the model.

use leptos::prelude::*;

use super::use_plan_view;
use crate::model::export::{DocumentFormat, ExportContext, PlanDownload};
use crate::ui::browser::clock::local_iso_date;
use crate::ui::browser::downloads::offer;
use crate::ui::components::print_button::PrintButton;

#[component]
pub(super) fn PlanDownloads(print: Callback<()>) -> impl IntoView {
    let view = use_plan_view();
    let (message, set_message) = signal(None::<String>);
    let export = Callback::new(move |kind: PlanDownload| {
        let state = view.state;
        let questionnaire = state.questionnaire.get_value();
        let assessment = state.assessment.get_untracked();
        let report = state.report.get_untracked();
        let figures = view.figures.get_value();
        let date = local_iso_date();
        let context = ExportContext {
            questionnaire: &questionnaire,
            assessment: &assessment,
            report: &report,
            figures: figures.as_deref(),
            date: &date,
        };
        let message = match kind.make(&context, &view.rows.get_untracked(), &view.shown.get_untracked()) {
            Ok(file) => offer(&file),
            Err(message) => message,
        };
        set_message.set(Some(message));
    });
    let button = move |kind: PlanDownload, name: &'static str, format: &'static str| {
        view! {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| export.run(kind)>
                {format!("{name} ({format})")}
            </button>
        }
    };
    let document_buttons = |name: &'static str, make: fn(DocumentFormat) -> PlanDownload| {
        [DocumentFormat::Word, DocumentFormat::OpenDocument]
            .into_iter()
            .map(|format| button(make(format), name, format.label()))
            .collect_view()
    };
    view! {
        <div class="downloads geen-print" role="group" aria-labelledby="downloads-kop">
            <h3 class="utrecht-heading-3" id="downloads-kop">"Downloaden"</h3>
            <p class="utrecht-paragraph downloads__uitleg">
                "Het verbeterplan en het rapport als document om verder te bewerken: Word voor de sjablonen van college en raad, "
                "OpenDocument als open standaard. Het rapport bevat ook de scores, de vergelijking met het landelijk beeld en alle antwoorden."
            </p>
            <div class="downloads__rij">
                {document_buttons("Verbeterplan", PlanDownload::Plan)}
                {button(PlanDownload::Markdown, "Verbeterplan", "Markdown")}
            </div>
            <div class="downloads__rij">{document_buttons("Rapport", PlanDownload::Report)}</div>
            <div class="downloads__rij">
                {button(PlanDownload::Csv, "Acties", "CSV voor Excel")}
                <PrintButton print />
                {button(PlanDownload::Evaluation, "Hele evaluatie", "JSON")}
            </div>
            <p class="status-melding" role="status" data-testid="download-melding">{move || message.get()}</p>
        </div>
    }
}
