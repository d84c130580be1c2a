//! Printing a page that says when it was drawn up (results, plan, answers, cases).

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::browser::clock::local_iso_date;
use crate::ui::browser::page::print_page;

/// Today's date for the printed page, and a `print` for its button. Paper carries the day it is
/// printed, also when the page was opened the day before: Ctrl+P fires `beforeprint` with room
/// for the update; the button sets the date first and prints once the page shows it (inside
/// `print()` the update would only land afterwards).
pub fn use_print_date() -> (ReadSignal<String>, Callback<()>) {
    let (date, set_date) = signal(local_iso_date());
    let refresh = move || set_date.set(local_iso_date());
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| refresh());
    on_cleanup(move || before_print.remove());
    let print = Callback::new(move |()| {
        refresh();
        set_timeout(print_page, Duration::ZERO);
    });
    (date, print)
}
