//! Native form controls in the NL Design System form-field layout (radio, checkbox, file), shared
//! by every form, an in-place confirmation for actions that cannot be undone, skip links, the
//! print button and a source as a list item.

use leptos::prelude::*;

use crate::model::questionnaire::Source;
use crate::ui::dom::focus_element;

/// "Afdrukken of opslaan als PDF", calling the page's `print` (see [`crate::ui::print`]).
pub fn print_button(print: impl Fn() + 'static) -> impl IntoView {
    view! {
        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| print()>
            "Afdrukken of opslaan als PDF"
        </button>
    }
}

/// A source of a question as a list item: a link when it has an address.
pub fn source_item(source: &Source) -> AnyView {
    match &source.url {
        Some(url) => view! {
            <li><a class="utrecht-link utrecht-link--html-a" href=url.clone() rel="noopener noreferrer">{source.label.clone()}</a></li>
        }
        .into_any(),
        None => view! { <li>{source.label.clone()}</li> }.into_any(),
    }
}

/// A link, visible only while it has focus, that moves keyboard focus past a block of links to
/// the element with id `target` (which needs `tabindex="-1"`).
pub fn skip_link(target: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <a
            class="utrecht-skip-link utrecht-skip-link--visible-on-focus"
            href=format!("#{target}")
            on:click=move |ev| {
                // The address bar holds the route, so jump by focus instead of by fragment.
                ev.prevent_default();
                focus_element(target);
            }
        >
            {label}
        </a>
    }
}

/// A radio button with its label (and an optional description below the label).
pub fn radio(
    name: String,
    input_id: String,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    radio_with_description(name, input_id, label, None, checked, on_choose)
}

pub fn radio_with_description(
    name: String,
    input_id: String,
    label: String,
    description: Option<String>,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="utrecht-form-field utrecht-form-field--radio">
            <div class="utrecht-form-field__input">
                <input
                    type="radio"
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    id=input_id.clone()
                    name=name
                    prop:checked=checked
                    on:change=move |_| on_choose()
                />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--radio">
                <label class="utrecht-form-label utrecht-form-label--radio" for=input_id>{label}</label>
            </div>
            {description.map(|d| view! { <p class="utrecht-form-field-description">{d}</p> })}
        </div>
    }
}

/// A checkbox with its label.
pub fn checkbox(
    input_id: String,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_toggle: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__input">
                <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    id=input_id.clone()
                    prop:checked=checked
                    on:change=move |ev| on_toggle(event_target_checked(&ev))
                />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label class="utrecht-form-label utrecht-form-label--checkbox" for=input_id>{label}</label>
            </div>
        </div>
    }
}

/// A file chooser in the form-field layout. Reads the chosen file and hands over its name and
/// text, or a Dutch message saying why it could not be read; the field is emptied afterwards, so
/// the same file can be chosen again after it has been fixed.
pub fn file_chooser(
    input_id: &'static str,
    label: &'static str,
    accept: &'static str,
    disabled: impl Fn() -> bool + Send + Sync + 'static,
    on_read: impl Fn(Result<(String, String), String>) + Clone + 'static,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let on_read = on_read.clone();
        leptos::task::spawn_local(async move {
            let Some(read) = crate::ui::dom::read_chosen_file(&input).await else { return };
            input.set_value("");
            on_read(read);
        });
    };
    view! {
        <div class="utrecht-form-field">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=input_id>{label}</label>
            </div>
            <div class="utrecht-form-field__input">
                <input type="file" id=input_id accept=accept disabled=disabled on:change=on_change />
            </div>
        </div>
    }
}

/// "Weet u het zeker?" in place, with the confirming and the cancelling button.
#[component]
pub fn ConfirmInline(
    #[prop(into)] question: String,
    confirm_label: &'static str,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="bevestig" role="alert">
            <p class="utrecht-paragraph">{question}</p>
            <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" on:click=move |_| on_confirm.run(())>
                {confirm_label}
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| on_cancel.run(())>
                "Annuleren"
            </button>
        </div>
    }
}
