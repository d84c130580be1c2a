//! Scoring per principle and section: weights, N/A, hidden and unanswered questions, bands.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::answers::toggle_option;
use zelfevaluatie_wmo_toezicht::model::condition::{shown_change_note, visibility};
use zelfevaluatie_wmo_toezicht::model::recommendations::triggered;
use zelfevaluatie_wmo_toezicht::model::scoring::question_percent;
use zelfevaluatie_wmo_toezicht::model::{score, Answer, AnswerValue, Answers, Questionnaire, ScoreReport};

fn answers(pairs: &[(&str, AnswerValue)]) -> Answers {
    pairs
        .iter()
        .map(|(id, value)| (id.to_string(), Answer { value: Some(value.clone()), note: String::new() }))
        .collect()
}

fn choice(id: &str) -> AnswerValue {
    AnswerValue::Choice(id.to_owned())
}

fn choices(ids: &[&str]) -> AnswerValue {
    AnswerValue::Choices(ids.iter().map(|s| s.to_string()).collect())
}

fn percent(report: &ScoreReport, principle: &str) -> Option<f64> {
    report.principles.iter().find(|p| p.principle_id == principle).unwrap().percent
}

fn approx(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a score");
    assert!((actual - expected).abs() < 1e-9, "expected {expected}, got {actual}");
}

#[test]
fn nothing_answered_means_no_score_yet() {
    let q = base();
    let report = score(&q, &Answers::new());
    assert!(report.principles.iter().all(|p| p.percent.is_none() && p.level.is_none()));
    // q3 is hidden until q1 = ja.
    assert_eq!(report.progress.visible, 5);
    assert_eq!(report.progress.done, 0);
    assert_eq!(report.principles[0].tally.eligible, 2);
}

#[test]
fn a_single_answer_scores_its_principle_only() {
    let q = base();
    let report = score(&q, &answers(&[("q1", choice("ja"))]));
    approx(percent(&report, "onafhankelijkheid"), 100.0);
    assert_eq!(percent(&report, "transparantie"), None);
    assert_eq!(report.progress.visible, 6, "q3 became visible");
    assert_eq!(report.progress.done, 1);
}

#[test]
fn question_weights_count() {
    let q = base();
    // q2 (weight 2) full marks, q4 (weight 1) bottom of the scale: 8 of 12 points.
    let report = score(&q, &answers(&[("q2", choice("goed")), ("q4", AnswerValue::Scale(1))]));
    approx(percent(&report, "transparantie"), 8.0 / 12.0 * 100.0);
}

#[test]
fn principle_weights_count() {
    let yaml = variant(
        "        scores_on: [onafhankelijkheid, transparantie]\n",
        "        scores_on: [onafhankelijkheid, transparantie]\n        principle_weights: { transparantie: 3 }\n",
    );
    let q = load(&yaml).unwrap();
    let a = answers(&[("q1", choice("ja")), ("q3", choices(&["c"])), ("q2", choice("goed"))]);
    let report = score(&q, &a);
    // transparantie: q2 = 2·4 of 2·4, q3 = 3·1 of 3·4 → 11 / 20.
    approx(percent(&report, "transparantie"), 55.0);
    // onafhankelijkheid: q1 = 4/4, q3 = 1/4 → 5/8.
    approx(percent(&report, "onafhankelijkheid"), 62.5);
}

#[test]
fn multi_choice_adds_up_and_is_capped() {
    let q = base();
    let some = score(&q, &answers(&[("q1", choice("ja")), ("q3", choices(&["a", "c"]))]));
    approx(percent(&some, "onafhankelijkheid"), 7.0 / 8.0 * 100.0);
    let all = score(&q, &answers(&[("q3", choices(&["a", "b", "c"])), ("q1", choice("nee"))]));
    // q1 = nee hides q3, so only q1 counts.
    approx(percent(&all, "onafhankelijkheid"), 0.0);
    let capped = score(&q, &answers(&[("q1", choice("ja")), ("q3", choices(&["a", "b", "c"]))]));
    approx(percent(&capped, "transparantie"), 100.0);
}

#[test]
fn scale_answers_are_spread_over_the_scale() {
    let q = base();
    approx(percent(&score(&q, &answers(&[("q4", AnswerValue::Scale(3))])), "transparantie"), 50.0);
    approx(percent(&score(&q, &answers(&[("q4", AnswerValue::Scale(5))])), "transparantie"), 100.0);
    let out_of_range = score(&q, &answers(&[("q4", AnswerValue::Scale(9))]));
    assert_eq!(percent(&out_of_range, "transparantie"), None, "an impossible value does not score");
}

#[test]
fn number_answers_score_by_band() {
    let q = base();
    let of = |v: f64| percent(&score(&q, &answers(&[("q5", AnswerValue::Number(v))])), "onafhankelijkheid");
    approx(of(0.5), 0.0);
    approx(of(1.0), 50.0);
    approx(of(1.5), 50.0);
    approx(of(12.0), 100.0);
    approx(of(-3.0), 0.0);
}

#[test]
fn not_applicable_is_left_out_and_counted() {
    let q = base();
    let a = answers(&[("q1", AnswerValue::NotApplicable), ("q5", AnswerValue::Number(2.0))]);
    let report = score(&q, &a);
    let onafhankelijkheid = &report.principles[0];
    approx(onafhankelijkheid.percent, 100.0);
    assert_eq!(onafhankelijkheid.tally.not_applicable, 1);
    assert_eq!(onafhankelijkheid.tally.answered, 1);
    assert_eq!(report.progress.done, 2);
    assert_eq!(report.progress.not_applicable, 1);
}

#[test]
fn not_applicable_where_the_file_does_not_allow_it_is_unanswered() {
    let q = base();
    let report = score(&q, &answers(&[("q2", AnswerValue::NotApplicable)]));
    assert_eq!(report.principles[1].tally.not_applicable, 0);
    assert_eq!(report.progress.done, 0);
}

#[test]
fn hidden_answers_are_kept_but_do_not_count() {
    let q = base();
    let mut a = answers(&[("q1", choice("ja")), ("q3", choices(&["a"]))]);
    a.insert("q1".into(), Answer { value: Some(choice("nee")), note: String::new() });
    let report = score(&q, &a);
    approx(percent(&report, "onafhankelijkheid"), 0.0);
    assert!(a.contains_key("q3"), "the answer itself stays");
    assert_eq!(report.progress.visible, 5);
}

#[test]
fn answers_to_options_that_no_longer_exist_do_not_score() {
    let q = base();
    let report = score(&q, &answers(&[("q2", choice("uitstekend")), ("q1", choices(&["ja"]))]));
    assert!(report.principles.iter().all(|p| p.percent.is_none()));
    assert_eq!(report.progress.done, 0);
}

#[test]
fn text_answers_count_for_progress_only() {
    let q = base();
    let report = score(&q, &answers(&[("q6", AnswerValue::Text("Goed bezig".into()))]));
    assert_eq!(report.progress.done, 1);
    assert!(report.principles.iter().all(|p| p.percent.is_none()));
    let blank = score(&q, &answers(&[("q6", AnswerValue::Text("   ".into()))]));
    assert_eq!(blank.progress.done, 0);
}

#[test]
fn sections_score_over_all_their_principles() {
    let q = base();
    let report = score(&q, &answers(&[("q1", choice("ja")), ("q2", choice("matig"))]));
    let een = &report.sections[0];
    // q1: 4/4 (weight 1); q2: 2/4 (weight 2) → 8 / 12.
    approx(een.percent, 8.0 / 12.0 * 100.0);
    assert_eq!(een.progress.done, 2);
    assert_eq!(een.progress.visible, 2);
    assert_eq!(report.sections[1].percent, None);
    assert_eq!(report.sections[1].progress.visible, 4);
}

#[test]
fn level_bands() {
    let q: Questionnaire = base();
    let level = |p: f64| q.level_for(p).map(|l| l.id.as_str());
    assert_eq!(level(0.0), Some("beginnend"));
    assert_eq!(level(39.99), Some("beginnend"));
    assert_eq!(level(40.0), Some("op-weg"));
    assert_eq!(level(75.0), Some("gevorderd"));
    assert_eq!(level(100.0), Some("gevorderd"));
    let report = score(&q, &answers(&[("q2", choice("matig"))]));
    assert_eq!(report.principles[1].level.as_ref().map(|l| l.label.as_str()), Some("Op weg"));
}

#[test]
fn question_percent_for_triggers() {
    let q = base();
    let q4 = q.question("q4").unwrap();
    approx(question_percent(&q, q4, &answers(&[("q4", AnswerValue::Scale(2))])), 25.0);
    assert_eq!(question_percent(&q, q4, &Answers::new()), None);
    let q6 = q.question("q6").unwrap();
    assert_eq!(question_percent(&q, q6, &answers(&[("q6", AnswerValue::Text("x".into()))])), None);
}

#[test]
fn recommendations_follow_answers_and_are_ordered_by_priority() {
    let q = base();
    let a = answers(&[("q4", AnswerValue::Scale(1)), ("q2", choice("slecht"))]);
    let ids: Vec<&str> = triggered(&q, &a).iter().map(|t| t.recommendation.id.as_str()).collect();
    assert_eq!(ids, ["r-q2", "r-q4"], "hoog before laag, whatever the document order");
    let none = answers(&[("q4", AnswerValue::Scale(3)), ("q2", choice("matig"))]);
    assert!(triggered(&q, &none).is_empty(), "50 % is not below 50 %");
    let t = &triggered(&q, &a)[0];
    assert_eq!(t.principle_id, "transparantie", "defaults to the question's first principle");
}

#[test]
fn conditions_all_any_not_and_ranges() {
    let yaml = variant(
        "{ question: q1, option_in: [ja] }",
        "{ all: [ { question: q1, answered: true }, { not: { question: q2, option_in: [goed] } } ] }",
    );
    let q = load(&yaml).unwrap();
    let shown = |a: &Answers| visibility(&q, a).shows("q3");
    assert!(!shown(&Answers::new()));
    assert!(shown(&answers(&[("q1", choice("nee"))])));
    assert!(!shown(&answers(&[("q1", choice("nee")), ("q2", choice("goed"))])));
    assert!(!shown(&answers(&[("q1", AnswerValue::NotApplicable)])), "N/A is not an answer");

    let ranged = variant("      - id: q6\n        type: text\n", "      - id: q6\n        type: text\n        visible_if: { any: [ { question: q4, at_least: 4 }, { question: q5, at_most: 0.5 } ] }\n");
    let q = load(&ranged).unwrap();
    let shown = |a: &Answers| visibility(&q, a).shows("q6");
    assert!(!shown(&Answers::new()));
    assert!(shown(&answers(&[("q4", AnswerValue::Scale(4))])));
    assert!(!shown(&answers(&[("q4", AnswerValue::Scale(3))])));
    assert!(shown(&answers(&[("q5", AnswerValue::Number(0.0))])));
}

#[test]
fn option_not_in_needs_an_answer() {
    let q = load(&variant("{ question: q1, option_in: [ja] }", "{ question: q2, option_not_in: [goed] }")).unwrap();
    assert!(!visibility(&q, &Answers::new()).shows("q3"));
    assert!(visibility(&q, &answers(&[("q2", choice("matig"))])).shows("q3"));
    assert!(!visibility(&q, &answers(&[("q2", choice("goed"))])).shows("q3"));
}

#[test]
fn a_question_behind_a_hidden_question_is_hidden_too() {
    let yaml = variant(
        "      - id: q4\n        type: scale\n",
        "      - id: q4\n        type: scale\n        visible_if: { question: q3, answered: true }\n",
    );
    let q = load(&yaml).unwrap();
    let a = answers(&[("q1", choice("ja")), ("q3", choices(&["a"]))]);
    assert!(visibility(&q, &a).shows("q4"));
    let mut hidden = a.clone();
    hidden.insert("q1".into(), Answer { value: Some(choice("nee")), note: String::new() });
    assert!(!visibility(&q, &hidden).shows("q4"), "q3 is hidden, so its kept answer does not count");
    let report = score(&q, &hidden);
    assert_eq!(report.visible, visibility(&q, &hidden), "the report carries the same visibility");
}

#[test]
fn a_question_that_appears_or_goes_is_announced_with_where_it_is() {
    let q = base();
    let none = Answers::new();
    let yes = answers(&[("q1", choice("ja"))]);
    let note = |before: &Answers, after: &Answers, current: usize| {
        shown_change_note(&q, after, &visibility(&q, before), &visibility(&q, after), current)
    };
    assert_eq!(note(&none, &none, 0), None, "nothing changed, nothing said");
    assert_eq!(note(&none, &answers(&[("q2", choice("goed"))]), 0), None, "an answer that shows nothing new");
    assert_eq!(
        note(&none, &yes, 0).as_deref(),
        Some("Er is een vervolgvraag bijgekomen in onderdeel 'Twee': 'Wat is er?'."),
        "q3 is in the next section"
    );
    assert_eq!(
        note(&none, &yes, 1).as_deref(),
        Some("Er is een vervolgvraag bijgekomen in dit onderdeel: 'Wat is er?'.")
    );
    assert_eq!(
        note(&yes, &answers(&[("q1", choice("nee"))]), 1).as_deref(),
        Some("De vraag 'Wat is er?' in dit onderdeel is vervallen.")
    );

    let answered = answers(&[("q1", choice("ja")), ("q3", choices(&["a"]))]);
    let no = answers(&[("q1", choice("nee")), ("q3", choices(&["a"]))]);
    assert_eq!(
        note(&answered, &no, 0).as_deref(),
        Some("De vraag 'Wat is er?' in onderdeel 'Twee' is vervallen. Wat u daar al invulde, blijft bewaard maar telt niet mee."),
        "a kept answer is said to be kept"
    );

    let two = load(&variant(
        "      - id: q4\n        type: scale\n",
        "      - id: q4\n        type: scale\n        visible_if: { question: q1, option_in: [ja] }\n",
    ))
    .unwrap();
    let before = visibility(&two, &none);
    assert_eq!(
        shown_change_note(&two, &yes, &before, &visibility(&two, &yes), 1).as_deref(),
        Some("Er zijn 2 vervolgvragen bijgekomen in dit onderdeel: 'Wat is er?' en 'Hoe goed?'.")
    );
    assert_eq!(
        shown_change_note(&two, &none, &visibility(&two, &yes), &before, 1).as_deref(),
        Some("De vragen 'Wat is er?' en 'Hoe goed?' in dit onderdeel zijn vervallen.")
    );
}

#[test]
fn exclusive_options_clear_the_others() {
    let q = base();
    let q3 = q.question("q3").unwrap();
    let one = toggle_option(&q, q3, None, "b", true);
    assert_eq!(one, Some(choices(&["b"])));
    let two = toggle_option(&q, q3, one.as_ref(), "a", true);
    assert_eq!(two, Some(choices(&["a", "b"])), "kept in file order");
    let none = toggle_option(&q, q3, two.as_ref(), "geen", true);
    assert_eq!(none, Some(choices(&["geen"])));
    let back = toggle_option(&q, q3, none.as_ref(), "c", true);
    assert_eq!(back, Some(choices(&["c"])));
    assert_eq!(toggle_option(&q, q3, back.as_ref(), "c", false), None);
}

#[test]
fn a_missing_note_on_not_applicable_is_noticed() {
    // q1 is scored: 'niet van toepassing' takes it out of the score, so it always needs a reason.
    let q = base();
    let q1 = q.question("q1").unwrap();
    let mut answer = Answer { value: Some(AnswerValue::NotApplicable), note: String::new() };
    assert!(answer.misses_required_note(q1));
    answer.note = "Regionaal geregeld".into();
    assert!(!answer.misses_required_note(q1));

    // An unscored question asks for one only when its file says so.
    let open = "      - id: q6\n        type: text\n        text: Opmerkingen?\n";
    let optional = load(&variant(open, &format!("{open}        allow_na: true\n"))).unwrap();
    let asked =
        load(&variant(open, &format!("{open}        allow_na: true\n        na_requires_note: true\n"))).unwrap();
    let blank = Answer { value: Some(AnswerValue::NotApplicable), note: String::new() };
    assert!(!blank.misses_required_note(optional.question("q6").unwrap()));
    assert!(blank.misses_required_note(asked.question("q6").unwrap()));
}

#[test]
fn a_section_with_a_missing_toelichting_is_not_complete() {
    let q =
        load(&variant("        allow_na: true\n", "        allow_na: true\n        na_requires_note: true\n")).unwrap();
    let mut given = answers(&[("q1", AnswerValue::NotApplicable), ("q2", AnswerValue::Choice("goed".into()))]);
    let first = |a: &Answers| score(&q, a).sections[0].progress;
    let progress = first(&given);
    assert_eq!((progress.done, progress.visible, progress.notes_missing), (2, 2, 1));
    assert!(!progress.is_complete());
    assert_eq!(progress.section_label(), "2 van 2, 1 toelichting ontbreekt");
    given.get_mut("q1").unwrap().note = "Regionaal geregeld".into();
    let progress = first(&given);
    assert!(progress.is_complete());
    assert_eq!(progress.section_label(), "klaar (2 van 2)");
    given.remove("q2");
    assert_eq!(first(&given).section_label(), "1 van 2");
}

#[test]
fn the_results_sentence_says_how_not_applicable_is_counted() {
    let q = base();
    let report = score(&q, &answers(&[("q1", AnswerValue::NotApplicable), ("q2", AnswerValue::Choice("goed".into()))]));
    assert_eq!(
        report.progress.summary(),
        format!("2 van {} vragen beantwoord, waarvan 1 met 'niet van toepassing'.", report.progress.visible)
    );
    assert_eq!(
        score(&q, &Answers::new()).progress.summary(),
        format!("0 van {} vragen beantwoord.", report.progress.visible)
    );
}

#[test]
fn the_section_and_principle_tables_count_not_applicable_the_same_way() {
    use zelfevaluatie_wmo_toezicht::model::scoring::score_row;
    let q = base();
    // q1 (section een, onafhankelijkheid) N/A, q2 (section een, transparantie) answered.
    let report = score(&q, &answers(&[("q1", AnswerValue::NotApplicable), ("q2", AnswerValue::Choice("goed".into()))]));
    let section = &report.sections[0];
    let row = score_row(section.percent, section.level.as_ref(), &section.tally);
    assert_eq!(row[2..], ["1 van 2".to_owned(), "1".to_owned()], "N/A is counted apart, not as answered");
    let principle = &report.principles[0];
    let row = score_row(principle.percent, principle.level.as_ref(), &principle.tally);
    assert_eq!(row[2], format!("0 van {}", principle.tally.eligible));
    assert_eq!(row[3], "1");
}
