//! What an import did: a file that could not be used, with its reason; a municipality that was
//! already in the overview, one at a time, with the three choices; and every file's outcome.

use leptos::prelude::*;

use crate::model::region::labels::file_outcome;
use crate::model::region::{Conflict, ImportReport, Resolution};
use crate::ui::browser::focus::focus_later;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::region_state::RegionState;

/// An import's report and the choices made since for its conflicts.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ImportOutcome {
    report: ImportReport,
    conflicts: Vec<Conflict>,
    /// What each choice did, in Dutch, in the order the conflicts were decided.
    decided: Vec<String>,
}

impl ImportOutcome {
    pub(super) fn new(report: ImportReport) -> ImportOutcome {
        let conflicts = report.conflicts().cloned().collect();
        ImportOutcome { report, conflicts, decided: Vec::new() }
    }

    fn pending(&self) -> Option<(usize, &Conflict)> {
        let index = self.decided.len();
        self.conflicts.get(index).map(|c| (index, c))
    }
}

#[component]
pub(super) fn ImportReportView(
    state: RegionState,
    outcome: RwSignal<Option<ImportOutcome>>,
    /// The import's status line, which also says what each choice did.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let refused = move || {
        outcome.with(|o| {
            let items: Vec<_> = o
                .iter()
                .flat_map(|o| o.report.refused())
                .map(|(file, reason)| {
                    view! { <li data-testid="geweigerd"><strong>{file.to_owned()}</strong>": "{reason.to_owned()}</li> }
                })
                .collect();
            (!items.is_empty()).then(|| {
                view! {
                    <Alert kind=AlertKind::Warning test_id="geweigerde-bestanden">
                        <p class="utrecht-paragraph">"Deze bestanden zijn niet ingelezen. De andere bestanden zijn gewoon verwerkt."</p>
                        <ul class="utrecht-unordered-list">{items}</ul>
                    </Alert>
                }
            })
        })
    };
    let choose = move |conflict: Conflict, resolution: Resolution| {
        let done = state.change(|region, now| {
            let done = region.resolve(&conflict, resolution, now);
            (resolution != Resolution::KeepExisting, done)
        });
        message.set(Some(done.clone()));
        outcome.update(|o| {
            if let Some(o) = o {
                o.decided.push(done);
            }
        });
        let more = outcome.with_untracked(|o| o.as_ref().is_some_and(|o| o.pending().is_some()));
        focus_later(if more { "conflict-kop" } else { "import-resultaat" }.to_owned());
    };
    let conflict = move || {
        let (index, conflict, total) =
            outcome.with(|o| o.as_ref().and_then(|o| o.pending().map(|(i, c)| (i, c.clone(), o.conflicts.len()))))?;
        let question = state.region.with(|region| conflict.question(region));
        let buttons = Resolution::ALL
            .into_iter()
            .map(|resolution| {
                let conflict = conflict.clone();
                let class = if resolution == Resolution::KeepExisting {
                    "utrecht-button utrecht-button--primary-action"
                } else {
                    "utrecht-button utrecht-button--secondary-action"
                };
                view! {
                    <button type="button" class=class on:click=move |_| choose(conflict.clone(), resolution)>
                        {resolution.label()}
                    </button>
                }
            })
            .collect_view();
        Some(view! {
            <div class="bevestig" role="group" aria-labelledby="conflict-kop" data-testid="regio-conflict">
                <h3 class="utrecht-heading-3" id="conflict-kop" tabindex="-1">
                    {format!("Deze gemeente staat er al ({} van {total})", index + 1)}
                </h3>
                <p class="utrecht-paragraph">{question}</p>
                {buttons}
            </div>
        })
    };
    let decided = move || {
        outcome.with(|o| {
            let items: Vec<_> =
                o.iter().flat_map(|o| o.decided.iter()).map(|done| view! { <li>{done.clone()}</li> }).collect();
            (!items.is_empty()).then(|| view! { <ul class="utrecht-unordered-list" data-testid="keuzes">{items}</ul> })
        })
    };
    let files = move || {
        outcome.with(|o| {
            o.as_ref()
                .map(|o| {
                    o.report
                        .files
                        .iter()
                        .map(|f| TableRow::new(f.file_name.clone(), vec![file_outcome(&f.outcome)]))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let count = move || outcome.with(|o| o.as_ref().map_or(0, |o| o.report.files.len()));
    // Drawn when opened: with hundreds of files most users never look at every row.
    let (opened, set_opened) = signal(false);
    view! {
        <section class="import-resultaat" aria-labelledby="import-resultaat" data-testid="import-resultaat">
            <h3 class="utrecht-heading-3" id="import-resultaat" tabindex="-1">"Resultaat van het inlezen"</h3>
            <p class="utrecht-paragraph" data-testid="import-samenvatting">{move || outcome.with(|o| o.as_ref().map(|o| o.report.summary()))}</p>
            {refused}
            {conflict}
            {decided}
            <details class="import-bestanden" on:toggle=move |ev| set_opened.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{move || format!("Wat er met elk bestand is gebeurd ({})", count())}</summary>
                <Show when=move || opened.get()>
                    <DataTable caption="Elk bestand van deze import" columns=vec!["Bestand".to_owned(), "Uitkomst".to_owned()] rows=Signal::derive(files) test_id="import-bestanden" />
                </Show>
            </details>
        </section>
    }
}
