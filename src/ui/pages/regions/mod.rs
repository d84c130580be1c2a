//! The list of regional overviews (`#/regio`): open, rename and delete one, or make a new one.
//! Regional overviews are kept apart from the user's own evaluations. The parts share the
//! catalog, the page's message and the refresh of the list through [`RegionsPageContext`].

mod new_region;
mod saved_regions;

use leptos::prelude::*;

use crate::model::route::Route;
use crate::ui::catalog::{use_catalog, CatalogStore};
use crate::ui::components::page_heading::PageHeading;
use new_region::NewRegion;
use saved_regions::SavedRegions;

#[derive(Clone, Copy)]
struct RegionsPageContext {
    catalog: CatalogStore,
    /// Bumped after every change to the stored regions, to list them again.
    revision: ReadSignal<u32>,
    set_revision: WriteSignal<u32>,
    set_message: WriteSignal<Option<String>>,
}

impl RegionsPageContext {
    fn refresh(&self) {
        self.set_revision.update(|r| *r += 1);
    }

    /// The page's status message, read out by screen readers.
    fn say(&self, message: impl Into<String>) {
        self.set_message.set(Some(message.into()));
    }
}

fn use_regions_page() -> RegionsPageContext {
    expect_context::<RegionsPageContext>()
}

#[component]
pub fn RegionsPage() -> impl IntoView {
    let catalog = use_catalog();
    let (revision, set_revision) = signal(0u32);
    let (message, set_message) = signal(None::<String>);
    provide_context(RegionsPageContext { catalog, revision, set_revision, set_message });
    view! {
        <p class="terug">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"Naar uw evaluaties"</a>
        </p>
        <PageHeading>"Regio-overzicht"</PageHeading>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            "Zet de zelfevaluaties van de gemeenten in uw regio naast elkaar: per principe en per onderdeel, met de mediaan "
            "van de regio, een hittekaart, de antwoorden per vraag en de verbeterpunten die in de meeste gemeenten spelen."
        </p>
        <p class="utrecht-paragraph">
            "Elke gemeente exporteert haar evaluatie als bestand (met 'Exporteren' op de startpagina) en stuurt het u. "
            "U leest die bestanden hier in. Ze blijven in deze browser, los van uw eigen evaluaties, en worden nergens naartoe gestuurd."
        </p>
        <p class="status-melding" role="status" data-testid="melding">{move || message.get()}</p>
        <h2 class="utrecht-heading-2" id="uw-regio-overzichten" tabindex="-1">"Uw regio-overzichten"</h2>
        <SavedRegions />
        <h2 class="utrecht-heading-2">"Nieuw regio-overzicht"</h2>
        <NewRegion />
    }
}
