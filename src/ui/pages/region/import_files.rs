//! Reading many evaluation files at once: chosen together in the file field (the keyboard way) or
//! dropped on the page. Each file is checked by the model as a single import is; the outcome of
//! every file is shown in the [`ImportReportView`].

use leptos::prelude::*;

use super::import_report::{ImportOutcome, ImportReportView};
use crate::model::region::{FileOutcome, FileResult};
use crate::ui::browser::files::read_files;
use crate::ui::browser::focus::focus_later;
use crate::ui::browser::timing::measured;
use crate::ui::components::drop_zone::DropZone;
use crate::ui::components::multi_file_chooser::MultiFileChooser;
use crate::ui::region_state::RegionState;

#[component]
pub(super) fn ImportFiles(state: RegionState) -> impl IntoView {
    let (busy, set_busy) = signal(false);
    let outcome = RwSignal::new(None::<ImportOutcome>);
    let message = RwSignal::new(None::<String>);
    let import = Callback::new(move |files: Vec<web_sys::File>| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        outcome.set(None);
        message.set(Some(format!(
            "{} worden gelezen en gecontroleerd…",
            crate::model::text::count(files.len(), "bestand", "bestanden")
        )));
        leptos::task::spawn_local(async move {
            let read = read_files(files).await;
            let questionnaire = state.questionnaire.get_value();
            let mut readable = Vec::new();
            let mut unreadable = Vec::new();
            for (name, text) in read {
                match text {
                    Ok(text) => readable.push((name, text)),
                    Err(reason) => {
                        unreadable.push(FileResult { file_name: name, outcome: FileOutcome::Refused { reason } })
                    }
                }
            }
            let mut report = state.change(|region, now| {
                let report = measured("regio-importeren", || region.import_files(Some(&questionnaire), readable, now));
                (report.added_count() > 0, report)
            });
            report.files.extend(unreadable);
            message.set(Some(report.summary()));
            outcome.set(Some(ImportOutcome::new(report)));
            set_busy.set(false);
            focus_later("import-resultaat".to_owned());
        });
    });
    view! {
        <h2 class="utrecht-heading-2">"Evaluaties inlezen"</h2>
        <p class="utrecht-paragraph">
            "Kies de evaluatiebestanden (JSON) die de gemeenten met 'Exporteren' hebben gemaakt; u kunt er veel tegelijk kiezen. "
            "Elk bestand wordt gecontroleerd zoals bij een gewone import. Een bestand dat niet te lezen is, ziet u met de reden; de andere gaan gewoon door. "
            "Staat een gemeente er al in, dan kiest u zelf wat er gebeurt."
        </p>
        <DropZone instruction="Sleep de bestanden hierheen (of ergens op deze pagina), of kies ze met de knop hieronder." disabled=busy on_files=import test_id="sleepvak">
            <MultiFileChooser
                id="regio-bestanden"
                label="Evaluatiebestanden (JSON)"
                description="U kunt meerdere bestanden tegelijk kiezen, bijvoorbeeld met Ctrl of Shift ingedrukt, of alles in een map met Ctrl+A."
                accept=".json,application/json"
                disabled=busy
                on_files=import
            />
        </DropZone>
        <p class="status-melding" role="status" data-testid="import-melding">{move || message.get()}</p>
        {move || outcome.get().is_some().then(|| view! { <ImportReportView state outcome message /> })}
    }
}
