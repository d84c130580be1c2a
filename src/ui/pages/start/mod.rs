//! The start page: the user's saved evaluations, the questionnaires to start a new one, and the
//! two file actions (import an evaluation, add an own questionnaire). The parts share the
//! catalog, the page's message and the refresh of the list through [`StartPageContext`].

mod import_evaluation;
mod own_questionnaire;
mod questionnaire_cards;
mod saved_evaluations;

use leptos::prelude::*;

use crate::model::catalog::Catalog;
use crate::model::route::Route;
use crate::ui::catalog::{use_catalog, CatalogStore};
use crate::ui::components::page_heading::PageHeading;
use crate::ui::latch::stays_true;
use import_evaluation::ImportEvaluation;
use own_questionnaire::OwnQuestionnaire;
use questionnaire_cards::QuestionnaireCards;
use saved_evaluations::{saved_listing, SavedEvaluations};

/// What the parts of the start page share.
#[derive(Clone, Copy)]
struct StartPageContext {
    catalog: ReadSignal<Catalog>,
    set_catalog: WriteSignal<Catalog>,
    store: CatalogStore,
    /// Bumped after every change to the stored evaluations, to list them again.
    revision: ReadSignal<u32>,
    set_revision: WriteSignal<u32>,
    set_message: WriteSignal<Option<String>>,
}

impl StartPageContext {
    /// Lists the stored evaluations again, after one was added, changed or removed.
    fn refresh(&self) {
        self.set_revision.update(|r| *r += 1);
    }

    /// The page's status message, read out by screen readers.
    fn say(&self, message: impl Into<String>) {
        self.set_message.set(Some(message.into()));
    }

    /// Whether the questionnaires are still loading (file actions wait for them).
    fn loading(&self) -> bool {
        matches!(self.catalog.get(), Catalog::Loading)
    }
}

fn use_start_page() -> StartPageContext {
    expect_context::<StartPageContext>()
}

#[component]
pub fn StartPage() -> impl IntoView {
    let store = use_catalog();
    let (catalog, set_catalog) = (store.catalog, store.set_catalog);
    let (revision, set_revision) = signal(0u32);
    let (message, set_message) = signal(None::<String>);
    provide_context(StartPageContext { catalog, set_catalog, store, revision, set_revision, set_message });
    let listing = saved_listing();
    // What comes after the saved evaluations is drawn with their list, not before it: a list drawn
    // later above it would move the questionnaires away under a pointer about to click one. A
    // questionnaire that is slow to come holds the page back one second at most. Once drawn, it
    // stays (a listing that waits again, after an import, leaves it be).
    let (waited, set_waited) = signal(false);
    // (`try_set`: the user may have left the page within that second.)
    set_timeout(
        move || {
            let _ = set_waited.try_set(true);
        },
        std::time::Duration::from_secs(1),
    );
    let rest_drawn = stays_true(move || waited.get() || listing.with(Option::is_some));
    view! {
        <PageHeading>"Zelfevaluatie Wmo-toezicht"</PageHeading>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            "Breng in kaart hoe uw gemeente het toezicht op de Wmo 2015 heeft geregeld. "
            "U ziet per principe (onafhankelijkheid, transparantie en samenwerking) waar u staat."
        </p>
        <p class="status-melding" role="status" data-testid="melding">{move || message.get()}</p>
        <h2 class="utrecht-heading-2" id="uw-evaluaties" tabindex="-1">"Uw evaluaties"</h2>
        <SavedEvaluations listing />
        <Show when=move || rest_drawn.get()>
            // Starting one is what most visits are for; the two file actions come after it.
            <h2 class="utrecht-heading-2">"Nieuwe evaluatie starten"</h2>
            <QuestionnaireCards />
            <ImportEvaluation />
            <OwnQuestionnaire />
            <h2 class="utrecht-heading-2">"Regio-overzicht"</h2>
            <p class="utrecht-paragraph">
                "Werkt u voor een regio of een GGD? Zet de evaluaties van de gemeenten naast elkaar: lees hun geëxporteerde bestanden in "
                "en zie per principe en onderdeel de scores, de mediaan van de regio en de verbeterpunten die het vaakst voorkomen. "
                "Een regio-overzicht staat los van uw eigen evaluaties."
            </p>
            <p class="utrecht-paragraph">
                <a class="utrecht-link utrecht-link--html-a" href=Route::Regions.href() data-testid="naar-regio-overzicht">"Naar het Regio-overzicht"</a>
            </p>
        </Show>
    }
}
