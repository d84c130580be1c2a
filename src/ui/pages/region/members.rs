//! The municipalities in the overview: importing their files, the list (file, evaluation,
//! version, progress), answers that do not fit the current questionnaire, and removing one. With
//! "Anoniem delen" on, only the anonymous list is shown.

use leptos::prelude::*;

use super::import_files::ImportFiles;
use crate::model::region::identity::IdentifiedBy;
use crate::model::region::labels::{members_caption, not_fitting_heading, progress_label, version_label};
use crate::model::region::overview::MemberView;
use crate::model::text::{dutch_date, dutch_list};
use crate::ui::browser::focus::{focus_element, input_value};
use crate::ui::components::confirm_inline::ConfirmInline;
use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::region_state::RegionState;

#[component]
pub(super) fn MembersPart(state: RegionState) -> impl IntoView {
    move || {
        if state.anonymous() {
            view! {
                <p class="utrecht-paragraph" data-testid="anoniem-uitleg">
                    "Anoniem delen staat aan. Zet het uit om bestanden in te lezen of gemeenten te verwijderen."
                </p>
                <MemberList state />
            }
            .into_any()
        } else {
            view! {
                <ImportFiles state />
                <MemberList state />
                <NotFitting state />
                <RemoveMember state />
            }
            .into_any()
        }
    }
}

#[component]
fn MemberList(state: RegionState) -> impl IntoView {
    let content = move || {
        state.view.with(|view| {
            if view.members.is_empty() {
                return view! {
                    <p class="utrecht-paragraph" data-testid="geen-gemeenten">"Er staat nog geen gemeente in dit overzicht. Lees hierboven hun evaluatiebestanden in."</p>
                }
                .into_any();
            }
            let current = view.questionnaire_version.clone();
            let version = |m: &MemberView| version_label(&m.questionnaire_version, &current, m.other_version);
            let (headers, rows): (Vec<&str>, Vec<TableRow>) = if view.anonymous {
                let rows = view
                    .members
                    .iter()
                    .map(|m| TableRow::new(m.label.clone(), vec![version(m), progress_label(&m.progress)]))
                    .collect();
                (vec!["Gemeente", "Versie van de vragenlijst", "Voortgang"], rows)
            } else {
                let rows = view
                    .members
                    .iter()
                    .map(|m| {
                        TableRow::new(
                            m.label.clone(),
                            vec![
                                m.file_name.clone(),
                                m.evaluation_name.clone(),
                                version(m),
                                progress_label(&m.progress),
                                // The file's date as written (UTC), as the conflict question
                                // says it; also much cheaper than a local time per row.
                                dutch_date(m.updated_at.get(..10).unwrap_or(&m.updated_at)),
                            ],
                        )
                        .with_test_id(format!("lid-{}", m.member_id))
                    })
                    .collect();
                (vec!["Gemeente", "Bestand", "Evaluatie", "Versie van de vragenlijst", "Voortgang", "Bijgewerkt"], rows)
            };
            let by_name: Vec<String> = view
                .members
                .iter()
                .filter(|m| m.identified_by == Some(IdentifiedBy::EvaluationName))
                .map(|m| m.label.clone())
                .collect();
            let explanation = IdentifiedBy::EvaluationName.explanation().unwrap_or_default();
            let columns: Vec<String> = headers.into_iter().map(str::to_owned).collect();
            view! {
                <DataTable
                    caption=members_caption(view.members.len())
                    columns
                    rows
                    test_id="gemeenten"
                />
                {(!by_name.is_empty()).then(|| view! {
                    <p class="utrecht-paragraph">{format!("{}: {explanation}", dutch_list(&by_name))}</p>
                })}
            }
            .into_any()
        })
    };
    view! {
        <h2 class="utrecht-heading-2" id="gemeenten-kop" tabindex="-1">"Gemeenten in dit overzicht"</h2>
        {content}
    }
}

/// Per member, the saved answers the current questionnaire cannot use (answered with another
/// version); they do not count.
#[component]
fn NotFitting(state: RegionState) -> impl IntoView {
    move || {
        state.view.with(|view| {
            let members: Vec<_> = view
                .members
                .iter()
                .filter(|m| !m.not_fitting.is_empty())
                .map(|m| {
                    let items = m
                        .not_fitting
                        .iter()
                        .map(|n| {
                            let question = n
                                .question
                                .as_ref()
                                .map_or_else(|| "Een vraag die niet meer in de vragenlijst staat".to_owned(), |(_, text)| text.clone());
                            view! {
                                <li>
                                    <strong>{question}</strong>
                                    {(!n.answered.is_empty()).then(|| view! { <br />{format!("Antwoord: {}", n.answered)}})}
                                    {(!n.reason.is_empty()).then(|| view! { <br />{n.reason.clone()}})}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <details class="niet-passend" data-testid="niet-passend">
                            <summary>{format!("{}: {}", m.label, not_fitting_heading(m.not_fitting.len()))}</summary>
                            <ul class="utrecht-unordered-list">{items}</ul>
                        </details>
                    }
                })
                .collect();
            if members.is_empty() {
                return ().into_any();
            }
            view! {
                <h2 class="utrecht-heading-2">"Antwoorden die niet passen"</h2>
                <p class="utrecht-paragraph">
                    "Deze gemeenten hebben (een deel van) de vragenlijst met een andere versie ingevuld. De antwoorden hieronder "
                    "passen niet bij de huidige versie en tellen daarom niet mee; de rest van hun antwoorden telt gewoon."
                </p>
                {members}
            }
            .into_any()
        })
    }
}

/// Takes a municipality out of the overview, after confirmation.
#[component]
fn RemoveMember(state: RegionState) -> impl IntoView {
    let (confirming, set_confirming) = signal(None::<(String, String)>);
    let (message, set_message) = signal(None::<String>);
    let options = move || {
        state.view.with(|view| {
            std::iter::once(SelectOption::new("", "Kies een gemeente"))
                .chain(
                    view.members
                        .iter()
                        .map(|m| SelectOption::new(m.member_id.clone(), format!("{} ({})", m.label, m.file_name))),
                )
                .collect::<Vec<_>>()
        })
    };
    let ask = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = input_value("verwijder-gemeente");
        let label =
            state.view.with_untracked(|v| v.members.iter().find(|m| m.member_id == id).map(|m| m.label.clone()));
        match label {
            Some(label) => set_confirming.set(Some((id, label))),
            None => set_message.set(Some("Kies eerst een gemeente.".to_owned())),
        }
    };
    let remove = Callback::new(move |()| {
        let Some((id, label)) = confirming.get_untracked() else { return };
        let removed = state.change(|region, now| {
            let removed = region.remove_member(&id, now);
            (removed, removed)
        });
        set_confirming.set(None);
        set_message.set(Some(if removed {
            format!("{label} is uit het overzicht gehaald.")
        } else {
            format!("{label} stond al niet meer in het overzicht.")
        }));
        focus_element("gemeenten-kop");
    });
    let has_members = move || state.view.with(|v| !v.members.is_empty());
    view! {
        <Show when=has_members>
            <h2 class="utrecht-heading-2">"Gemeente uit het overzicht halen"</h2>
            <p class="status-melding" role="status" data-testid="verwijder-melding">{move || message.get()}</p>
            <form class="inline-formulier verwijder-formulier" on:submit=ask>
                {move || view! {
                    <FormField id="verwijder-gemeente" label="Gemeente" layout=FieldLayout::Other>
                        <Select options=options() />
                    </FormField>
                }}
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">"Uit het overzicht halen"</button>
            </form>
            {move || confirming.get().map(|(_, label)| view! {
                <ConfirmInline
                    question=format!("Weet u zeker dat u {label} uit het overzicht wilt halen? Het bestand zelf blijft bestaan; u kunt het later opnieuw inlezen.")
                    confirm_label="Ja, uit het overzicht halen"
                    on_confirm=remove
                    on_cancel=Callback::new(move |()| set_confirming.set(None))
                />
            })}
        </Show>
    }
}
