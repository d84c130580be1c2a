//! The application shell: page chrome, the loaded catalog, and the page for the current route.

use leptos::prelude::*;

use crate::ui::catalog::{load_catalog, Catalog};
use crate::ui::dom::{focus_element, set_document_title};
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::questionnaire_page::QuestionnairePage;
use crate::ui::pages::start_page::StartPage;
use crate::ui::persistence::flush_when_leaving;
use crate::ui::route::{use_route, Route};

const APP_NAME: &str = "Zelfevaluatie Wmo-toezicht";

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    let (catalog, set_catalog) = signal(Catalog::Loading);
    leptos::task::spawn_local(async move { set_catalog.set(load_catalog().await) });
    flush_when_leaving();

    // After navigating, move focus to the new page's heading so keyboard and screen-reader users
    // start at the top of the new content, and name the page in the window title.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        let title = match &current {
            Route::Questionnaire { id } => catalog
                .with(|c| c.questionnaire(id).map(|q| format!("{} – {APP_NAME}", q.title)))
                .unwrap_or_else(|| APP_NAME.to_owned()),
            Route::Start => APP_NAME.to_owned(),
            Route::NotFound => format!("Pagina niet gevonden – {APP_NAME}"),
        };
        set_document_title(&title);
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(|| focus_element("paginakop"));
        }
        current
    });

    let page = move || match route.get() {
        Route::Start => view! { <StartPage catalog /> }.into_any(),
        Route::Questionnaire { id } => match catalog.get() {
            Catalog::Loading => view! { <p class="utrecht-paragraph" role="status">"De vragenlijst wordt geladen…"</p> }.into_any(),
            loaded => match loaded.questionnaire(&id) {
                Some(questionnaire) => {
                    let figures = match &loaded {
                        Catalog::Loaded { figures, .. } => figures.clone(),
                        _ => None,
                    };
                    view! { <QuestionnairePage questionnaire figures /> }.into_any()
                }
                None => view! { <NotFoundPage message=format!("Er is geen bruikbare vragenlijst met de naam '{id}'.") /> }.into_any(),
            },
        },
        Route::NotFound => view! { <NotFoundPage message="Dit adres hoort niet bij deze app." /> }.into_any(),
    };

    view! {
        <a
            class="utrecht-skip-link utrecht-skip-link--visible-on-focus"
            href="#inhoud"
            on:click=|ev| {
                // The address bar holds the route, so jump by focus instead of by fragment.
                ev.prevent_default();
                focus_element("inhoud");
            }
        >
            "Direct naar de inhoud"
        </a>
        <header class="kop">
            <div class="kop__binnen">
                <a class="kop__naam" href=Route::Start.href()>{APP_NAME}</a>
            </div>
        </header>
        <main class="inhoud" id="inhoud" tabindex="-1">
            {page}
        </main>
        <footer class="voet">
            <div class="voet__binnen">
                <p class="utrecht-paragraph">
                    "Deze app werkt helemaal in uw browser. Wat u invult, blijft op dit apparaat en wordt nergens naartoe gestuurd."
                </p>
            </div>
        </footer>
    }
}
