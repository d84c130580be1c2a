//! One question with native, labelled controls inside a fieldset/legend, its help in a
//! disclosure, its sources as links, and a toelichting field.

use leptos::prelude::*;

use crate::model::answers::{number_field_label, parse_number, scale_point_label, toggle_option, NOT_APPLICABLE_LABEL};
use crate::model::figures::Figure;
use crate::model::questionnaire::{Question, QuestionType};
use crate::model::text::dutch_number;
use crate::model::AnswerValue;
use crate::ui::components::controls::{checkbox, radio, source_item};
use crate::ui::components::national_figures::NationalFigures;
use crate::ui::components::rich_text::RichText;
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
    let help_id = format!("uitleg-{id}");
    let controls = match question.kind {
        QuestionType::SingleChoice => choice_radios(state, &question).into_any(),
        QuestionType::Scale => scale_radios(state, &question).into_any(),
        QuestionType::MultiChoice => checkboxes(state, &question).into_any(),
        QuestionType::Number => number_input(state, &question).into_any(),
        QuestionType::Text => text_input(state, &question).into_any(),
    };
    let help = (!question.help.trim().is_empty()).then(|| {
        view! {
            <details class="vraag__uitleg" id=help_id.clone()>
                <summary>"Uitleg bij deze vraag"</summary>
                <RichText text=question.help.clone() />
            </details>
        }
    });
    let sources = (!question.sources.is_empty()).then(|| {
        let items = question.sources.iter().map(source_item).collect_view();
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
            <NoteField state question=question.clone() />
        </div>
    }
}

fn na_radio(state: AssessmentState, question: &Question) -> Option<impl IntoView> {
    question.allow_na.then(|| {
        let answer = state.answer(&question.id);
        let qid = question.id.clone();
        radio(
            format!("keuze-{qid}"),
            format!("{qid}--nvt"),
            NOT_APPLICABLE_LABEL.to_owned(),
            move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable)),
            move || state.set_value(&qid, Some(AnswerValue::NotApplicable)),
        )
    })
}

fn choice_radios(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let options = state.questionnaire.with_value(|q| q.options_of(question).to_vec());
    let radios = options
        .into_iter()
        .map(|option| {
            let qid = question.id.clone();
            let chosen_id = option.id.clone();
            let option_id = option.id.clone();
            radio(
                format!("keuze-{qid}"),
                format!("{qid}--{}", option.id),
                option.label,
                move || answer.with(|a| a.value == Some(AnswerValue::Choice(chosen_id.clone()))),
                move || state.set_value(&qid, Some(AnswerValue::Choice(option_id.clone()))),
            )
        })
        .collect_view();
    view! { <div class="vraag__opties">{radios}{na_radio(state, question)}</div> }
}

fn scale_radios(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let range = question.range.clone().unwrap_or(crate::model::questionnaire::Range {
        min: 1,
        max: 5,
        min_label: String::new(),
        max_label: String::new(),
    });
    let radios = (range.min..=range.max)
        .map(|point| {
            let qid = question.id.clone();
            let label = scale_point_label(&range, point);
            radio(
                format!("keuze-{qid}"),
                format!("{qid}--{point}"),
                label,
                move || answer.with(|a| a.value == Some(AnswerValue::Scale(point))),
                move || state.set_value(&qid, Some(AnswerValue::Scale(point))),
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
        checkbox(
            format!("{qid}--nvt"),
            NOT_APPLICABLE_LABEL.to_owned(),
            move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable)),
            move |checked| state.set_value(&qid, checked.then_some(AnswerValue::NotApplicable)),
        )
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
            checkbox(
                format!("{qid}--{}", option.id),
                option.label,
                move || answer.with(|a| a.chosen_options().contains(&shown_id.as_str())),
                move |checked| {
                    let next = state.questionnaire.with_value(|q| {
                        let question = q.question(&qid).expect("question of this form");
                        let current = answer.get_untracked().value;
                        toggle_option(q, question, current.as_ref(), &option_id, checked)
                    });
                    state.set_value(&qid, next);
                },
            )
        })
        .collect_view();
    view! { <div class="vraag__opties">{boxes}{na_checkbox(state, question)}</div> }
}

fn number_input(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let input_id = format!("{qid}--getal");
    let error_id = format!("{qid}--getal-fout");
    let (error, set_error) = signal(None::<String>);
    let initial = answer.with_untracked(|a| match a.value {
        Some(AnswerValue::Number(v)) => dutch_number(v),
        _ => String::new(),
    });
    let label = number_field_label(question);
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    // Updated on `change` (leaving the field), so a half-typed "1," is not rewritten under the cursor.
    let on_change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if text.trim().is_empty() {
            set_error.set(None);
            state.set_value(&qid, None);
        } else if let Some(value) = parse_number(&text) {
            set_error.set(None);
            state.set_value(&qid, Some(AnswerValue::Number(value)));
        } else {
            set_error.set(Some(format!("'{text}' is geen getal. Vul een getal in, bijvoorbeeld 3 of 1,5.")));
        }
    };
    view! {
        <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=input_id.clone()>{label}</label>
            </div>
            {move || error.get().map(|message| view! {
                <p class="utrecht-form-field-error-message" id=error_id.clone()>{message}</p>
            })}
            <div class="utrecht-form-field__input">
                <input
                    type="text"
                    inputmode="decimal"
                    class="utrecht-textbox utrecht-textbox--html-input vraag__getal"
                    id=input_id
                    value=initial
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=described
                    disabled=move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable))
                    on:change=on_change
                />
            </div>
        </div>
        {na_checkbox(state, question)}
    }
}

fn text_input(state: AssessmentState, question: &Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let input_id = format!("{qid}--tekst");
    let initial = answer.with_untracked(|a| match &a.value {
        Some(AnswerValue::Text(text)) => text.clone(),
        _ => String::new(),
    });
    view! {
        <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=input_id.clone()>"Uw antwoord"</label>
            </div>
            <div class="utrecht-form-field__input">
                <textarea
                    class="utrecht-textarea utrecht-textarea--html-textarea"
                    id=input_id
                    rows="4"
                    disabled=move || answer.with(|a| a.value == Some(AnswerValue::NotApplicable))
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.set_value(&qid, (!text.is_empty()).then_some(AnswerValue::Text(text)));
                    }
                >
                    {initial}
                </textarea>
            </div>
        </div>
        {na_checkbox(state, question)}
    }
}

/// The optional toelichting; required (with a visible message) when the file asks for one with N/A.
#[component]
fn NoteField(state: AssessmentState, question: Question) -> impl IntoView {
    let answer = state.answer(&question.id);
    let qid = question.id.clone();
    let note_id = format!("toelichting-{qid}");
    let message_id = format!("toelichting-{qid}-melding");
    let initial = answer.with_untracked(|a| a.note.clone());
    let needs_note = {
        let question = question.clone();
        Signal::derive(move || answer.with(|a| a.misses_required_note(&question)))
    };
    let label = {
        let required = question.na_requires_note;
        move || {
            if required && answer.with(|a| a.value == Some(AnswerValue::NotApplicable)) {
                "Toelichting (nodig bij 'niet van toepassing')"
            } else {
                "Toelichting (optioneel)"
            }
        }
    };
    let described = {
        let message_id = message_id.clone();
        move || needs_note.get().then(|| message_id.clone())
    };
    view! {
        <div class="utrecht-form-field utrecht-form-field--text vraag__toelichting">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=note_id.clone()>{label}</label>
            </div>
            {move || needs_note.get().then(|| view! {
                <p class="utrecht-form-field-error-message" id=message_id.clone()>
                    "Leg kort uit waarom deze vraag niet van toepassing is."
                </p>
            })}
            <div class="utrecht-form-field__input">
                <textarea
                    class="utrecht-textarea utrecht-textarea--html-textarea"
                    id=note_id
                    rows="2"
                    aria-describedby=described
                    on:input=move |ev| state.set_note(&qid, event_target_value(&ev))
                >
                    {initial}
                </textarea>
            </div>
        </div>
    }
}
