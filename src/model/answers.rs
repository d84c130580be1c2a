//! What a user answered, and the answer rules the UI must not re-implement.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questionnaire::{Question, QuestionType, Questionnaire, Range};
use super::text::{dutch_number, mid_sentence};

/// Answers by question id. A `BTreeMap` keeps the saved JSON stable and diffable.
pub type Answers = BTreeMap<String, Answer>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    /// The toelichting: optional on every question, asked for with some N/A answers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    Choice(String),
    Choices(Vec<String>),
    Scale(i64),
    Number(f64),
    Text(String),
    NotApplicable,
}

/// How far a question has been dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerState {
    Unanswered,
    Answered,
    NotApplicable,
}

impl Answer {
    /// Decides the state against the question, so stale or mismatched values (an option that no
    /// longer exists, a number where a choice is expected) count as unanswered instead of scoring.
    pub fn state(&self, questionnaire: &Questionnaire, question: &Question) -> AnswerState {
        let known_option = |id: &String| questionnaire.options_of(question).iter().any(|o| &o.id == id);
        let answered = match (&self.value, question.kind) {
            (None, _) => false,
            (Some(AnswerValue::NotApplicable), _) => {
                return if question.allow_na { AnswerState::NotApplicable } else { AnswerState::Unanswered };
            }
            (Some(AnswerValue::Choice(id)), QuestionType::SingleChoice) => known_option(id),
            (Some(AnswerValue::Choices(ids)), QuestionType::MultiChoice) => ids.iter().any(known_option),
            (Some(AnswerValue::Scale(v)), QuestionType::Scale) => {
                question.range.as_ref().is_some_and(|r| (r.min..=r.max).contains(v))
            }
            (Some(AnswerValue::Number(v)), QuestionType::Number) => question.accepts_number(*v),
            (Some(AnswerValue::Text(text)), QuestionType::Text) => !text.trim().is_empty(),
            _ => false,
        };
        if answered {
            AnswerState::Answered
        } else {
            AnswerState::Unanswered
        }
    }

    /// Nothing filled in: no answer and no toelichting.
    pub fn is_empty(&self) -> bool {
        self.value.is_none() && self.note.trim().is_empty()
    }

    /// True when N/A needs a toelichting (`Question::na_needs_note`) and none was given.
    pub fn misses_required_note(&self, question: &Question) -> bool {
        question.na_needs_note() && self.value == Some(AnswerValue::NotApplicable) && self.note.trim().is_empty()
    }

    /// The options chosen, for single and multi choice alike.
    pub fn chosen_options(&self) -> Vec<&str> {
        match &self.value {
            Some(AnswerValue::Choice(id)) => vec![id.as_str()],
            Some(AnswerValue::Choices(ids)) => ids.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    pub fn numeric(&self) -> Option<f64> {
        match self.value {
            Some(AnswerValue::Scale(v)) => Some(v as f64),
            Some(AnswerValue::Number(v)) => Some(v),
            _ => None,
        }
    }
}

/// The words for "niet van toepassing" as an answer, on the form and in every report.
pub const NOT_APPLICABLE_LABEL: &str = "Niet van toepassing";

/// Said under an option that clears the others of its question (`exclusive: true`, such as
/// "Geen van deze"), so ticking it does not silently untick what was chosen.
pub const EXCLUSIVE_OPTION_NOTE: &str = "Kiest u dit, dan gaan de andere vinkjes bij deze vraag uit.";

/// A point of a scale as the form offers it: "1 – Helemaal niet", "3", "5 – Volledig".
pub fn scale_point_label(range: &Range, point: i64) -> String {
    match point {
        p if p == range.min && !range.min_label.is_empty() => format!("{p} – {}", range.min_label),
        p if p == range.max && !range.max_label.is_empty() => format!("{p} – {}", range.max_label),
        p => p.to_string(),
    }
}

/// The label of a number question's field: "Aantal", or "Aantal (fte)" with its unit.
pub fn number_field_label(question: &Question) -> String {
    match &question.unit {
        Some(unit) => format!("Aantal ({unit})"),
        None => "Aantal".to_owned(),
    }
}

/// The new value of a multi choice after (un)ticking `option_id`: an exclusive option such as
/// "Geen van deze" clears the others, and ticking another option clears the exclusive ones.
/// Keeps the options in the order of the file, so saved answers do not depend on click order.
pub fn toggle_option(
    questionnaire: &Questionnaire,
    question: &Question,
    current: Option<&AnswerValue>,
    option_id: &str,
    checked: bool,
) -> Option<AnswerValue> {
    let options = questionnaire.options_of(question);
    let clicked_exclusive = options.iter().any(|o| o.id == option_id && o.exclusive);
    let mut chosen: Vec<String> = match current {
        Some(AnswerValue::Choices(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    chosen.retain(|id| id != option_id);
    if checked {
        if clicked_exclusive {
            chosen.clear();
        } else {
            chosen.retain(|id| !options.iter().any(|o| &o.id == id && o.exclusive));
        }
        chosen.push(option_id.to_owned());
    }
    let ordered: Vec<String> = options.iter().filter(|o| chosen.contains(&o.id)).map(|o| o.id.clone()).collect();
    (!ordered.is_empty()).then_some(AnswerValue::Choices(ordered))
}

/// What a number question accepts, in words for the field's hint and its error: "Een getal van
/// 0 tot en met 100, bijvoorbeeld 2,5." `None` when it accepts any number.
pub fn number_hint(question: &Question) -> Option<String> {
    let kind = if question.whole_numbers { "Een heel getal" } else { "Een getal" };
    let range = match (question.minimum, question.maximum) {
        (Some(min), Some(max)) => format!(" van {} tot en met {}", dutch_number(min), dutch_number(max)),
        (Some(min), None) => format!(" van {} of meer", dutch_number(min)),
        (None, Some(max)) => format!(" tot en met {}", dutch_number(max)),
        (None, None) if !question.whole_numbers => return None,
        (None, None) => String::new(),
    };
    let example = match (question.whole_numbers, question.minimum, question.maximum) {
        (true, _, _) => String::new(),
        (false, min, max) if min.is_none_or(|m| m <= 2.5) && max.is_none_or(|m| m >= 2.5) => {
            ", bijvoorbeeld 2,5".to_owned()
        }
        (false, _, _) => String::new(),
    };
    Some(format!("{kind}{range}{example}."))
}

/// Reads what a user typed in a number field as the answer to `question`: `Ok(None)` for an
/// empty field, the number, or a Dutch message saying what is wrong. The number is written with
/// digits and at most one decimal comma (or point), optionally with a minus sign; spaces around
/// it are ignored (a pasted number often has them), spaces inside it, thousands separators and
/// exponents such as `1e3` are not a number. A number outside the question's bounds is refused.
pub fn read_number(question: &Question, input: &str) -> Result<Option<f64>, String> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once([',', '.']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let hint = number_hint(question).unwrap_or_else(|| "Een getal, bijvoorbeeld 3 of 1,5.".to_owned());
    if !digits(whole) || !fraction.is_none_or(digits) {
        return Err(format!("'{text}' is geen getal. Vul in: {}", mid_sentence(&hint)));
    }
    let parse = |text: &str| text.parse::<f64>().map_err(|_| format!("'{text}' is geen getal."));
    // "1.250" is a thousand two hundred and fifty to a Dutch reader, 1,25 to a computer. Only the
    // readings the question accepts are offered: a suggestion the field then refuses helps no one.
    if fraction.is_some_and(|f| f.len() == 3) && unsigned.contains('.') {
        let without_point = text.replace('.', "");
        let (thousands, decimal) = (parse(&without_point)?, parse(text)?);
        return Err(match (question.accepts_number(thousands), question.accepts_number(decimal)) {
            (true, true) => format!(
                "'{text}' is niet eenduidig. Schrijf het getal zonder punt ({without_point}) of met een komma voor decimalen ({}).",
                text.replace('.', ",")
            ),
            (true, false) => format!(
                "'{text}' is niet eenduidig. Bedoelt u {0}? Schrijf het getal dan zonder punt: {0}.",
                dutch_number(thousands)
            ),
            (false, true) => format!(
                "'{text}' is niet eenduidig. Bedoelt u {0}? Schrijf het getal dan met een komma: {0}.",
                dutch_number(decimal)
            ),
            (false, false) => format!(
                "'{text}' is niet eenduidig, en als {} of als {} past het hier niet. Vul in: {}",
                dutch_number(thousands),
                dutch_number(decimal),
                mid_sentence(&hint)
            ),
        });
    }
    let value = parse(&text.replace(',', "."))?;
    if question.accepts_number(value) {
        Ok(Some(value))
    } else {
        Err(format!(
            "{} kan hier niet. Vul in: {} Dit antwoord telt niet mee.",
            dutch_number(value),
            mid_sentence(&hint)
        ))
    }
}

/// A stored number as the field shows it: "2,5".
pub fn number_text(value: f64) -> String {
    dutch_number(value)
}

/// The answer in words, as a report shows it: option labels, the number with its unit, the
/// text, "Niet van toepassing" or "Niet beantwoord".
pub fn answer_text(questionnaire: &Questionnaire, question: &Question, answer: Option<&Answer>) -> String {
    let Some(answer) = answer else { return "Niet beantwoord".to_owned() };
    if answer.state(questionnaire, question) == AnswerState::Unanswered {
        return "Niet beantwoord".to_owned();
    }
    let label = |id: &str| {
        questionnaire
            .options_of(question)
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.clone())
    };
    match &answer.value {
        Some(AnswerValue::NotApplicable) => NOT_APPLICABLE_LABEL.to_owned(),
        Some(AnswerValue::Choice(id)) => label(id),
        Some(AnswerValue::Choices(ids)) => ids.iter().map(|id| label(id)).collect::<Vec<_>>().join("; "),
        Some(AnswerValue::Scale(v)) => {
            let range = question.range.as_ref();
            let end = range.and_then(|r| match *v {
                x if x == r.min && !r.min_label.is_empty() => Some(r.min_label.as_str()),
                x if x == r.max && !r.max_label.is_empty() => Some(r.max_label.as_str()),
                _ => None,
            });
            let max = range.map_or(0, |r| r.max);
            match end {
                Some(end) => format!("{v} van {max} ({end})"),
                None => format!("{v} van {max}"),
            }
        }
        Some(AnswerValue::Number(v)) => {
            let number = dutch_number(*v);
            match &question.unit {
                Some(unit) => format!("{number} {unit}"),
                None => number,
            }
        }
        Some(AnswerValue::Text(text)) => text.clone(),
        None => "Niet beantwoord".to_owned(),
    }
}
