//! Stored data the app could not read: kept aside, never deleted silently. The user can download
//! it (to repair or to send to the site's maintainer) and then remove it. Shown on the start page
//! and on the list of regional overviews.

use leptos::prelude::*;

use crate::ui::browser::downloads::download;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::storage::{remove_unreadable, UnreadableEntry};

#[component]
pub fn UnreadableData(
    /// The stored data the app cannot use (see `storage::unreadable_entries`).
    entries: Vec<UnreadableEntry>,
    /// Called with a message for the page after an entry was removed (the page lists again).
    on_removed: Callback<String>,
) -> impl IntoView {
    let items = entries
        .into_iter()
        .map(|entry| {
            let file = entry.file_name.clone();
            let download_label = format!("Downloaden: {file}");
            let remove_label = format!("Verwijderen: {file}");
            view! {
                <li data-testid="onleesbaar">
                    <span>{file}</span>" "
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=download_label on:click={
                        let entry = entry.clone();
                        move |_| {
                            let _ = download(&entry.file_name, "application/octet-stream", entry.text.as_bytes());
                        }
                    }>"Downloaden"</button>
                    " "
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=remove_label on:click=move |_| {
                        remove_unreadable(&entry);
                        on_removed.run("De onleesbare gegevens zijn verwijderd.".to_owned());
                    }>"Verwijderen"</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <Alert kind=AlertKind::Warning urgent=true test_id="onleesbare-gegevens">
            <p class="utrecht-paragraph">
                "Een deel van de opgeslagen gegevens in deze browser kon niet worden gelezen, bijvoorbeeld omdat het beschadigd is "
                "of door een ander programma is geschreven. Het is apart gezet en niet verwijderd. Download het als u het wilt "
                "bewaren of laten herstellen."
            </p>
            <ul>{items}</ul>
        </Alert>
    }
}
