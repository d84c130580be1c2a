//! Casus mode: rating one anonymised case on every topic, from every perspective.

use leptos::prelude::*;

use crate::model::cases::{clean_case_label, MAX_CASE_LABEL_CHARS};
use crate::model::route::{assessment_href, Part, Route};
use crate::model::AnswerValue;
use crate::ui::components::confirm_inline::ConfirmInline;
use crate::ui::components::form_field::FormField;
use crate::ui::components::radio::Radio;
use crate::ui::components::rich_text::RichText;
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_input::TextInput;
use crate::ui::navigation::navigate;
use crate::ui::state::AssessmentState;

const NOT_RATEABLE: &str = "Niet te beoordelen";

#[component]
pub fn CaseForm(state: AssessmentState, index: usize) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let Some(case_mode) = questionnaire.case_mode.clone() else {
        return view! { <p class="utrecht-paragraph">"Deze vragenlijst heeft geen casusmodus."</p> }.into_any();
    };
    let options = questionnaire.answer_set_options(&case_mode.answer_set).to_vec();
    let assessment_id = state.assessment.with_untracked(|a| a.id.clone());
    let label = Signal::derive(move || {
        state.assessment.with(|a| a.cases.get(index).map(|c| c.label.clone()).unwrap_or_default())
    });
    let (label_error, set_label_error) = signal(None::<String>);
    let rating = move |topic: &str, perspective: &str| {
        state.assessment.with(|a| {
            a.cases
                .get(index)
                .and_then(|c| c.ratings.get(topic))
                .and_then(|r| r.get(perspective))
                .and_then(|answer| answer.value.clone())
        })
    };

    let topics = case_mode
        .topics
        .iter()
        .map(|topic| {
            let groups = case_mode
                .perspectives
                .iter()
                .map(|perspective| {
                    let name = format!("casus{index}-{}-{}", topic.id, perspective.id);
                    let prompt = topic.prompts.get(&perspective.id).cloned().unwrap_or_default();
                    let mut choices: Vec<(String, String, AnswerValue)> = options
                        .iter()
                        .map(|o| (o.id.clone(), o.label.clone(), AnswerValue::Choice(o.id.clone())))
                        .collect();
                    if case_mode.allow_na {
                        choices.push(("nvt".to_owned(), NOT_RATEABLE.to_owned(), AnswerValue::NotApplicable));
                    }
                    let radios = choices
                        .into_iter()
                        .map(|(option_id, option_label, value)| {
                            let (topic_id, perspective_id) = (topic.id.clone(), perspective.id.clone());
                            let (topic_set, perspective_set) = (topic.id.clone(), perspective.id.clone());
                            let shown = value.clone();
                            view! {
                                <Radio
                                    name=name.clone()
                                    id=format!("{name}--{option_id}")
                                    label=option_label
                                    checked=Signal::derive(move || {
                                        rating(&topic_id, &perspective_id).as_ref() == Some(&shown)
                                    })
                                    on_choose=Callback::new(move |()| {
                                        state.set_rating(index, &topic_set, &perspective_set, Some(value.clone()))
                                    })
                                />
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vraag__groep casus__perspectief">
                            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vraag__tekst">
                                <span class="casus__perspectief-naam">{format!("{}: ", perspective.label)}</span>
                                {prompt}
                            </legend>
                            <div class="vraag__opties vraag__opties--rij">{radios}</div>
                        </fieldset>
                    }
                })
                .collect_view();
            let note_id = format!("casus-{index}-{}-toelichting", topic.id);
            let topic_note = topic.id.clone();
            let note_of = topic.id.clone();
            let note = Signal::derive(move || {
                state.assessment.with(|a| a.cases.get(index).and_then(|c| c.notes.get(&note_of).cloned()).unwrap_or_default())
            });
            let heading_id = format!("onderwerp-{}", topic.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="vraag casus__onderwerp" aria-labelledby=labelled_by data-testid=format!("onderwerp-{}", topic.id)>
                    <h2 class="utrecht-heading-2" id=heading_id>{topic.title.clone()}</h2>
                    {(!topic.help.is_empty()).then(|| view! { <RichText text=topic.help.clone() /> })}
                    {groups}
                    <FormField id=note_id label="Toelichting bij dit onderwerp (optioneel)" class="vraag__toelichting">
                        <TextArea
                            value=note
                            on_input=Callback::new(move |note: String| state.set_case_note(index, &topic_note, note))
                        />
                    </FormField>
                </section>
            }
        })
        .collect_view();

    let (confirming, set_confirming) = signal(false);
    let remove = {
        let assessment_id = assessment_id.clone();
        move |()| {
            state.remove_case(index);
            navigate(&Route::Assessment { id: assessment_id.clone(), part: Part::CaseOverview });
        }
    };
    let overview_href = assessment_href(&assessment_id, Part::CaseOverview);
    view! {
        <FormField
            id=format!("casus-{index}-naam")
            label="Naam van de casus"
            description="Gebruik een neutrale naam zoals 'Casus A'. Vul geen namen, adressen of andere persoonsgegevens in."
            error=label_error
        >
            // Saved as typed when it is a valid name (so another tab sees it at once); a name that
            // is not valid is explained when the user leaves the field.
            <TextInput
                value=label
                maxlength=MAX_CASE_LABEL_CHARS
                on_input=Callback::new(move |text: String| {
                    if let Ok(label) = clean_case_label(&text) {
                        set_label_error.set(None);
                        state.set_case_label(index, label);
                    }
                })
                on_change=Callback::new(move |text: String| {
                    if let Err(message) = clean_case_label(&text) {
                        set_label_error.set(Some(message));
                    }
                })
            />
        </FormField>
        <form class="utrecht-form" on:submit=|ev| ev.prevent_default()>{topics}</form>
        <div class="casus__acties">
            <a class="utrecht-link utrecht-link--html-a" href=overview_href>"Naar het overzicht van alle casussen"</a>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| set_confirming.set(true)>
                        "Casus verwijderen"
                    </button>
                }
            >
                <ConfirmInline
                    question="Weet u zeker dat u deze casus en alle beoordelingen ervan wilt verwijderen?"
                    confirm_label="Ja, verwijder de casus"
                    on_confirm=Callback::new(remove.clone())
                    on_cancel=Callback::new(move |()| set_confirming.set(false))
                />
            </Show>
        </div>
    }
    .into_any()
}
