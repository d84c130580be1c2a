//! "Over deze app": what the evaluation is and is not, what the questions rest on (every source
//! the questionnaires cite), what happens to the user's data, and accessibility.

use leptos::prelude::*;

use crate::model::catalog::Catalog;
use crate::model::questionnaire::cited_sources;
use crate::model::route::Route;
use crate::ui::catalog::use_catalog;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::source_item::SourceItem;

/// Loaded on first use (`ui::lazy::about_page`): few visitors open it.
#[component]
pub fn AboutPage() -> impl IntoView {
    let store = use_catalog();
    let catalog = store.catalog;
    // Every source is listed, so every questionnaire's content is fetched.
    store.want(move || catalog.with(|c| c.summaries().into_iter().map(|s| s.id).collect()));
    // Only the questionnaires this site ships: a user's own file is theirs to document.
    let shipped = move || catalog.with(Catalog::shipped);
    let questionnaires = move || {
        shipped()
            .into_iter()
            .map(|q| {
                let count = q.questions().count();
                view! { <li>{format!("{} (versie {}): {count} vragen", q.title, q.version)}</li> }
            })
            .collect_view()
    };
    let sources = move || {
        let shipped = shipped();
        cited_sources(shipped.iter().map(|q| q.as_ref()))
            .into_iter()
            .cloned()
            .map(|source| view! { <SourceItem source /> })
            .collect_view()
    };

    view! {
        <PageHeading>"Over deze zelfevaluatie"</PageHeading>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            "Met deze app brengt een gemeente in kaart hoe het toezicht op de Wmo 2015 is geregeld: wie toezicht houdt, "
            "hoe onafhankelijk, hoe open en met wie samen. U ziet waar u staat op de drie principes waarmee de Inspectie "
            "Gezondheidszorg en Jeugd (IGJ) het Wmo-toezicht van gemeenten jaarlijks beschrijft, en u krijgt een verbeterplan "
            "om mee te nemen naar het college en de gemeenteraad."
        </p>

        <h2 class="utrecht-heading-2">"Wat de uitkomst wel en niet zegt"</h2>
        <p class="utrecht-paragraph">
            "Dit is een zelfevaluatie: de gemeente beoordeelt zichzelf. De scores zijn geen oordeel van de IGJ, de VNG of "
            "Toezicht Sociaal Domein en geen keurmerk. Ze helpen om te zien waar het toezicht sterk is en waar verbetering "
            "het meeste oplevert. Hoe de score wordt berekend, staat op de resultatenpagina van elke evaluatie. Landelijke "
            "cijfers komen uit de jaarlijkse rapportages van de IGJ en staan er altijd met jaartal en bron bij."
        </p>

        <h2 class="utrecht-heading-2">"Waarop de vragen zijn gebaseerd"</h2>
        <p class="utrecht-paragraph">
            "De vragen volgen de wet (onder meer de artikelen 3.4 en 6.1 van de Wmo 2015), de keuzes bij het inrichten "
            "van Wmo-toezicht die de VNG in haar handreikingen behandelt, de zelfevaluatie van Toezicht Sociaal Domein over "
            "toegang en samenhang, en de bevindingen van de IGJ. Elke vraag die meetelt, noemt bij de vraag zelf haar bron. "
            "De vragen zijn door de makers van deze app geschreven; de app is geen uitgave van de VNG, de IGJ of Toezicht "
            "Sociaal Domein."
        </p>
        {move || catalog.with(|c| match c {
            Catalog::Loading => Some("De vragenlijsten worden geladen…"),
            Catalog::Failed(_) => Some("De vragenlijsten konden niet worden geladen; op de startpagina staat waarom."),
            Catalog::Loaded { .. } if !c.all_to_load().is_empty() => Some("De vragenlijsten worden geladen…"),
            Catalog::Loaded { .. } => None,
        })
        .map(|text| view! { <p class="utrecht-paragraph" role="status">{text}</p> })}
        <ul class="utrecht-unordered-list" data-testid="over-vragenlijsten">{questionnaires}</ul>
        <h3 class="utrecht-heading-3 tussenkop">"Bronnen"</h3>
        <ul class="utrecht-unordered-list" data-testid="over-bronnen">{sources}</ul>

        <h2 class="utrecht-heading-2">"Uw gegevens"</h2>
        <p class="utrecht-paragraph">
            "Alles wat u invult, blijft in deze browser op dit apparaat. De app stuurt niets naar een server, plaatst geen "
            "cookies en meet niet wie hem gebruikt; de beveiligingsinstellingen van de pagina laten geen contact met andere "
            "websites toe. Wilt u een evaluatie delen, exporteer hem dan als bestand en geef dat aan uw collega. Dat bestand "
            "bevat al uw antwoorden en toelichtingen: zet er geen namen of andere persoonsgegevens in. Een evaluatie "
            "verwijdert u op de "
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"startpagina"</a>
            "; wist u de browsergegevens, dan zijn alle evaluaties weg."
        </p>

        <h2 class="utrecht-heading-2">"Toegankelijkheid"</h2>
        <p class="utrecht-paragraph">
            "De app is gemaakt om te voldoen aan de eisen voor websites van de overheid (WCAG 2.1 niveau AA, EN 301 549). "
            "Alles werkt met het toetsenbord en de pagina's werken bij 400% vergroting. Bij elke wijziging worden de "
            "belangrijkste schermen automatisch op toegankelijkheid getest; zo'n test vindt niet alles. Werkt iets niet voor u, meld het dan bij "
            "de organisatie die deze app aanbiedt; die publiceert ook de toegankelijkheidsverklaring."
        </p>

        <h2 class="utrecht-heading-2">"Versie"</h2>
        <p class="utrecht-paragraph" data-testid="over-versie">{format!("Zelfevaluatie Wmo-toezicht, versie {}.", env!("CARGO_PKG_VERSION"))}</p>
    }
}
