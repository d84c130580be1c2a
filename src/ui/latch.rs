//! A condition that, once it has held, keeps holding: for parts of a page that are drawn the first
//! time they are needed and then kept (an action's fields, the roadmap, the start page below the
//! saved evaluations). Drawing again on every change would throw away what the user typed and
//! move what they were about to click.

use leptos::prelude::*;

/// True from the first time `condition` is true, whatever it is later.
pub fn stays_true(condition: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    // The memo's previous value is its latch; once true, `condition` is no longer read, so
    // the memo stops tracking its signals.
    Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || condition())
}
