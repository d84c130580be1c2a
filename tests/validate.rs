//! Each validation rule, with the place it reports.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

#[test]
fn the_base_fixture_is_valid() {
    let questionnaire = base();
    assert_eq!(questionnaire.sections.len(), 2);
    assert_eq!(questionnaire.questions().count(), 6);
}

#[test]
fn duplicate_question_ids_point_at_the_second_one() {
    let problems = problems(&variant("      - id: q4\n", "      - id: q1\n"));
    let problem = problem_with(&problems, "`q1` komt al eerder voor");
    assert_eq!(problem.path, "sections[1].questions[1].id");
    assert_eq!(problem.line, Some(73));
    assert_eq!(problem.column, Some(9));
}

#[test]
fn duplicate_option_ids_are_reported_per_question() {
    let problems = problems(&variant("          - id: matig\n", "          - id: goed\n"));
    let problem = problem_with(&problems, "`goed` komt al eerder voor bij een optie");
    assert_eq!(problem.path, "sections[0].questions[1].options[1].id");
}

#[test]
fn same_option_id_in_two_questions_is_fine() {
    let yaml = variant("          - id: a\n", "          - id: goed\n");
    assert!(load(&yaml).is_ok());
}

#[test]
fn invalid_ids_are_explained() {
    let problems = problems(&variant("      - id: q6\n", "      - id: Vraag 6\n"));
    problem_with(&problems, "`Vraag 6` van deze vraag is ongeldig");
}

#[test]
fn unknown_answer_set_is_a_dangling_reference() {
    let problems = problems(&variant("        answer_set: jn\n", "        answer_set: jnx\n"));
    let problem = problem_with(&problems, "antwoordset `jnx`, maar die bestaat niet");
    assert_eq!(problem.path, "sections[0].questions[0].answer_set");
    assert_eq!(problem.line, Some(28));
}

#[test]
fn condition_on_an_unknown_question() {
    let problems = problems(&variant("question: q1, option_in", "question: q9, option_in"));
    let problem = problem_with(&problems, "vraag `q9`, maar die bestaat niet");
    assert_eq!(problem.path, "sections[1].questions[0].visible_if.question");
}

#[test]
fn condition_on_a_later_question_is_a_forward_reference() {
    let problems = problems(&variant("question: q1, option_in: [ja]", "question: q4, answered: true"));
    problem_with(&problems, "`q4`, die pas later komt");
}

#[test]
fn condition_on_itself_is_refused() {
    let problems = problems(&variant("question: q1, option_in: [ja]", "question: q3, answered: true"));
    problem_with(&problems, "hangt af van zichzelf");
}

#[test]
fn condition_with_unknown_option() {
    let problems = problems(&variant("option_in: [ja] }", "option_in: [jawel] }"));
    let problem = problem_with(&problems, "Optie `jawel` bestaat niet bij vraag `q1`");
    assert_eq!(problem.path, "sections[1].questions[0].visible_if.option_in[0]");
}

#[test]
fn condition_without_a_test_or_with_two_forms() {
    let empty = problems(&variant("{ question: q1, option_in: [ja] }", "{ question: q1 }"));
    problem_with(&empty, "zegt niet wat er moet gelden");
    let both = problems(&variant("{ question: q1, option_in: [ja] }", "{ question: q1, option_in: [ja], all: [] }"));
    problem_with(&both, "precies één van `question`, `all`, `any` of `not`");
}

#[test]
fn nested_conditions_are_checked_too() {
    let yaml = variant(
        "{ question: q1, option_in: [ja] }",
        "{ any: [ { question: q1, option_in: [ja] }, { not: { question: q2, option_in: [heel-slecht] } } ] }",
    );
    let problems = problems(&yaml);
    let problem = problem_with(&problems, "Optie `heel-slecht` bestaat niet");
    assert_eq!(problem.path, "sections[1].questions[0].visible_if.any[1].not.option_in[0]");
}

#[test]
fn range_tests_only_on_numeric_questions() {
    let problems = problems(&variant("{ question: q1, option_in: [ja] }", "{ question: q1, at_least: 2 }"));
    problem_with(&problems, "`at_least` en `at_most` werken alleen");
}

#[test]
fn scores_out_of_range() {
    let problems = problems(&variant(
        "            score: 4\n          - id: matig",
        "            score: 7\n          - id: matig",
    ));
    let problem = problem_with(&problems, "De score 7 van optie `goed` valt buiten de schaal 0 tot 4");
    assert_eq!(problem.path, "sections[0].questions[1].options[0].score");
    assert_eq!(problem.line, Some(38));
    assert_eq!(problem.column, Some(13));
}

#[test]
fn negative_band_score_is_out_of_range() {
    let problems = problems(&variant("- { min: 0, score: 0 }", "- { min: 0, score: -1 }"));
    problem_with(&problems, "De score -1 valt buiten de schaal");
}

#[test]
fn weights_must_be_positive() {
    let zero = problems(&variant("        weight: 2\n", "        weight: 0\n"));
    problem_with(&zero, "gewicht 0 van vraag `q2` moet groter zijn dan 0");
    let negative = problems(&variant("        weight: 2\n", "        weight: -1.5\n"));
    problem_with(&negative, "gewicht -1.5");
}

#[test]
fn empty_labels_and_texts() {
    let problems = problems(&variant("        text: Vraag twee?\n", "        text: \"  \"\n"));
    let problem = problem_with(&problems, "De vraagtekst is leeg");
    assert_eq!(problem.path, "sections[0].questions[1].text");
    let label = problem_with(
        &support::problems(&variant("        label: Nee\n", "        label: \"\"\n")),
        "Het label van deze optie is leeg",
    )
    .clone();
    assert_eq!(label.path, "answer_sets[0].options[1].label");
}

#[test]
fn a_principle_nobody_scores() {
    let yaml = variant(
        "  - id: transparantie\n    label: Transparantie\n",
        "  - id: transparantie\n    label: Transparantie\n  - id: samenwerking\n    label: Samenwerking\n",
    );
    let problems = problems(&yaml);
    let problem = problem_with(&problems, "Geen enkele vraag scoort op principe `samenwerking`");
    assert_eq!(problem.path, "principles[2]");
}

#[test]
fn scoring_on_an_undeclared_principle() {
    let problems = problems(&variant(
        "        scores_on: [transparantie]\n        weight: 2",
        "        scores_on: [samenwerking]\n        weight: 2",
    ));
    problem_with(&problems, "scoort op `samenwerking`, maar dat principe is niet gedeclareerd");
}

#[test]
fn a_scored_question_without_a_principle_fails() {
    let problems = problems(&variant("        scores_on: [transparantie]\n        weight: 2\n", "        weight: 2\n"));
    let problem = problem_with(&problems, "noemt geen principe");
    assert_eq!(problem.path, "sections[0].questions[1].scores_on");
}

#[test]
fn unsupported_schema_version() {
    let problems = problems(&BASE.replacen("schema_version: 1", "schema_version: 2", 1));
    let problem = problem_with(&problems, "Schemaversie 2 wordt niet ondersteund");
    assert_eq!(problem.line, Some(1));
}

#[test]
fn fields_that_do_not_fit_the_type() {
    let problems = problems(&variant("        unit: fte\n", "        unit: fte\n        range: { min: 1, max: 3 }\n"));
    problem_with(&problems, "Het veld `range` hoort niet bij een vraag van type `number`");
}

#[test]
fn text_questions_are_never_scored() {
    let problems = problems(&variant(
        "        text: Opmerkingen?\n",
        "        text: Opmerkingen?\n        scores_on: [transparantie]\n",
    ));
    problem_with(&problems, "telt niet mee in de score");
}

#[test]
fn choice_question_needs_two_options_and_some_points() {
    let one = problems(&variant(
        "          - id: matig\n            label: Matig\n            score: 2\n          - id: slecht\n            label: Slecht\n            score: 0\n",
        "",
    ));
    problem_with(&one, "ten minste twee opties");
    let no_points = variant(
        "            score: 4\n          - id: matig",
        "            score: 0\n          - id: matig",
    )
    .replacen("            score: 2\n          - id: slecht", "            score: 0\n          - id: slecht", 1);
    let zero = problems(&no_points);
    let problem = problem_with(&zero, "levert geen enkele optie punten op voor `transparantie`");
    assert_eq!(problem.path, "sections[0].questions[1].options");
}

#[test]
fn options_must_score_every_principle_of_the_question() {
    let yaml = variant(
        "          - id: c\n            label: C\n            score: 1\n",
        "          - id: c\n            label: C\n            scores: { onafhankelijkheid: 1 }\n",
    );
    let problems = problems(&yaml);
    problem_with(&problems, "maar optie c heeft daarvoor geen `score`");
}

#[test]
fn na_reserved_and_na_note_needs_allow_na() {
    let reserved = problems(&variant("          - id: c\n", "          - id: na\n"));
    problem_with(&reserved, "Het id `na` is gereserveerd");
    let note =
        problems(&variant("        text: Hoe goed?\n", "        text: Hoe goed?\n        na_requires_note: true\n"));
    problem_with(&note, "Zet ook `allow_na: true`");
}

#[test]
fn recommendation_triggers_are_checked() {
    let unknown = problems(&variant("option_in: [slecht] }", "option_in: [rampzalig] }"));
    let problem = problem_with(&unknown, "Optie `rampzalig` bestaat niet bij vraag `q2`");
    assert_eq!(problem.path, "sections[0].questions[1].recommendations[0].when.option_in[0]");
    let both = problems(&variant("option_in: [slecht] }", "option_in: [slecht], score_below_percent: 10 }"));
    problem_with(&both, "precies één voorwaarde");
    let percent = problems(&variant("score_below_percent: 50 }", "score_below_percent: 150 }"));
    problem_with(&percent, "percentage groter dan 0 en hoogstens 100");
}

#[test]
fn duplicate_recommendation_ids_across_questions() {
    let problems = problems(&variant("          - id: r-q4\n", "          - id: r-q2\n"));
    problem_with(&problems, "`r-q2` komt al eerder voor bij een aanbeveling");
}

#[test]
fn levels_must_cover_zero_to_hundred_without_gaps() {
    let yaml = BASE.replacen(
        "scale: { min: 0, max: 4 }\n",
        "scale: { min: 0, max: 4 }\nlevels:\n  - { id: laag, label: Laag, from: 0, to: 50 }\n  - { id: hoog, label: Hoog, from: 60, to: 90 }\n",
        1,
    );
    let problems = problems(&yaml);
    problem_with(&problems, "begint bij 60, maar moet aansluiten bij 50");
    problem_with(&problems, "eindigt bij 90; dat moet 100 zijn");
}

#[test]
fn a_level_must_end_after_it_begins_and_not_a_number_is_neither() {
    for (to, shown) in [("40", "40"), (".nan", "NaN")] {
        let yaml = BASE.replacen(
            "scale: { min: 0, max: 4 }\n",
            &format!("scale: {{ min: 0, max: 4 }}\nlevels:\n  - {{ id: laag, label: Laag, from: 0, to: 50 }}\n  - {{ id: hoog, label: Hoog, from: 50, to: {to} }}\n"),
            1,
        );
        let problems = problems(&yaml);
        let problem = problem_with(&problems, &format!("Niveau `hoog` eindigt ({shown}) niet na zijn begin (50)"));
        assert_eq!(problem.path, "levels[1].to");
    }
}

#[test]
fn sources_need_full_urls() {
    let yaml = variant(
        "        text: Vraag een?\n",
        "        text: Vraag een?\n        sources:\n          - { label: Wet, url: wetten.overheid.nl }\n",
    );
    problem_with(&problems(&yaml), "geen volledig webadres");
}

#[test]
fn all_problems_are_reported_at_once() {
    let yaml = variant("        weight: 2\n", "        weight: 0\n")
        .replacen("answer_set: jn\n", "answer_set: bestaat-niet\n", 1)
        .replacen("      - id: q6\n", "      - id: q1\n", 1);
    let problems = problems(&yaml);
    assert!(problems.len() >= 3, "{problems:#?}");
    for problem in &problems {
        assert_eq!(problem.file, "test.yaml");
        assert!(!problem.path.is_empty());
    }
}

#[test]
fn section_ids_that_name_app_pages_are_refused() {
    for page in ["overzicht", "casus", "antwoorden", "resultaten", "verbeterplan"] {
        let problems = problems(&variant("  - id: twee\n", &format!("  - id: {page}\n")));
        let problem = problem_with(&problems, &format!("`{page}` is gereserveerd"));
        assert_eq!(problem.path, "sections[1].id");
    }
}

#[test]
fn number_bounds_belong_to_number_questions_and_agree_with_each_other() {
    let found = problems(&variant("        text: Vraag een?\n", "        text: Vraag een?\n        minimum: 0\n"));
    assert!(problem_with(&found, "Het veld `minimum` hoort niet bij een vraag van type `single_choice`")
        .path
        .ends_with(".minimum"));
    let found =
        problems(&variant("        unit: fte\n", "        unit: fte\n        minimum: 10\n        maximum: 5\n"));
    problem_with(&found, "`maximum` (5) van vraag `q5` moet groter zijn dan `minimum` (10)");
    let found = problems(&variant(
        "        unit: fte\n",
        "        unit: fte\n        maximum: 1.5\n        whole_numbers: true\n",
    ));
    problem_with(&found, "vraagt om hele getallen");
    problem_with(&found, "De band vanaf 2 van vraag `q5` kan nooit gelden");
}
