//! A page, or part of one, whose code loads on first use (a function in `ui::lazy`): a status
//! line until the code has arrived, then the content; when the code cannot be fetched, a Dutch
//! message with a button to try again. One press of that button asks again for every part on
//! the page that could not be fetched: they failed for one reason (the connection), and a user
//! who mended it should not have to press a button in each place.
//!
//! A bare `Suspend` with its own status line instead of `<Suspense>`: the same behaviour here (no
//! resources to wait for), and 4.6 KB less gzip in the main module; each further lazy page adds
//! about 0.2 KB (tests/benchmark/README.md).

use std::future::Future;

use leptos::prelude::*;

use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::lazy::PartNotLoaded;

/// The retries of parts whose code could not be fetched, shared by every part on every page.
#[derive(Clone, Copy)]
pub struct PartRetries(RwSignal<u32>);

/// Makes "Opnieuw proberen" under one part retry all failed parts below this owner (the app).
pub fn provide_part_retries() {
    provide_context(PartRetries(RwSignal::new(0)));
}

/// A whole page (the page's own heading comes with its code).
pub fn lazy_page<F>(load: impl Fn() -> F + Send + Sync + 'static) -> AnyView
where
    F: Future<Output = Result<AnyView, PartNotLoaded>> + Send + 'static,
{
    on_arrival(load, "De pagina wordt geladen…", "Deze pagina")
}

/// The content under a heading that is already shown.
pub fn lazy_part<F>(load: impl Fn() -> F + Send + Sync + 'static) -> AnyView
where
    F: Future<Output = Result<AnyView, PartNotLoaded>> + Send + 'static,
{
    on_arrival(load, "Wordt geladen…", "Dit deel van de pagina")
}

/// Where one part's code is: one state, so "shown as waiting" and "may be retried" cannot disagree.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arrival {
    Waiting,
    Arrived,
    Failed,
}

fn on_arrival<F>(load: impl Fn() -> F + Send + Sync + 'static, waiting: &'static str, what: &'static str) -> AnyView
where
    F: Future<Output = Result<AnyView, PartNotLoaded>> + Send + 'static,
{
    let arrival = RwSignal::new(Arrival::Waiting);
    // Bumped when this part is asked for again, which only a part that failed is (a part that
    // arrived is not drawn again, which would cost its fields their focus).
    let attempt = RwSignal::new(0u32);
    // Outside the app (a component test) a part retries on its own.
    let PartRetries(retries) = use_context().unwrap_or_else(|| PartRetries(RwSignal::new(0)));
    Effect::watch(
        move || retries.get(),
        move |_, _, _| {
            if arrival.get_untracked() == Arrival::Failed {
                arrival.set(Arrival::Waiting);
                attempt.update(|n| *n += 1);
            }
        },
        false,
    );
    view! {
        {move || (arrival.get() == Arrival::Waiting).then(|| view! { <p class="utrecht-paragraph" role="status">{waiting}</p> })}
        {move || {
            attempt.track();
            let content = load();
            Suspend::new(async move {
                let content = content.await;
                arrival.set(if content.is_ok() { Arrival::Arrived } else { Arrival::Failed });
                match content {
                    Ok(view) => view,
                    Err(missing) => view! {
                        <Alert kind=AlertKind::Error urgent=true test_id="deel-niet-geladen">
                            <p class="utrecht-paragraph">{missing.message(what)}</p>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| {
                                retries.update(|n| *n += 1);
                            }>"Opnieuw proberen"</button>
                        </Alert>
                    }
                    .into_any(),
                }
            })
        }}
    }
    .into_any()
}
