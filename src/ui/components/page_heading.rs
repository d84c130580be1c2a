//! The page's one `h1`. Navigation, skip links and dismissed notices move the keyboard focus to
//! it, by [`PAGE_HEADING`], so every page's heading has the id and the `tabindex` that needs.

use leptos::prelude::*;

/// The id of the page's heading.
pub const PAGE_HEADING: &str = "paginakop";

#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    view! { <h1 class="utrecht-heading-1" id=PAGE_HEADING tabindex="-1">{children()}</h1> }
}
