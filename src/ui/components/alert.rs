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
    /// The id of the alert's own heading: the alert is then a region of the page named by it.
    #[prop(optional)]
    labelled_by: Option<&'static str>,
    #[prop(optional)] test_id: Option<&'static str>,
    /// Extra classes, for the page's own layout.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let role = if urgent { Some("alert") } else { labelled_by.map(|_| "region") };
    view! {
        <div class=format!("{} {class}", kind.class()).trim_end().to_owned() role=role aria-labelledby=labelled_by data-testid=test_id>
            {children()}
        </div>
    }
}
