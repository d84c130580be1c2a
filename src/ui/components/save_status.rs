//! Tells the user, without interrupting, whether their answers are safely stored.

use leptos::prelude::*;

use crate::ui::persistence::SaveStatus;

#[component]
pub fn SaveStatusNote(status: RwSignal<SaveStatus>) -> impl IntoView {
    let text = move || match status.get() {
        SaveStatus::Saved => "Opgeslagen in deze browser".to_owned(),
        SaveStatus::Pending => "Wijzigingen worden opgeslagen…".to_owned(),
        SaveStatus::Failed(message) => message,
    };
    let failed = move || matches!(status.get(), SaveStatus::Failed(_));
    view! {
        <p class="opslagstatus" class:opslagstatus--fout=failed role="status" data-testid="opslagstatus">
            {text}
        </p>
    }
}
