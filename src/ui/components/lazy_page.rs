//! A page whose code loads on first use (a `#[cfg_attr(wasm_split, lazy)]` function): a status
//! line until the code has arrived, then the page.
//!
//! A bare `Suspend` with its own status line instead of `<Suspense>`: the same behaviour here (no
//! resources to wait for), and 4.6 KB less gzip in the main module; each further lazy page adds
//! about 0.2 KB (tests/benchmark/README.md).

use std::future::Future;

use leptos::prelude::*;

pub fn lazy_page(page: impl Future<Output = AnyView> + Send + 'static) -> AnyView {
    let (loaded, set_loaded) = signal(false);
    view! {
        {move || (!loaded.get()).then(|| view! { <p class="utrecht-paragraph" role="status">"De pagina wordt geladen…"</p> })}
        {Suspend::new(async move {
            let page = page.await;
            set_loaded.set(true);
            page
        })}
    }
    .into_any()
}
