//! The answer rules of `model/answers.rs`: what a number field accepts, and which stored
//! answers count.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::answers::{number_hint, number_text, read_number};
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerState, AnswerValue, Questionnaire};

/// BASE with the fte question bounded: 0 to 100, decimals allowed.
fn bounded() -> Questionnaire {
    load(&variant("        unit: fte\n", "        unit: fte\n        minimum: 0\n        maximum: 100\n")).unwrap()
}

/// BASE with a count: whole numbers from 0.
fn counted() -> Questionnaire {
    load(&variant("        unit: fte\n", "        unit: meldingen\n        minimum: 0\n        whole_numbers: true\n"))
        .unwrap()
}

#[test]
fn a_number_field_reads_digits_with_a_dutch_comma() {
    let q = bounded();
    let fte = q.question("q5").unwrap();
    assert_eq!(read_number(fte, "1,5"), Ok(Some(1.5)));
    assert_eq!(read_number(fte, "1.5"), Ok(Some(1.5)));
    assert_eq!(read_number(fte, "12"), Ok(Some(12.0)));
    assert_eq!(read_number(fte, ""), Ok(None), "an empty field clears the answer");
    assert_eq!(read_number(fte, "   "), Ok(None));
    // Spaces around the number are what a paste brings along; the field then shows "2".
    assert_eq!(read_number(fte, " 2 "), Ok(Some(2.0)));
    assert_eq!(number_text(2.0), "2");
    assert_eq!(number_text(2.5), "2,5");
}

#[test]
fn what_is_not_written_as_a_plain_number_is_refused() {
    let q = bounded();
    let fte = q.question("q5").unwrap();
    for text in ["1e3", "1 000", "veel", "inf", "NaN", "1,2,3", "+2", "1,", ",5", "--1", "0x10"] {
        let message = read_number(fte, text).unwrap_err();
        assert!(message.starts_with(&format!("'{text}' is geen getal.")), "{text}: {message}");
        assert!(message.contains("een getal van 0 tot en met 100"), "says what fits: {message}");
    }
}

/// "1.250" reads as 1250 or as 1,25. The message offers only the readings the question accepts:
/// suggesting a number the field then refuses sends the user round in circles.
#[test]
fn an_ambiguous_number_is_refused_with_the_readings_that_fit() {
    let unbounded = load(BASE).unwrap();
    let message = read_number(unbounded.question("q5").unwrap(), "1.250").unwrap_err();
    assert_eq!(
        message,
        "'1.250' is niet eenduidig. Schrijf het getal zonder punt (1250) of met een komma voor decimalen (1,250)."
    );
    let at_most_100 = bounded();
    let message = read_number(at_most_100.question("q5").unwrap(), "1.250").unwrap_err();
    assert_eq!(message, "'1.250' is niet eenduidig. Bedoelt u 1,25? Schrijf het getal dan met een komma: 1,25.");
    let whole = counted();
    let message = read_number(whole.question("q5").unwrap(), "1.250").unwrap_err();
    assert_eq!(message, "'1.250' is niet eenduidig. Bedoelt u 1250? Schrijf het getal dan zonder punt: 1250.");
    let message = read_number(at_most_100.question("q5").unwrap(), "250.000").unwrap_err();
    assert_eq!(
        message,
        "'250.000' is niet eenduidig, en als 250000 of als 250 past het hier niet. Vul in: een getal van 0 tot en met 100, bijvoorbeeld 2,5."
    );
}

#[test]
fn a_number_outside_the_bounds_is_explained_and_does_not_count() {
    let q = bounded();
    let fte = q.question("q5").unwrap();
    for (text, shown) in [("-1", "-1"), ("999999", "999999"), ("100,5", "100,5")] {
        let message = read_number(fte, text).unwrap_err();
        assert_eq!(
            message,
            format!("{shown} kan hier niet. Vul in: een getal van 0 tot en met 100, bijvoorbeeld 2,5. Dit antwoord telt niet mee.")
        );
    }
    assert_eq!(read_number(fte, "0"), Ok(Some(0.0)));
    assert_eq!(read_number(fte, "100"), Ok(Some(100.0)));

    let q = counted();
    let count = q.question("q5").unwrap();
    let message = read_number(count, "2,5").unwrap_err();
    assert!(message.contains("een heel getal van 0 of meer"), "{message}");
    assert_eq!(read_number(count, "250"), Ok(Some(250.0)));
}

#[test]
fn the_field_says_beforehand_what_it_accepts() {
    assert_eq!(
        number_hint(bounded().question("q5").unwrap()).as_deref(),
        Some("Een getal van 0 tot en met 100, bijvoorbeeld 2,5.")
    );
    assert_eq!(number_hint(counted().question("q5").unwrap()).as_deref(), Some("Een heel getal van 0 of meer."));
    assert_eq!(number_hint(base().question("q5").unwrap()), None, "no bounds, nothing to say");
}

#[test]
fn a_stored_number_outside_the_bounds_does_not_count_like_an_unknown_option() {
    let q = bounded();
    let fte = q.question("q5").unwrap();
    let state = |v: f64| Answer { value: Some(AnswerValue::Number(v)), note: String::new() }.state(&q, fte);
    assert_eq!(state(2.0), AnswerState::Answered);
    assert_eq!(state(-1.0), AnswerState::Unanswered);
    assert_eq!(state(1000.0), AnswerState::Unanswered);
    let q = counted();
    let count = q.question("q5").unwrap();
    let state = Answer { value: Some(AnswerValue::Number(2.5)), note: String::new() }.state(&q, count);
    assert_eq!(state, AnswerState::Unanswered);
}

#[test]
fn the_shipped_number_questions_have_sensible_bounds() {
    for file in ["keuzehulp-wmo-toezicht.yaml", "voorbeeld-snelle-scan.yaml", "tsd-zelfevaluatie.yaml"] {
        let q = shipped(file);
        for (_, question) in q
            .questions()
            .filter(|(_, q)| q.kind == zelfevaluatie_wmo_toezicht::model::questionnaire::QuestionType::Number)
        {
            assert_eq!(question.minimum, Some(0.0), "{file} {}: fte and counts are not negative", question.id);
            assert!(question.maximum.is_some(), "{file} {}: has a maximum", question.id);
            assert!(!question.accepts_number(-1.0) && !question.accepts_number(999_999.0), "{file} {}", question.id);
        }
    }
    let keuzehulp = shipped("keuzehulp-wmo-toezicht.yaml");
    assert!(keuzehulp.question("capaciteit-fte").unwrap().accepts_number(2.5), "fte has decimals");
    assert!(keuzehulp.question("aantal-meldingen").unwrap().whole_numbers, "a count is whole");
}
