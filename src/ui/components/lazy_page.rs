//! A page, or part of one, whose code loads on first use (a function in `ui::lazy`): a status
//! line until the code has arrived, then the content.
//!
//! A bare `Suspend` with its own status line instead of `<Suspense>`: the same behaviour here (no
//! resources to wait for), and 4.6 KB less gzip in the main module; each further lazy page adds
//! about 0.2 KB (tests/benchmark/README.md).

use std::future::Future;

use leptos::prelude::*;

/// A whole page (the page's own heading comes with its code).
pub fn lazy_page(page: impl Future<Output = AnyView> + Send + 'static) -> AnyView {
    on_arrival(page, "De pagina wordt geladen…")
}

/// The content under a heading that is already shown.
pub fn lazy_part(part: impl Future<Output = AnyView> + Send + 'static) -> AnyView {
    on_arrival(part, "Wordt geladen…")
}

fn on_arrival(content: impl Future<Output = AnyView> + Send + 'static, waiting: &'static str) -> AnyView {
    let (loaded, set_loaded) = signal(false);
    view! {
        {move || (!loaded.get()).then(|| view! { <p class="utrecht-paragraph" role="status">{waiting}</p> })}
        {Suspend::new(async move {
            let content = content.await;
            set_loaded.set(true);
            content
        })}
    }
    .into_any()
}
