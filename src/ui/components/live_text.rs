//! A text field that follows its value: when the value changes from elsewhere (another tab's
//! text, merged in by the autosave), the field shows it, also while the user is in it, with the
//! caret kept where they were typing. Otherwise the next keystroke would send the field's old
//! text and drop the other tab's words again. The field's own changes are never written back
//! into it, so typing is not disturbed (a trimmed value does not take away the space just typed).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::merge::text::{caret_after_change, merge_text, Shape};
use crate::ui::browser::focus::is_focused;

/// The two controls a text can be typed in.
pub(super) trait TextControl: JsCast + Clone + 'static {
    fn text(&self) -> String;
    fn set_text(&self, text: &str);
    fn caret(&self) -> Option<u32>;
    fn set_caret(&self, at: u32);
}

impl TextControl for web_sys::HtmlInputElement {
    fn text(&self) -> String {
        self.value()
    }
    fn set_text(&self, text: &str) {
        self.set_value(text);
    }
    fn caret(&self) -> Option<u32> {
        // A date field has no caret (reading it throws).
        self.selection_start().ok().flatten()
    }
    fn set_caret(&self, at: u32) {
        let _ = self.set_selection_range(at, at);
    }
}

impl TextControl for web_sys::HtmlTextAreaElement {
    fn text(&self) -> String {
        self.value()
    }
    fn set_text(&self, text: &str) {
        self.set_value(text);
    }
    fn caret(&self) -> Option<u32> {
        self.selection_start().ok().flatten()
    }
    fn set_caret(&self, at: u32) {
        let _ = self.set_selection_range(at, at);
    }
}

/// What the field last agreed on with its value: the value, and the field's text at that moment
/// (the two differ when the owner stores the text cleaned, or not at all because it is invalid).
#[derive(Clone, Copy)]
pub(super) struct LiveText {
    value: Signal<String>,
    agreed_value: StoredValue<String>,
    agreed_text: StoredValue<String>,
}

impl LiveText {
    /// Makes `control` follow `value`. `commit` is how the field hands a text to its owner: it
    /// is called when the field had text of its own that the owner did not have yet, and the
    /// other tab's text was merged into it.
    pub(super) fn follow<C: TextControl>(
        control: impl Fn() -> Option<C> + 'static,
        value: Signal<String>,
        shape: Shape,
        commit: Option<Callback<String>>,
    ) -> LiveText {
        let initial = value.get_untracked();
        let live =
            LiveText { value, agreed_value: StoredValue::new(initial.clone()), agreed_text: StoredValue::new(initial) };
        Effect::new(move |_| {
            let new_value = value.get();
            let Some(control) = control() else { return };
            if live.agreed_value.with_value(|agreed| *agreed == new_value) {
                return;
            }
            let text = control.text();
            let agreed_text = live.agreed_text.get_value();
            // Text typed here that the owner does not have yet is merged with the new value.
            let typed_here = text != agreed_text;
            let shown =
                if typed_here { merge_text(&agreed_text, &text, &new_value, shape).text } else { new_value.clone() };
            if shown != text {
                let caret = is_focused(control.unchecked_ref()).then(|| control.caret()).flatten();
                control.set_text(&shown);
                if let Some(caret) = caret {
                    let at = caret_after_change(&text, &shown, caret as usize);
                    control.set_caret(u32::try_from(at).unwrap_or(u32::MAX));
                }
            }
            live.agreed_value.set_value(new_value.clone());
            live.agreed_text.set_value(shown.clone());
            if typed_here && shown != new_value {
                if let Some(commit) = commit {
                    commit.run(shown.clone());
                    live.agreed_value.set_value(value.get_untracked());
                }
            }
        });
        live
    }

    /// The field's `change` or `input` handler: hands the field's text to `store` (when the
    /// field has one for that event) and notes it as sent.
    pub(super) fn handler(self, store: Option<Callback<String>>) -> impl Fn(web_sys::Event) + 'static {
        move |ev| {
            if let Some(store) = store {
                let text = event_target_value(&ev);
                store.run(text.clone());
                self.sent(text);
            }
        }
    }

    /// What the owner made of the `text` the field handed it is now agreed.
    fn sent(&self, text: String) {
        self.agreed_value.set_value(self.value.get_untracked());
        self.agreed_text.set_value(text);
    }
}
