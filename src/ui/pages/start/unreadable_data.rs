//! Stored data the app could not read: kept aside, never deleted silently. The user can download
//! it (to repair or to send to the site's maintainer) and then remove it.

use leptos::prelude::*;

use super::use_start_page;
use crate::ui::browser::downloads::download;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::storage::{remove_unreadable, UnreadableEntry};

#[component]
pub(super) fn UnreadableData(entries: Vec<UnreadableEntry>) -> impl IntoView {
    let page = use_start_page();
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
                        page.say("De onleesbare gegevens zijn verwijderd.");
                        page.refresh();
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
