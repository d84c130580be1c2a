//! The plan's downloads. For an evaluation: the verbeterplan and the rapport as Word and
//! OpenDocument, the plan as Markdown, the actions shown as CSV, printing, and the whole
//! evaluation as JSON. For a region: its verbeterplan as Word, OpenDocument and Markdown, the
//! actions shown as CSV, and printing. Every file is made by the model, in code that loads on
//! first use (fetched when the page is drawn).

use std::sync::Arc;

use leptos::prelude::*;

use super::owner::PlanOwner;
use super::use_plan_view;
use crate::model::export::{DocumentFormat, Download, ExportContext, PlanDownload};
use crate::model::figures::FigureFile;
use crate::model::plan::PlanRow;
use crate::model::region::export::{region_plan_subject, RegionPlanDownload};
use crate::model::region::{Region, RegionOverview};
use crate::model::scoring::ScoreReport;
use crate::model::{Assessment, Questionnaire};
use crate::ui::browser::clock::local_iso_date;
use crate::ui::browser::downloads::offer;
use crate::ui::components::print_button::PrintButton;
use crate::ui::lazy::plan_file;
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

/// A download asked for on the plan page, with everything it is made from, read at the click.
/// It crosses into the code that writes the files (`lazy::plan_file`), which loads on first use:
/// the Word and OpenDocument writers are half of the plan's code and no part of its page.
pub struct PlanFileRequest {
    whose: Whose,
    /// `YYYY-MM-DD`, the user's local date.
    date: String,
    /// The whole plan, and what the overview shows (its filter applied).
    rows: Vec<PlanRow>,
    shown: Vec<PlanRow>,
}

/// Whose plan the file is of, which file, and what it is made from.
pub enum Whose {
    Evaluation {
        kind: PlanDownload,
        questionnaire: Arc<Questionnaire>,
        assessment: Assessment,
        report: ScoreReport,
        figures: Option<Arc<FigureFile>>,
    },
    Region {
        kind: RegionPlanDownload,
        questionnaire: Arc<Questionnaire>,
        region: Region,
        overview: RegionOverview,
    },
}

impl PlanFileRequest {
    /// The file, made by the model. Only an evaluation's JSON can fail.
    pub fn make(&self) -> Result<Download, String> {
        let PlanFileRequest { whose, date, rows, shown } = self;
        match whose {
            Whose::Evaluation { kind, questionnaire, assessment, report, figures } => {
                let context = ExportContext { questionnaire, assessment, report, figures: figures.as_deref(), date };
                kind.make(&context, rows, shown)
            }
            Whose::Region { kind, questionnaire, region, overview } => {
                let subject = region_plan_subject(questionnaire, region, overview, date);
                Ok(kind.make(region, &subject, rows, shown))
            }
        }
    }
}

/// Makes the file in the code that loads on first use, offers it, and says how that went in
/// `message` (which may be gone by then: the user left the page).
fn make_and_offer(request: PlanFileRequest, message: WriteSignal<Option<String>>) {
    leptos::task::spawn_local(async move {
        let said = match plan_file(request).await {
            Ok(Ok(file)) => offer(&file),
            Ok(Err(problem)) => problem,
            Err(missing) => missing.message("Het deel van de app dat de bestanden maakt"),
        };
        message.try_set(Some(said));
    });
}

#[component]
pub(super) fn PlanDownloads(print: Callback<()>) -> impl IntoView {
    let view = use_plan_view();
    let (message, set_message) = signal(None::<String>);
    let ask = Callback::new(move |whose: Whose| {
        let request = PlanFileRequest {
            whose,
            date: local_iso_date(),
            rows: view.rows.get_untracked(),
            shown: view.shown.get_untracked(),
        };
        make_and_offer(request, set_message);
    });
    let (explanation, buttons) = match view.owner {
        PlanOwner::Evaluation(state) => (
            "Het verbeterplan en het rapport als document om verder te bewerken: Word voor de sjablonen van college en raad, \
             OpenDocument als open standaard. Het rapport bevat ook de scores, de vergelijking met het landelijk beeld en alle antwoorden.",
            evaluation_buttons(state, ask, print).into_any(),
        ),
        PlanOwner::Region(side) => (
            "Het regionale verbeterplan als document om verder te bewerken: Word of OpenDocument (de open standaard). \
             Met 'Anoniem delen' aan noemt geen enkel bestand een gemeente.",
            side.get_value().download_buttons(ask, print),
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

fn evaluation_buttons(state: AssessmentState, ask: Callback<Whose>, print: Callback<()>) -> impl IntoView {
    let view = use_plan_view();
    let export = Callback::new(move |kind: PlanDownload| {
        ask.run(Whose::Evaluation {
            kind,
            questionnaire: state.questionnaire.get_value(),
            assessment: state.assessment.get_untracked(),
            report: state.report.get_untracked(),
            figures: view.figures.get_value(),
        })
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

pub(super) fn region_buttons(state: RegionState, ask: Callback<Whose>, print: Callback<()>) -> impl IntoView {
    let export = Callback::new(move |kind: RegionPlanDownload| {
        ask.run(Whose::Region {
            kind,
            questionnaire: state.questionnaire.get_value(),
            region: state.region.get_untracked(),
            overview: state.view.get_untracked(),
        })
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
