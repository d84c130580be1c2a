//! Tells the user, without interrupting, whether their answers are safely stored.
//!
//! Sighted users see "wordt opgeslagen" while a change waits for the debounce. A screen reader
//! hears only settled states, and only when they change: a failure, and the recovery after it.
//! Otherwise every answer would be announced twice ("wordt opgeslagen", "opgeslagen").
//!
//! While a merge with another tab has kept two versions of a text and the user has not yet
//! dismissed the notice about it, "opgeslagen" would say all is as the user left it: then the
//! status says the evaluation was merged.

use leptos::prelude::*;

use crate::ui::autosave::SaveStatus;

const SAVED: &str = "Opgeslagen in deze browser";
const MERGED: &str = "Samengevoegd met een ander tabblad: kijk de melding hieronder na";

#[component]
pub fn SaveStatusNote(
    status: RwSignal<SaveStatus>,
    /// A merge kept two versions of a text, and the notice about it is still shown.
    #[prop(optional, into)]
    merged: Signal<bool>,
) -> impl IntoView {
    // A memo, so the live region's text node is only touched when the words change.
    let announced = Memo::new(move |previous: Option<&String>| match status.get() {
        SaveStatus::Saved if merged.get() => MERGED.to_owned(),
        SaveStatus::Saved => SAVED.to_owned(),
        SaveStatus::Pending => previous.cloned().unwrap_or_else(|| SAVED.to_owned()),
        SaveStatus::Failed(message) => message,
    });
    let pending = move || status.with(|s| *s == SaveStatus::Pending);
    let failed = move || status.with(|s| matches!(s, SaveStatus::Failed(_)));
    let state = move || match status.get() {
        SaveStatus::Saved if merged.get() => "samengevoegd",
        SaveStatus::Saved => "opgeslagen",
        SaveStatus::Pending => "bezig",
        SaveStatus::Failed(_) => "mislukt",
    };
    view! {
        <div class="opslagstatus" class:opslagstatus--fout=failed data-testid="opslagstatus" data-toestand=state>
            <p role="status" class="opslagstatus__tekst" class:visueel-verborgen=pending>{move || announced.get()}</p>
            <p aria-hidden="true" class="opslagstatus__tekst" hidden=move || !pending()>"Wijzigingen worden opgeslagen…"</p>
        </div>
    }
}
