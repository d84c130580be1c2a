//! The plan's downloads. For an evaluation: the verbeterplan and the rapport as Word and
//! OpenDocument, the plan as Markdown, the actions shown as CSV, printing, and the whole
//! evaluation as JSON. For a region: its verbeterplan as Word, OpenDocument and Markdown, the
//! actions shown as CSV, and printing. Every file is made here by the model.

use leptos::prelude::*;

use super::owner::PlanOwner;
use super::use_plan_view;
use crate::model::export::{DocumentFormat, Download, ExportContext, PlanDownload};
use crate::model::region::export::{region_plan_subject, RegionPlanDownload};
use crate::ui::browser::clock::local_iso_date;
use crate::ui::browser::downloads::offer;
use crate::ui::components::print_button::PrintButton;
use crate::ui::region_state::RegionState;
use crate::ui::state::AssessmentState;

/// A download button: "Verbeterplan (Word)".
fn button<K: Copy + Send + Sync + 'static>(export: Callback<K>, kind: K, name: &str, format: &str) -> impl IntoView {
    let label = format!("{name} ({format})");
    view! {
        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| export.run(kind)>
            {label}
        </button>
    }
}

const FORMATS: [DocumentFormat; 2] = [DocumentFormat::Word, DocumentFormat::OpenDocument];

#[component]
pub(super) fn PlanDownloads(print: Callback<()>) -> impl IntoView {
    let view = use_plan_view();
    let (message, set_message) = signal(None::<String>);
    let say = Callback::new(move |made: Result<Download, String>| {
        set_message.set(Some(match made {
            Ok(file) => offer(&file),
            Err(message) => message,
        }));
    });
    let (explanation, buttons) = match view.owner {
        PlanOwner::Evaluation(state) => (
            "Het verbeterplan en het rapport als document om verder te bewerken: Word voor de sjablonen van college en raad, \
             OpenDocument als open standaard. Het rapport bevat ook de scores, de vergelijking met het landelijk beeld en alle antwoorden.",
            evaluation_buttons(state, say, print).into_any(),
        ),
        PlanOwner::Region(state) => (
            "Het regionale verbeterplan als document om verder te bewerken: Word of OpenDocument (de open standaard). \
             Met 'Anoniem delen' aan noemt geen enkel bestand een gemeente.",
            region_buttons(state, say, print).into_any(),
        ),
    };
    view! {
        <div class="downloads geen-print" role="group" aria-labelledby="downloads-kop">
            <h3 class="utrecht-heading-3" id="downloads-kop">"Downloaden"</h3>
            <p class="utrecht-paragraph downloads__uitleg">{explanation}</p>
            {buttons}
            <p class="status-melding" role="status" data-testid="download-melding">{move || message.get()}</p>
        </div>
    }
}

fn evaluation_buttons(
    state: AssessmentState,
    say: Callback<Result<Download, String>>,
    print: Callback<()>,
) -> impl IntoView {
    let view = use_plan_view();
    let export = Callback::new(move |kind: PlanDownload| {
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
        say.run(kind.make(&context, &view.rows.get_untracked(), &view.shown.get_untracked()));
    });
    view! {
        <div class="downloads__rij">
            {FORMATS.into_iter().map(|f| button(export, PlanDownload::Plan(f), "Verbeterplan", f.label())).collect_view()}
            {button(export, PlanDownload::Markdown, "Verbeterplan", "Markdown")}
        </div>
        <div class="downloads__rij">
            {FORMATS.into_iter().map(|f| button(export, PlanDownload::Report(f), "Rapport", f.label())).collect_view()}
        </div>
        <div class="downloads__rij">
            {button(export, PlanDownload::Csv, "Acties", "CSV voor Excel")}
            <PrintButton print />
            {button(export, PlanDownload::Evaluation, "Hele evaluatie", "JSON")}
        </div>
    }
}

fn region_buttons(state: RegionState, say: Callback<Result<Download, String>>, print: Callback<()>) -> impl IntoView {
    let view = use_plan_view();
    let export = Callback::new(move |kind: RegionPlanDownload| {
        let questionnaire = state.questionnaire.get_value();
        let region = state.region.get_untracked();
        let overview = state.view.get_untracked();
        let subject = region_plan_subject(&questionnaire, &region, &overview, &local_iso_date());
        say.run(Ok(kind.make(&region, &subject, &view.rows.get_untracked(), &view.shown.get_untracked())));
    });
    view! {
        <div class="downloads__rij">
            {FORMATS.into_iter().map(|f| button(export, RegionPlanDownload::Plan(f), "Regionaal verbeterplan", f.label())).collect_view()}
            {button(export, RegionPlanDownload::Markdown, "Regionaal verbeterplan", "Markdown")}
        </div>
        <div class="downloads__rij">
            {button(export, RegionPlanDownload::Csv, "Acties", "CSV voor Excel")}
            <PrintButton print />
        </div>
    }
}
