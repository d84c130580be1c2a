//! The NL Design System form field: a label, an optional description, an error message while
//! there is one, and the control. Like thaw's `Field`, the control is a child that takes its id
//! and its accessible description from the field (see [`use_field`]), so label, description,
//! error and control can never point past each other.
//!
//! ```ignore
//! <FormField id="nieuw-naam" label="Naam van de evaluatie" error=name_error>
//!     <TextInput value=default_name on_change=… />
//! </FormField>
//! ```
//! The description gets the id `<id>-uitleg`, the error `<id>-fout`; notices drawn elsewhere
//! that are about the control (`notices`) are added to its description while they show.

use leptos::prelude::*;

/// What a control inside a [`FormField`] needs to know about its field.
#[derive(Clone)]
pub struct FieldContext {
    /// The control's id: the label's `for` points at it.
    pub id: String,
    /// The ids of the description and of the error while it shows, for `aria-describedby`.
    pub described_by: Signal<Option<String>>,
    /// Whether the field shows an error, for `aria-invalid`.
    pub invalid: Signal<bool>,
}

/// The field around this control. Panics when a control is used outside a [`FormField`]: that
/// is a programming error, caught by the component tests, never by users.
pub fn use_field() -> FieldContext {
    expect_context::<FieldContext>()
}

/// How the field is laid out: text controls get the wider text layout of the design system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FieldLayout {
    #[default]
    Text,
    Other,
}

#[component]
pub fn FormField(
    /// The id of the control inside.
    #[prop(into)]
    id: String,
    /// The label; may change (e.g. "(optioneel)" that becomes "(nodig …)").
    #[prop(into)]
    label: Signal<String>,
    /// A hint below the label, always shown (an empty one is left out).
    #[prop(optional, into)]
    description: Option<String>,
    /// The error message while there is one.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The ids of notices elsewhere on the page that are about this control, while they show
    /// (an action's date warning, drawn in its line, describes its Deadline field).
    #[prop(optional, into)]
    notices: Signal<Option<String>>,
    #[prop(optional)] layout: FieldLayout,
    /// Extra classes on the field, for the page's own layout.
    #[prop(optional, into)]
    class: String,
    children: Children,
) -> impl IntoView {
    let description = description.filter(|text| !text.is_empty());
    let description_id = description.as_ref().map(|_| format!("{id}-uitleg"));
    let error_id = format!("{id}-fout");
    let described_by = {
        let (description_id, error_id) = (description_id.clone(), error_id.clone());
        Signal::derive(move || {
            let notices = notices.get();
            let ids: Vec<&str> = error
                .with(Option::is_some)
                .then_some(error_id.as_str())
                .into_iter()
                .chain(description_id.as_deref())
                .chain(notices.as_deref())
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let invalid = Signal::derive(move || error.with(Option::is_some));
    provide_context(FieldContext { id: id.clone(), described_by, invalid });
    let classes = match layout {
        FieldLayout::Text => format!("utrecht-form-field utrecht-form-field--text {class}"),
        FieldLayout::Other => format!("utrecht-form-field {class}"),
    };
    view! {
        <div class=classes.trim_end().to_owned()>
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=id>{move || label.get()}</label>
            </div>
            {description.map(|text| view! {
                <p class="utrecht-form-field-description" id=description_id.clone()>{text}</p>
            })}
            {move || error.get().map(|message| view! {
                <p class="utrecht-form-field-error-message" id=error_id.clone()>{message}</p>
            })}
            <div class="utrecht-form-field__input">{children()}</div>
        </div>
    }
}
