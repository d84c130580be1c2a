//! "x van y vragen beantwoord" with a progress bar: text first, the bar as a visual extra; then
//! whether everything is saved, and what a merge with another tab kept.

use leptos::prelude::*;

use crate::model::assessment::Mode;
use crate::model::cases::case_progress_label;
use crate::ui::components::merge_notice::MergeNotice;
use crate::ui::components::save_status::SaveStatusNote;
use crate::ui::state::AssessmentState;

#[component]
pub fn ProgressNote(state: AssessmentState) -> impl IntoView {
    let case_mode = state.assessment.with_untracked(|a| a.mode == Mode::Cases);
    let counts = move || {
        if case_mode {
            state.case_progress.get()
        } else {
            state.report.with(|r| (r.progress.done, r.progress.visible))
        }
    };
    let text = move || {
        if case_mode {
            case_progress_label(counts())
        } else {
            state.report.with(|r| r.progress.answered_label())
        }
    };
    view! {
        <div class="voortgang">
            <label for="voortgang-balk" class="utrecht-form-label" data-testid="voortgang">{text}</label>
            <progress id="voortgang-balk" value=move || counts().0 max=move || counts().1.max(1)></progress>
            <SaveStatusNote
                status=state.save_status
                merged=Signal::derive(move || state.merge_conflicts.with(|c| !c.is_empty()))
            />
            <MergeNotice state />
        </div>
    }
}
