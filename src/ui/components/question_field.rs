//! One question with native, labelled controls inside a fieldset/legend, its help in a
//! disclosure, its sources as links, and a toelichting field.

use leptos::prelude::*;

use crate::model::answers::{
    number_field_label, number_hint, number_text, read_number, scale_point_label, toggle_option, EXCLUSIVE_OPTION_NOTE,
    NOT_APPLICABLE_LABEL,
};
use crate::model::figures::Figure;
use crate::model::questionnaire::{Question, QuestionType};
use crate::model::AnswerValue;
use crate::ui::components::checkbox::Checkbox;
use crate::ui::components::form_field::FormField;
use crate::ui::components::national_figures::NationalFigures;
use crate::ui::components::radio::Radio;
use crate::ui::components::rich_text::RichText;
use crate::ui::components::source_item::SourceItem;
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_input::TextInput;
use crate::ui::state::AssessmentState;

#[component]
pub fn QuestionField(
    state: AssessmentState,
    question: Question,
    /// Verified national figures to compare this answer with.
    #[prop(optional)]
    figures: Vec<Figure>,
) -> impl IntoView {
    let id = question.id.clone();
    let controls = match question.kind {
        QuestionType::SingleChoice => choice_radios(state, &question).into_any(),
        QuestionType::Scale => scale_radios(state, &question).into_any(),
        QuestionType::MultiChoice => checkboxes(state, &question).into_any(),
        QuestionType::Number => number_input(state, &question).into_any(),
        QuestionType::Text => text_input(state, &question).into_any(),
    };
    let help = (!question.help.trim().is_empty()).then(|| {
        view! {
            <details class="vraag__uitleg" id=format!("uitleg-{id}")>
                <summary>"Uitleg bij deze vraag"</summary>
                <RichText text=question.help.clone() />
            </details>
        }
    });
    let sources = (!question.sources.is_empty()).then(|| {
        let items = question.sources.iter().cloned().map(|source| view! { <SourceItem source /> }).collect_view();
        view! {
            <div class="vraag__bronnen">
                <span class="vraag__bronnen-kop">"Gebaseerd op:"</span>
                <ul>{items}</ul>
            </div>
        }
    });
    let national =
        (!figures.is_empty()).then(|| view! { <NationalFigures figures test_id=format!("landelijk-{id}") /> });
    view! {
        <div class="vraag" id=format!("vraag-{id}") data-testid=format!("vraag-{id}")>
            <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vraag__groep">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vraag__tekst">
                    {question.text.clone()}
                </legend>
                {help}
                {controls}
            </fieldset>
            {national}
            {sources}
            {note_field(state, &question)}
        </div>
    }
}

/// A radio button of a question's group: `value` is the answer it gives.
fn answer_radio(state: AssessmentState, question: &Question, key: &str, label: String, value: AnswerValue) -> AnyView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let shown = value.clone();
    view! {
        <Radio
            name=format!("keuze-{qid}")
            id=format!("{qid}--{key}")
            label
            checked=Signal::derive(move || answer.with(|a| a.value.as_ref() == Some(&shown)))
            on_choose=Callback::new(move |()| state.set_value(&qid, Some(value.clone())))
        />
    }
    .into_any()
}

fn na_radio(state: AssessmentState, question: &Question) -> Option<AnyView> {
    question
        .allow_na
        .then(|| answer_radio(state, question, "nvt", NOT_APPLICABLE_LABEL.to_owned(), AnswerValue::NotApplicable))
}

fn choice_radios(state: AssessmentState, question: &Question) -> impl IntoView {
    let options = state.questionnaire.with_value(|q| q.options_of(question).to_vec());
    let radios = options
        .into_iter()
        .map(|option| answer_radio(state, question, &option.id, option.label, AnswerValue::Choice(option.id.clone())))
        .collect_view();
    view! { <div class="vraag__opties">{radios}{na_radio(state, question)}</div> }
}

fn scale_radios(state: AssessmentState, question: &Question) -> impl IntoView {
    let range = question.range.clone().unwrap_or(crate::model::questionnaire::Range {
        min: 1,
        max: 5,
        min_label: String::new(),
        max_label: String::new(),
    });
    let radios = (range.min..=range.max)
        .map(|point| {
            answer_radio(
                state,
                question,
                &point.to_string(),
                scale_point_label(&range, point),
                AnswerValue::Scale(point),
            )
        })
        .collect_view();
    view! { <div class="vraag__opties vraag__opties--schaal">{radios}{na_radio(state, question)}</div> }
}

/// "Niet van toepassing" as a checkbox, for question types without a radio group.
fn na_checkbox(state: AssessmentState, question: &Question) -> Option<impl IntoView> {
    question.allow_na.then(|| {
        let answer = state.answer(&question.id);
        let qid = question.id.clone();
        // The answer "niet van toepassing" replaced: the field beside the box keeps showing it
        // (disabled), so unticking must make it the answer again, not leave an empty one.
        let replaced = StoredValue::new(None::<AnswerValue>);
        view! {
            <Checkbox
                id=format!("{qid}--nvt")
                label=NOT_APPLICABLE_LABEL
                checked=Signal::derive(move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable)))
                on_toggle=Callback::new(move |checked: bool| {
                    if checked {
                        replaced.set_value(answer.get_untracked().value.filter(|v| *v != AnswerValue::NotApplicable));
                        state.set_value(&qid, Some(AnswerValue::NotApplicable));
                    } else {
                        state.set_value(&qid, replaced.get_value());
                    }
                })
            />
        }
    })
}

fn checkboxes(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let options = state.questionnaire.with_value(|q| q.options_of(question).to_vec());
    let boxes = options
        .into_iter()
        .map(|option| {
            let qid = question.id.clone();
            let shown_id = option.id.clone();
            let option_id = option.id.clone();
            let toggle = move |checked: bool| {
                let next = state.questionnaire.with_value(|q| {
                    let question = q.question(&qid).expect("question of this form");
                    let current = answer.get_untracked().value;
                    toggle_option(q, question, current.as_ref(), &option_id, checked)
                });
                state.set_value(&qid, next);
            };
            view! {
                <Checkbox
                    id=format!("{}--{}", question.id, option.id)
                    label=option.label
                    description=option.exclusive.then(|| EXCLUSIVE_OPTION_NOTE.to_owned())
                    checked=Signal::derive(move || answer.with(|a| a.chosen_options().contains(&shown_id.as_str())))
                    on_toggle=Callback::new(toggle)
                />
            }
        })
        .collect_view();
    view! { <div class="vraag__opties">{boxes}{na_checkbox(state, question)}</div> }
}

fn number_input(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let (error, set_error) = signal(None::<String>);
    let initial = answer.with_untracked(|a| match a.value {
        Some(AnswerValue::Number(v)) => number_text(v),
        _ => String::new(),
    });
    let (shown, set_shown) = signal(initial.clone());
    let rules = question.clone();
    // Read on `change` (leaving the field), so a half-typed "1," is not rewritten under the
    // cursor. A number the question does not accept is explained and does not count: the
    // answer is cleared, so an older value cannot stay behind unseen.
    let on_change = move |text: String| match read_number(&rules, &text) {
        Ok(value) => {
            set_error.set(None);
            set_shown.set(value.map(number_text).unwrap_or_default());
            state.set_value(&qid, value.map(AnswerValue::Number));
        }
        Err(message) => {
            set_error.set(Some(message));
            state.set_value(&qid, None);
        }
    };
    view! {
        <FormField
            id=format!("{}--getal", question.id)
            label=number_field_label(question)
            description=number_hint(question).unwrap_or_default()
            error=error
        >
            <TextInput
                value=initial
                shown=shown
                inputmode="decimal"
                class="vraag__getal"
                disabled=Signal::derive(move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable)))
                on_change=Callback::new(on_change)
            />
        </FormField>
        {na_checkbox(state, question)}
    }
}

fn text_input(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let text = Signal::derive(move || {
        answer.with(|a| match &a.value {
            Some(AnswerValue::Text(text)) => text.clone(),
            _ => String::new(),
        })
    });
    view! {
        <FormField id=format!("{}--tekst", question.id) label="Uw antwoord">
            <TextArea
                value=text
                rows=4
                disabled=Signal::derive(move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable)))
                on_input=Callback::new(move |text: String| {
                    state.set_value(&qid, (!text.is_empty()).then_some(AnswerValue::Text(text)))
                })
            />
        </FormField>
        {na_checkbox(state, question)}
    }
}

/// The toelichting field, where the question has one or an answer already carries a note.
fn note_field(state: AssessmentState, question: &Question) -> Option<impl IntoView> {
    let has_note = state.answer(&question.id).with_untracked(|a| !a.note.is_empty());
    (question.offers_note() || has_note).then(|| view! { <NoteField state question=question.clone() /> })
}

/// The optional toelichting; required (with a visible message) when the file asks for one with N/A.
#[component]
fn NoteField(state: AssessmentState, question: Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let note = Signal::derive(move || answer.with(|a| a.note.clone()));
    let missing = {
        let question = question.clone();
        Signal::derive(move || {
            answer
                .with(|a| a.misses_required_note(&question))
                .then(|| "Leg kort uit waarom deze vraag niet van toepassing is.".to_owned())
        })
    };
    let required = question.na_needs_note();
    let label = Signal::derive(move || {
        if required && answer.with(|a| a.value == Some(AnswerValue::NotApplicable)) {
            "Toelichting (nodig bij 'niet van toepassing')".to_owned()
        } else {
            "Toelichting (optioneel)".to_owned()
        }
    });
    view! {
        <FormField id=format!("toelichting-{}", question.id) label class="vraag__toelichting" error=missing>
            <TextArea value=note on_input=Callback::new(move |note: String| state.set_note(&qid, note)) />
        </FormField>
    }
}
