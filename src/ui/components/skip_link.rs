//! A link, visible only while it has focus, that moves keyboard focus past a block of links to
//! the element with id `target` (which needs `tabindex="-1"`).

use leptos::prelude::*;

use crate::ui::browser::focus::focus_element;

#[component]
pub fn SkipLink(target: &'static str, label: &'static str) -> impl IntoView {
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
