//! The start page: the user's saved evaluations, and the questionnaires to start a new one.

use leptos::prelude::*;

use crate::model::assessment::clean_name;
use crate::model::catalog::{Catalog, CatalogEntry};
use crate::model::export::file_name;
use crate::model::library::{sort_for_listing, summarize, AssessmentSummary};
use crate::model::route::{assessment_href, Part, Route};
use crate::model::text::or_dash;
use crate::model::Assessment;
use crate::ui::components::controls::{file_chooser, ConfirmInline};
use crate::ui::components::problem_list::ProblemList;
use crate::ui::dom::{
    download, download_report, focus_element, focus_later, input_value, local_date_time, local_iso_date,
    new_assessment_id, now_iso,
};
use crate::ui::storage::{
    delete_assessment, list_assessments, load_assessment, remove_set_aside, save_now, set_aside_entries, Stored,
};

#[component]
pub fn StartPage(catalog: ReadSignal<Catalog>, set_catalog: WriteSignal<Catalog>) -> impl IntoView {
    // Bumped after every change to the stored evaluations, to list them again.
    let (revision, set_revision) = signal(0u32);
    let refresh = Callback::new(move |()| set_revision.update(|r| *r += 1));
    let (message, set_message) = signal(None::<String>);

    let listing = move || {
        revision.get();
        let assessments = list_assessments();
        let mut summaries: Vec<AssessmentSummary> = catalog.with(|c| {
            assessments.iter().map(|a| summarize(a, c.questionnaire(&a.questionnaire_id).as_deref())).collect()
        });
        sort_for_listing(&mut summaries);
        (summaries, set_aside_entries())
    };
    let saved = move || {
        // Titles and progress come from the questionnaires: list once they are loaded, so the
        // list is not rebuilt (and an open rename form reset) when they arrive.
        if matches!(catalog.get(), Catalog::Loading) {
            return view! { <p class="utrecht-paragraph" role="status">"Uw evaluaties worden geladen…"</p> }.into_any();
        }
        let (summaries, unreadable) = listing();
        let warning =
            (!unreadable.is_empty()).then(|| view! { <UnreadableData entries=unreadable refresh set_message /> });
        let list = if summaries.is_empty() {
            view! { <p class="utrecht-paragraph" data-testid="geen-evaluaties">"U heeft nog geen evaluaties in deze browser. Start hieronder een nieuwe."</p> }.into_any()
        } else {
            let rows = summaries
                .into_iter()
                .map(|summary| view! { <AssessmentRow summary refresh set_message /> })
                .collect_view();
            view! { <ul class="evaluaties" data-testid="evaluaties">{rows}</ul> }.into_any()
        };
        view! { {warning}{list} }.into_any()
    };

    let questionnaires = move || match catalog.get() {
        Catalog::Loading => view! {
            <p class="utrecht-paragraph" role="status">"De vragenlijsten worden geladen…"</p>
        }
        .into_any(),
        Catalog::Failed(message) => view! {
            <div class="utrecht-alert utrecht-alert--error" role="alert">
                <p class="utrecht-paragraph">{message}</p>
            </div>
        }
        .into_any(),
        Catalog::Loaded { entries, .. } => {
            let cards =
                entries.into_iter().map(|entry| questionnaire_card(entry, set_catalog, set_message)).collect_view();
            view! { <ul class="vragenlijsten" data-testid="vragenlijsten">{cards}</ul> }.into_any()
        }
    };

    view! {
        <h1 class="utrecht-heading-1" id="paginakop" tabindex="-1">"Zelfevaluatie Wmo-toezicht"</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            "Breng in kaart hoe uw gemeente het toezicht op de Wmo 2015 heeft geregeld. "
            "U ziet per principe (onafhankelijkheid, transparantie en samenwerking) waar u staat."
        </p>
        <p class="status-melding" role="status" data-testid="melding">{move || message.get()}</p>
        <h2 class="utrecht-heading-2" id="uw-evaluaties" tabindex="-1">"Uw evaluaties"</h2>
        {saved}
        // Starting one is what most visits are for; the two file actions come after it.
        <h2 class="utrecht-heading-2">"Nieuwe evaluatie starten"</h2>
        {questionnaires}
        <ImportAssessment catalog refresh set_message />
        <LoadCustomQuestionnaire catalog set_catalog set_message />
    }
}

/// Adds a questionnaire of the user's own (e.g. a regional variant). Every problem is listed with
/// its line and column; nothing is stored until the file is valid.
#[component]
fn LoadCustomQuestionnaire(
    catalog: ReadSignal<Catalog>,
    set_catalog: WriteSignal<Catalog>,
    set_message: WriteSignal<Option<String>>,
) -> impl IntoView {
    let (problems, set_problems) = signal(None::<(String, Vec<crate::model::Problem>)>);
    let on_read = move |read: Result<(String, String), String>| {
        set_problems.set(None);
        let (name, text) = match read {
            Ok(file) => file,
            Err(e) => return set_problems.set(Some((e.clone(), vec![crate::model::Problem::at_start("", e)]))),
        };
        let loaded = crate::ui::dom::measured("vragenlijst-inlezen", || crate::model::load_questionnaire(&name, &text));
        let questionnaire = match loaded {
            Ok(questionnaire) => questionnaire,
            Err(found) => return set_problems.set(Some((name, found))),
        };
        if let Some(problem) = catalog.with_untracked(|c| c.shipped_id_clash(&name, &questionnaire.id)) {
            return set_problems.set(Some((name, vec![problem])));
        }
        match crate::ui::storage::save_custom_questionnaire(&questionnaire.id, &text) {
            Ok(()) => {
                let title = questionnaire.title.clone();
                set_catalog.update(|c| *c = c.with_custom(std::sync::Arc::new(questionnaire)));
                set_message.set(Some(format!(
                    "De vragenlijst '{title}' is toegevoegd. U vindt hem bij 'Nieuwe evaluatie starten'."
                )));
            }
            Err(e) => set_problems.set(Some((name.clone(), vec![crate::model::Problem::at_start(&name, e)]))),
        }
    };
    view! {
        <h2 class="utrecht-heading-2">"Eigen vragenlijst toevoegen"</h2>
        <p class="utrecht-paragraph">
            "Heeft uw regio een eigen variant van een vragenlijst? Kies het YAML-bestand. De app controleert het eerst en "
            "bewaart het alleen in deze browser als het helemaal in orde is."
        </p>
        {file_chooser(
            "eigen-vragenlijst",
            "Vragenlijst (YAML)",
            ".yaml,.yml,text/yaml",
            move || matches!(catalog.get(), Catalog::Loading),
            on_read,
        )}
        {move || problems.get().map(|(name, problems)| view! {
            <div class="utrecht-alert utrecht-alert--error" role="alert" data-testid="vragenlijst-fouten">
                <p class="utrecht-paragraph">
                    {format!("'{name}' is niet toegevoegd: er {} {} probleem/problemen. Herstel het bestand en kies het opnieuw.", if problems.len() == 1 { "is" } else { "zijn" }, problems.len())}
                </p>
                <ProblemList problems />
            </div>
        })}
    }
}

/// Reads an evaluation file from a colleague or another browser. Checks it fully before
/// storing anything, and asks before it would replace an evaluation that is already here.
#[component]
fn ImportAssessment(
    catalog: ReadSignal<Catalog>,
    refresh: Callback<()>,
    set_message: WriteSignal<Option<String>>,
) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let (conflict, set_conflict) = signal(None::<Assessment>);
    let store = move |assessment: Assessment, note: &str| match save_now(&assessment) {
        Ok(()) => {
            set_message.set(Some(format!("'{}' is geïmporteerd{note}.", assessment.name)));
            refresh.run(());
        }
        Err(e) => set_error.set(Some(e)),
    };
    let on_read = move |read: Result<(String, String), String>| {
        set_error.set(None);
        set_conflict.set(None);
        let (name, text) = match read {
            Ok(file) => file,
            Err(e) => return set_error.set(Some(e)),
        };
        let assessment = match Assessment::from_json(&text) {
            Ok(assessment) => assessment,
            Err(e) => return set_error.set(Some(format!("'{name}' kan niet worden geïmporteerd. {e}"))),
        };
        if catalog.with_untracked(|c| c.questionnaire(&assessment.questionnaire_id).is_none()) {
            return set_error.set(Some(format!(
                "'{name}' hoort bij de vragenlijst '{}', die in deze app niet beschikbaar is. Er is niets geïmporteerd.",
                assessment.questionnaire_id
            )));
        }
        if matches!(load_assessment(&assessment.id), Stored::Found(_)) {
            set_conflict.set(Some(assessment));
            focus_later("import-conflict".to_owned());
        } else {
            store(assessment, "");
        }
    };
    let replace = move |_| {
        if let Some(assessment) = conflict.get_untracked() {
            set_conflict.set(None);
            store(assessment, " en heeft de bestaande vervangen");
        }
    };
    let as_copy = move |_| {
        if let Some(assessment) = conflict.get_untracked() {
            set_conflict.set(None);
            let mut copy = assessment.duplicate(&new_assessment_id(), &assessment.updated_at);
            copy.name = format!("{} (geïmporteerd)", assessment.name);
            store(copy, " als kopie");
        }
    };
    view! {
        <h2 class="utrecht-heading-2">"Evaluatie importeren"</h2>
        <p class="utrecht-paragraph">
            "Heeft u een evaluatie als bestand gekregen van een collega, of gemaakt in een andere browser? Kies het JSON-bestand. "
            "Het bestand wordt alleen in deze browser gelezen."
        </p>
        // Importing checks the questionnaire, so it waits until the questionnaires are loaded.
        {file_chooser(
            "importeren",
            "Evaluatiebestand (JSON)",
            ".json,application/json",
            move || matches!(catalog.get(), Catalog::Loading),
            on_read,
        )}
        {move || error.get().map(|e| view! {
            <div class="utrecht-alert utrecht-alert--error" role="alert" data-testid="import-fout">
                <p class="utrecht-paragraph">{e}</p>
            </div>
        })}
        {move || conflict.get().map(|a| view! {
            <div class="bevestig" role="alert" id="import-conflict" tabindex="-1" data-testid="import-conflict">
                <p class="utrecht-paragraph">
                    {format!("Deze browser heeft al een versie van '{}'. Wat wilt u doen?", a.name)}
                </p>
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=replace>"Bestaande vervangen"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=as_copy>"Als kopie toevoegen"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| set_conflict.set(None)>"Annuleren"</button>
            </div>
        })}
    }
}

/// Stored data the app could not read: kept aside, never deleted silently. The user can download
/// it (to repair or to send to the site's maintainer) and then remove it.
#[component]
fn UnreadableData(
    entries: Vec<(String, String)>,
    refresh: Callback<()>,
    set_message: WriteSignal<Option<String>>,
) -> impl IntoView {
    let items = entries
        .into_iter()
        .map(|(name, text)| {
            let file = format!("onleesbare-gegevens-{name}.json");
            let download_file = file.clone();
            let remove_name = name.clone();
            view! {
                <li data-testid="onleesbaar">
                    <span>{file.clone()}</span>" "
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| {
                        let _ = download(&download_file, "application/json", &text);
                    }>"Downloaden"</button>
                    " "
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| {
                        remove_set_aside(&remove_name);
                        set_message.set(Some("De onleesbare gegevens zijn verwijderd.".to_owned()));
                        refresh.run(());
                    }>"Verwijderen"</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="utrecht-alert utrecht-alert--warning" role="alert" data-testid="onleesbare-gegevens">
            <p class="utrecht-paragraph">
                "Een deel van de opgeslagen gegevens in deze browser kon niet worden gelezen, bijvoorbeeld omdat het beschadigd is "
                "of door een ander programma is geschreven. Het is apart gezet en niet verwijderd. Download het als u het wilt "
                "bewaren of laten herstellen."
            </p>
            <ul>{items}</ul>
        </div>
    }
}

/// One saved evaluation with its actions. Rename and delete confirm in place.
#[component]
fn AssessmentRow(
    summary: AssessmentSummary,
    refresh: Callback<()>,
    set_message: WriteSignal<Option<String>>,
) -> impl IntoView {
    let (renaming, set_renaming) = signal(false);
    let (confirming, set_confirming) = signal(false);
    let (rename_error, set_rename_error) = signal(None::<String>);
    let id = summary.id.clone();
    let field_id = format!("naam-{id}");
    let error_id = format!("naam-{id}-fout");

    let with_stored = {
        let id = id.clone();
        move |change: &dyn Fn(crate::model::Assessment) -> Result<String, String>| {
            let result = match load_assessment(&id) {
                Stored::Found(assessment) => change(assessment),
                _ => Err("Deze evaluatie kon niet worden gelezen.".to_owned()),
            };
            match result {
                Ok(done) => {
                    set_message.set(Some(done));
                    refresh.run(());
                }
                Err(error) => set_message.set(Some(error)),
            }
        }
    };
    let rename = {
        let with_stored = with_stored.clone();
        let field_id = field_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match clean_name(&input_value(&field_id)) {
                Err(error) => {
                    set_rename_error.set(Some(error));
                    focus_element(&field_id);
                }
                Ok(name) => with_stored(&|mut assessment| {
                    assessment.name = name.clone();
                    assessment.updated_at = now_iso();
                    save_now(&assessment).map(|()| format!("De naam is gewijzigd in '{name}'."))
                }),
            }
        }
    };
    let duplicate = {
        let with_stored = with_stored.clone();
        move |_| {
            with_stored(&|assessment| {
                let copy = assessment.duplicate(&new_assessment_id(), &now_iso());
                save_now(&copy).map(|()| format!("'{}' is aangemaakt.", copy.name))
            })
        }
    };
    let export = {
        let id = id.clone();
        move |_| match load_assessment(&id) {
            Stored::Found(assessment) => {
                let name = file_name("evaluatie", &assessment, &local_iso_date(), "json");
                set_message.set(Some(download_report(&name, "application/json", &assessment.to_pretty_json())));
            }
            _ => set_message.set(Some("Deze evaluatie kon niet worden gelezen.".to_owned())),
        }
    };
    let delete = {
        let id = id.clone();
        let name = summary.name.clone();
        move |()| {
            delete_assessment(&id);
            set_message.set(Some(format!("'{name}' is verwijderd.")));
            refresh.run(());
            focus_element("uw-evaluaties");
        }
    };

    let progress = summary.progress_label();
    let questionnaire_label = summary.questionnaire_label();
    let name = summary.name.clone();
    let confirm_text =
        format!("Weet u zeker dat u '{}' wilt verwijderen? Dit kan niet ongedaan worden gemaakt.", summary.name);
    // Screen readers hear which evaluation a button acts on ("Verwijderen: Evaluatie 2026").
    let for_name = format!(": {}", summary.name);
    let focus_id = field_id.clone();
    view! {
        <li class="evaluatie-rij" data-testid="evaluatie">
            <h3 class="utrecht-heading-3">
                <a class="utrecht-link utrecht-link--html-a" href=assessment_href(&id, Part::Resume)>{summary.name.clone()}</a>
            </h3>
            <dl class="evaluatie-rij__gegevens">
                <div><dt>"Gemeente"</dt><dd>{or_dash(&summary.municipality)}</dd></div>
                <div><dt>"Vragenlijst"</dt><dd>{questionnaire_label}</dd></div>
                <div><dt>"Laatst gewijzigd"</dt><dd>{local_date_time(&summary.updated_at)}</dd></div>
                <div><dt>"Voortgang"</dt><dd data-testid="evaluatie-voortgang">{progress}</dd></div>
            </dl>
            <Show when=move || renaming.get()>
                {
                    let (rename, field_id, error_id, name) = (rename.clone(), field_id.clone(), error_id.clone(), name.clone());
                    let described = error_id.clone();
                    view! {
                        <form class="inline-formulier" on:submit=rename>
                            <div class="utrecht-form-field utrecht-form-field--text">
                                <div class="utrecht-form-field__label">
                                    <label class="utrecht-form-label" for=field_id.clone()>"Nieuwe naam"</label>
                                </div>
                                {move || rename_error.get().map(|e| view! { <p class="utrecht-form-field-error-message" id=error_id.clone()>{e}</p> })}
                                <div class="utrecht-form-field__input">
                                    <input
                                        type="text"
                                        class="utrecht-textbox utrecht-textbox--html-input"
                                        id=field_id
                                        value=name
                                        aria-describedby=move || rename_error.get().map(|_| described.clone())
                                    />
                                </div>
                            </div>
                            <button type="submit" class="utrecht-button utrecht-button--primary-action">"Naam opslaan"</button>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| set_renaming.set(false)>
                                "Annuleren"
                            </button>
                        </form>
                    }
                }
            </Show>
            <Show when=move || confirming.get()>
                <ConfirmInline
                    question=confirm_text.clone()
                    confirm_label="Ja, verwijderen"
                    on_confirm=Callback::new(delete.clone())
                    on_cancel=Callback::new(move |()| set_confirming.set(false))
                />
            </Show>
            <div class="evaluatie-rij__acties">
                <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href=assessment_href(&id, Part::Resume) aria-label=format!("Openen{for_name}")>
                    "Openen"
                </a>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Naam wijzigen{for_name}") on:click=move |_| {
                    set_renaming.set(true);
                    focus_later(focus_id.clone());
                }>
                    "Naam wijzigen"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Kopiëren{for_name}") on:click=duplicate>
                    "Kopiëren"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Exporteren{for_name}") on:click=export>
                    "Exporteren"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Verwijderen{for_name}") on:click=move |_| set_confirming.set(true)>
                    "Verwijderen"
                </button>
            </div>
        </li>
    }
}

fn questionnaire_card(
    entry: CatalogEntry,
    set_catalog: WriteSignal<Catalog>,
    set_message: WriteSignal<Option<String>>,
) -> impl IntoView {
    match entry {
        CatalogEntry::Ready { questionnaire, custom, .. } => {
            let count = questionnaire.questions().count();
            let minutes = questionnaire
                .estimated_minutes
                .map(|m| format!(" · ongeveer {m} minuten"))
                .unwrap_or_default();
            let casus = questionnaire.casus.as_ref().map(|c| {
                format!(" · ook te gebruiken met {} casussen", c.max_cases)
            }).unwrap_or_default();
            let href = Route::NewAssessment { questionnaire_id: questionnaire.id.clone() }.href();
            let remove = custom.then(|| {
                let (confirming, set_confirming) = signal(false);
                let id = questionnaire.id.clone();
                let title = questionnaire.title.clone();
                let label = format!("Vragenlijst verwijderen: {title}");
                view! {
                    <Show
                        when=move || confirming.get()
                        fallback={
                            let label = label.clone();
                            move || view! {
                                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=label.clone() on:click=move |_| set_confirming.set(true)>
                                    "Vragenlijst verwijderen"
                                </button>
                            }
                        }
                    >
                        {
                            let (id, title) = (id.clone(), title.clone());
                            view! {
                                <ConfirmInline
                                    question="Evaluaties met deze vragenlijst blijven bewaard, maar zijn pas weer te openen als u de vragenlijst opnieuw toevoegt."
                                    confirm_label="Ja, verwijderen"
                                    on_confirm=Callback::new(move |()| {
                                        crate::ui::storage::delete_custom_questionnaire(&id);
                                        set_catalog.update(|c| *c = c.without_custom(&id));
                                        set_message.set(Some(format!("De vragenlijst '{title}' is verwijderd.")));
                                    })
                                    on_cancel=Callback::new(move |()| set_confirming.set(false))
                                />
                            }
                        }
                    </Show>
                }
            });
            view! {
                <li class="vragenlijst" data-testid=format!("vragenlijst-{}", questionnaire.id)>
                    <h3 class="utrecht-heading-3">{questionnaire.title.clone()}</h3>
                    {custom.then(|| view! { <p class="utrecht-paragraph vragenlijst__eigen">"Eigen vragenlijst, alleen in deze browser"</p> })}
                    <p class="utrecht-paragraph">{questionnaire.description.clone()}</p>
                    <p class="utrecht-paragraph vragenlijst__meta">{format!("{count} vragen{minutes}{casus}")}</p>
                    <a
                        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                        href=href
                        aria-label=format!("Nieuwe evaluatie: {}", questionnaire.title)
                    >
                        "Nieuwe evaluatie"
                    </a>
                    {remove}
                </li>
            }
            .into_any()
        }
        CatalogEntry::Unavailable { file, problems } => view! {
            <li class="vragenlijst vragenlijst--onbeschikbaar" data-testid=format!("onbeschikbaar-{file}")>
                <h3 class="utrecht-heading-3">{format!("{file} (niet beschikbaar)")}</h3>
                <div class="utrecht-alert utrecht-alert--warning">
                    <p class="utrecht-paragraph">
                        "Deze vragenlijst bevat fouten en kan niet worden geopend. Vraag de beheerder het bestand te herstellen:"
                    </p>
                    <ProblemList problems />
                </div>
            </li>
        }
        .into_any(),
    }
}
