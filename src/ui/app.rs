//! The application shell: page chrome, the loaded catalog, and the page for the current route.

use leptos::prelude::*;

use crate::model::route::{Part, RegionPart, Route};
use crate::ui::autosave::flush_when_leaving;
use crate::ui::browser::focus::focus_later;
use crate::ui::browser::page::set_document_title;
use crate::ui::catalog::provide_catalog;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::lazy_page::{lazy_page, provide_part_retries};
use crate::ui::components::opened::when_opened;
use crate::ui::components::page_heading::PAGE_HEADING;
use crate::ui::components::skip_link::SkipLink;
use crate::ui::components::storage_notice::StorageNotice;
use crate::ui::lazy::{about_page, region_page, regions_page};
use crate::ui::navigation::use_route;
use crate::ui::pages::assessment_page::AssessmentPage;
use crate::ui::pages::new_assessment_page::NewAssessmentPage;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::start::StartPage;
use crate::ui::storage::storage_available;

const APP_NAME: &str = "Zelfevaluatie Wmo-toezicht";

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    let catalog = provide_catalog().catalog;
    provide_part_retries();
    flush_when_leaving();

    // Pages are rebuilt only when this changes; moving between the sections of one evaluation
    // keeps its state (and its pending autosave).
    let page_route = Memo::new(move |_| route.with(Route::page));
    let part = Memo::new(move |_| route.with(|r| r.assessment_part().unwrap_or(Part::Resume)));
    let region_part = Memo::new(move |_| route.with(|r| r.region_part().unwrap_or(RegionPart::Members)));

    // After navigating, move focus to the new page's heading so keyboard and screen-reader users
    // start at the top of the new content. An open evaluation names the window itself.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        let title = match &current {
            Route::NewAssessment { questionnaire_id } => catalog
                .with(|c| c.summary(questionnaire_id).map(|q| format!("Nieuwe evaluatie: {} – {APP_NAME}", q.title))),
            Route::Start => Some(APP_NAME.to_owned()),
            Route::About => Some(format!("Over deze app – {APP_NAME}")),
            Route::NotFound => Some(format!("Pagina niet gevonden – {APP_NAME}")),
            Route::Regions => Some(format!("Regio-overzicht – {APP_NAME}")),
            // These pages name the window themselves.
            Route::Assessment { .. } | Route::Region { .. } => None,
        };
        if let Some(title) = title {
            set_document_title(&title);
        }
        if previous.is_some_and(|p| p != current) {
            focus_later(PAGE_HEADING.to_owned());
        }
        current
    });

    let page = move || match page_route.get() {
        Route::Start => view! { <StartPage /> }.into_any(),
        Route::About => lazy_page(about_page),
        Route::NewAssessment { questionnaire_id } => {
            let missing = format!("Er is geen bruikbare vragenlijst met de naam '{questionnaire_id}'.");
            when_opened(questionnaire_id, missing, |questionnaire, _| {
                view! { <NewAssessmentPage questionnaire /> }.into_any()
            })
        }
        Route::Assessment { id, .. } => view! { <AssessmentPage id part /> }.into_any(),
        Route::Regions => lazy_page(regions_page),
        Route::Region { id, .. } => lazy_page(move || region_page(id.clone(), region_part)),
        Route::NotFound => view! { <NotFoundPage message="Dit adres hoort niet bij deze app." /> }.into_any(),
    };

    view! {
        <SkipLink target="inhoud" label="Direct naar de inhoud" />
        <header class="kop">
            <div class="kop__binnen">
                <a class="kop__naam" href=Route::Start.href()>{APP_NAME}</a>
            </div>
        </header>
        <main class="inhoud" id="inhoud" tabindex="-1">
            {(!storage_available()).then(|| view! {
                <Alert kind=AlertKind::Warning urgent=true test_id="geen-opslag">
                    <p class="utrecht-paragraph">
                        "Deze browser staat niet toe dat de app gegevens bewaart (bijvoorbeeld in een privévenster of door een instelling). "
                        "U kunt gewoon werken, maar alles verdwijnt als u dit tabblad sluit. Exporteer uw evaluatie (JSON) om hem te bewaren."
                    </p>
                </Alert>
            })}
            <StorageNotice />
            {page}
        </main>
        <footer class="voet">
            <div class="voet__binnen">
                <p class="utrecht-paragraph">
                    "Deze app werkt helemaal in uw browser. Wat u invult, blijft op dit apparaat en wordt nergens naartoe gestuurd. "
                    <a class="utrecht-link utrecht-link--html-a" href=Route::About.href()>"Over deze app"</a>
                    " · "
                    <a class="utrecht-link utrecht-link--html-a" href=Route::Regions.href()>"Regio-overzicht"</a>
                </p>
            </div>
        </footer>
    }
}
