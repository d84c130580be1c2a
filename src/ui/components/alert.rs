//! A message in the design system's alert box: information, a warning or an error. Errors and
//! warnings that appear after an action use `role="alert"`, so screen readers hear them at once.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    Info,
    Warning,
    Error,
}

impl AlertKind {
    fn class(self) -> &'static str {
        match self {
            AlertKind::Info => "utrecht-alert utrecht-alert--info",
            AlertKind::Warning => "utrecht-alert utrecht-alert--warning",
            AlertKind::Error => "utrecht-alert utrecht-alert--error",
        }
    }
}

#[component]
pub fn Alert(
    kind: AlertKind,
    /// Announce it at once (`role="alert"`); otherwise it is a plain region of the page.
    #[prop(optional)]
    urgent: bool,
    #[prop(optional)] test_id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=kind.class() role=urgent.then_some("alert") data-testid=test_id>
            {children()}
        </div>
    }
}
