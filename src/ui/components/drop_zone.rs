//! A clearly marked area to drop files on. While it is on the page, files dropped anywhere on the
//! page land here too (instead of the browser opening the file and leaving the app). Dropping
//! needs a mouse, so the area always holds a keyboard way to the same action: put a
//! [`MultiFileChooser`](super::multi_file_chooser::MultiFileChooser) inside it.

use leptos::prelude::*;

use crate::ui::browser::files::files_of;

#[component]
pub fn DropZone(
    /// The instruction inside the area ("Sleep de bestanden hierheen …").
    #[prop(into)]
    instruction: String,
    #[prop(optional, into)] disabled: Signal<bool>,
    on_files: Callback<Vec<web_sys::File>>,
    #[prop(optional)] test_id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let (over, set_over) = signal(false);
    let dragover = window_event_listener(leptos::ev::dragover, move |ev| {
        ev.prevent_default();
        if let Some(transfer) = ev.data_transfer() {
            transfer.set_drop_effect(if disabled.get_untracked() { "none" } else { "copy" });
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        set_over.set(false);
        if disabled.get_untracked() {
            return;
        }
        let files = files_of(ev.data_transfer().and_then(|t| t.files()));
        if !files.is_empty() {
            on_files.run(files);
        }
    });
    on_cleanup(move || {
        dragover.remove();
        drop.remove();
    });
    view! {
        <div
            class=move || if over.get() { "sleepvak sleepvak--erboven" } else { "sleepvak" }
            data-testid=test_id
            on:dragenter=move |_| set_over.set(true)
            on:dragleave=move |ev: leptos::ev::DragEvent| {
                // Leaving for a child of the area is not leaving the area.
                let inside = ev
                    .related_target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                    .zip(ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok()))
                    .is_some_and(|(to, area)| area.contains(Some(&to)));
                if !inside {
                    set_over.set(false);
                }
            }
        >
            <p class="utrecht-paragraph sleepvak__uitleg">{instruction}</p>
            {children()}
        </div>
    }
}
