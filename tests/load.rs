//! Reading YAML: syntax and shape errors come back in Dutch, with file, line and column.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

#[test]
fn a_typo_in_a_field_name_is_an_unknown_field_with_its_line() {
    let problems = problems(&variant("        visible_if: {", "        visble_if: {"));
    assert_eq!(problems.len(), 1);
    let problem = &problems[0];
    assert!(problem.message.starts_with("Onbekend veld `visble_if`"), "{problem:?}");
    assert!(problem.message.contains("visible_if"), "lists the allowed fields: {problem:?}");
    assert_eq!(problem.line, Some(57));
    assert_eq!(problem.column, Some(9));
    assert_eq!(problem.path, "sections[1].questions[0]");
}

#[test]
fn a_missing_required_field() {
    let problems = problems(&variant("title: Test\n", ""));
    assert_eq!(problems[0].message, "Het verplichte veld `title` ontbreekt. Voeg het toe.");
}

#[test]
fn an_unknown_question_type_lists_the_allowed_types() {
    let problems = problems(&variant("        type: scale\n", "        type: slider\n"));
    let message = &problems[0].message;
    assert!(message.starts_with("Onbekende waarde `slider`"), "{message}");
    assert!(message.contains("single_choice") && message.contains("number"), "{message}");
    assert_eq!(problems[0].line, Some(74));
}

#[test]
fn a_wrong_kind_of_value() {
    let problems = problems(&variant("        weight: 2\n", "        weight: zwaar\n"));
    let message = &problems[0].message;
    assert!(message.starts_with("Verkeerd soort waarde: gevonden de tekst \"zwaar\", verwacht een getal"), "{message}");
    assert_eq!(problems[0].line, Some(34));
}

#[test]
fn a_list_where_a_mapping_is_expected() {
    let problems = problems(&variant("scale: { min: 0, max: 4 }", "scale: [0, 4]"));
    assert!(problems[0].message.contains("gevonden een lijst"), "{:?}", problems[0]);
}

#[test]
fn broken_indentation_is_a_located_syntax_error() {
    let problems = problems(&variant("        text: Vraag een?\n", "        text: Vraag een?\n       oeps: [\n"));
    let problem = &problems[0];
    assert!(problem.line.is_some() && problem.column.is_some(), "{problem:?}");
    assert!(!problem.message.contains("(YAML:") && !problem.message.contains("expected"), "no English: {problem:?}");
}

#[test]
fn an_unclosed_quote_is_reported_where_it_opens() {
    // The quote opens on line 26; libyaml only notices at the end of the file.
    let problems = problems(&variant("        text: Vraag een?\n", "        text: \"Vraag een?\n"));
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].line, problems[0].column), (Some(26), Some(15)), "{:?}", problems[0]);
    assert!(problems[0].message.contains("aanhalingsteken"), "{:?}", problems[0]);
}

#[test]
fn an_unclosed_list_is_reported_where_it_opens() {
    let problems = problems(&variant(
        "        scores_on: [transparantie]\n        weight",
        "        scores_on: [transparantie\n        weight",
    ));
    assert_eq!((problems[0].line, problems[0].column), (Some(33), Some(20)), "{:?}", problems[0]);
    assert!(problems[0].message.contains("`]`"), "{:?}", problems[0]);
}

#[test]
fn syntax_errors_carry_no_english_parser_text() {
    let broken = [
        ("        text: Vraag een?\n", "        text: \"Vraag een?\n"),
        ("        text: Vraag een?\n", "        text: Vraag een?\n       oeps: [\n"),
        ("        text: Opmerkingen?\n", "\ttext: Opmerkingen?\n"),
        ("        text: Wat is er?\n", "        text: Let op: dit is fout: echt\n"),
        ("scale: { min: 0, max: 4 }", "scale: { min: 0, max: 4 "),
    ];
    for (from, to) in broken {
        for problem in problems(&variant(from, to)) {
            for english in ["YAML:", "while ", "expected", "found", " at line", "scalar"] {
                assert!(!problem.message.contains(english), "{english} in {problem:?}");
            }
        }
    }
}

#[test]
fn every_shape_problem_and_the_rules_beyond_are_reported_at_once() {
    let yaml = variant("title: Test\n", "title: Test\nestimated_minutes: tien\n")
        .replace("visible_if: { question: q1,", "visible_if: { question: q99,")
        .replace("        weight: 2\n", "        weight: zwaar\n");
    let problems = problems(&yaml);
    let summary: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 3, "{summary:#?}");
    assert!(summary[0].starts_with("test.yaml:5:20: [estimated_minutes] Verkeerd soort waarde"), "{summary:#?}");
    assert!(
        summary[1].starts_with("test.yaml:35:9: [sections[0].questions[1].weight] Verkeerd soort waarde"),
        "{summary:#?}"
    );
    assert!(summary[2].contains("[sections[1].questions[0].visible_if.question]"), "{summary:#?}");
    assert!(summary[2].contains("vraag `q99`, maar die bestaat niet"), "{summary:#?}");
}

#[test]
fn a_value_set_aside_causes_no_problems_of_its_own() {
    // An unknown question type: the question's other fields are not checked against a guess.
    let found = problems(&variant("        type: scale\n", "        type: slider\n"));
    assert_eq!(found.len(), 1, "{found:#?}");
    // A text where a list of principles belongs: the principle is not "unscored" because of it.
    let found = problems(&variant(
        "        scores_on: [transparantie]\n        weight: 2",
        "        scores_on: transparantie\n        weight: 2",
    ));
    assert_eq!(found.len(), 1, "{found:#?}");
    // A scale maximum that is no number: the option scores are not "outside the scale".
    let found = problems(&variant("scale: { min: 0, max: 4 }", "scale: { min: 0, max: vier }"));
    assert_eq!(found.len(), 1, "{found:#?}");
    // A missing list of principles: the references to them are not reported as well.
    let found = problems(&BASE.replace("principles:\n  - id: onafhankelijkheid\n    label: Onafhankelijkheid\n  - id: transparantie\n    label: Transparantie\n", ""));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains("`principles`"), "{found:#?}");
}

#[test]
fn misspelt_fields_are_all_reported_with_their_lines() {
    let yaml = variant("        visible_if: {", "        visble_if: {")
        .replace("        allow_na: true\n", "        allow_nvt: true\n");
    let problems = problems(&yaml);
    let places: Vec<_> = problems.iter().map(|p| (p.line, p.message.split('.').next().unwrap().to_owned())).collect();
    assert_eq!(
        places,
        [(Some(29), "Onbekend veld `allow_nvt`".to_owned()), (Some(57), "Onbekend veld `visble_if`".to_owned())],
    );
}

#[test]
fn a_colon_in_unquoted_text() {
    let problems = problems(&variant("        text: Wat is er?\n", "        text: Let op: dit is fout: echt\n"));
    assert!(problems[0].message.contains("dubbele punt"), "{:?}", problems[0]);
    assert_eq!(problems[0].line, Some(56));
}

#[test]
fn a_tab_for_indentation() {
    let problems = problems(&variant("        text: Opmerkingen?\n", "\ttext: Opmerkingen?\n"));
    assert!(problems[0].line.is_some());
    assert!(problems[0].message.contains("tab") || problems[0].message.contains("YAML"), "{:?}", problems[0]);
}

#[test]
fn an_empty_file() {
    let problems = problems("  \n");
    assert!(problems[0].message.contains("leeg"));
}

#[test]
fn a_file_that_is_not_a_mapping() {
    let problems = problems("- een\n- twee\n");
    assert!(problems[0].message.contains("Verkeerd soort waarde"), "{:?}", problems[0]);
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let huge = format!("{BASE}# {}\n", "x".repeat(3 * 1024 * 1024));
    let problems = problems(&huge);
    assert!(problems[0].message.contains("het maximum is 2 MB"), "{:?}", problems[0]);
    assert!(problems[0].is_whole_file(), "not at line 1, column 1: {:?}", problems[0]);
}

#[test]
fn problems_display_as_file_line_column() {
    let problems = problems(&variant("        visible_if: {", "        visble_if: {"));
    let shown = problems[0].to_string();
    assert!(shown.starts_with("test.yaml:57:9: [sections[1].questions[0]] Onbekend veld"), "{shown}");
    assert_eq!(problems[0].position().as_deref(), Some("regel 57, kolom 9"));
}

#[test]
fn file_bytes_are_read_as_a_browser_reads_text() {
    use zelfevaluatie_wmo_toezicht::model::text_file::text_from_bytes;
    assert_eq!(text_from_bytes("vraag: één".as_bytes().to_vec()).unwrap(), "vraag: één");
    assert_eq!(text_from_bytes("\u{feff}id: a".as_bytes().to_vec()).unwrap(), "id: a", "a byte order mark is dropped");
    assert_eq!(
        text_from_bytes("\u{feff}\u{feff}id".as_bytes().to_vec()).unwrap(),
        "\u{feff}id",
        "only the leading mark: a second one is text"
    );
    assert_eq!(text_from_bytes(Vec::new()).unwrap(), "");
}

#[test]
fn a_file_that_is_not_utf8_text_is_refused_with_a_dutch_message() {
    use zelfevaluatie_wmo_toezicht::model::text_file::{text_from_bytes, FileRefusal};
    // Latin-1 é (0xE9) from an old editor, on line 2 after "caf".
    let refusal = text_from_bytes(b"id: a\ncaf\xe9: ja\n".to_vec()).unwrap_err();
    assert_eq!(refusal, FileRefusal::NotUtf8 { line: 2, column: 4 });
    let problem = refusal.problem("oud.yaml");
    assert_eq!((problem.line, problem.column), (Some(2), Some(4)));
    assert!(problem.message.starts_with("Het bestand is geen UTF-8-tekstbestand"), "{problem:?}");
    // A Word document, a PDF, an image: binary data.
    let refusal = text_from_bytes(b"PK\x03\x04\x14\x00\x06\x00".to_vec()).unwrap_err();
    assert_eq!(refusal, FileRefusal::Binary);
    assert!(refusal.message().starts_with("Het bestand is geen tekstbestand"), "{}", refusal.message());
    // Said where an evaluation (JSON) or a questionnaire (YAML) was chosen: it names which is which.
    assert!(refusal.message().ends_with("een evaluatie is een JSON-bestand, een vragenlijst een YAML-bestand."));
    assert!(refusal.problem("x.yaml").is_whole_file());
    // Windows' "Unicode" (UTF-16) has NUL bytes too, but says what to do about it.
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain("id: a".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    assert_eq!(text_from_bytes(utf16).unwrap_err(), FileRefusal::Utf16);
    assert!(FileRefusal::Utf16.message().contains("UTF-8"));
}

#[test]
fn a_file_over_the_limit_is_refused_once_with_one_message() {
    use zelfevaluatie_wmo_toezicht::model::text_file::{check_size, text_from_bytes, FileRefusal, MAX_FILE_BYTES};
    assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    let refusal = check_size(MAX_FILE_BYTES + 1).unwrap_err();
    assert_eq!(refusal, FileRefusal::TooLarge { bytes: MAX_FILE_BYTES + 1 });
    assert_eq!(text_from_bytes(vec![b'a'; MAX_FILE_BYTES + 1]).unwrap_err(), refusal);
    let message = FileRefusal::TooLarge { bytes: 5 * 1024 * 1024 + 300 * 1024 }.message();
    assert!(message.starts_with("Het bestand is 5,2 MB; het maximum is 2 MB."), "{message}");
    assert!(!message.contains('\''), "the message does not quote a file name: {message}");
}

#[test]
fn after_fifty_shape_problems_the_file_says_where_the_check_stopped() {
    // Sixty questions whose weight is a word: a shape problem each.
    let extra: String = (1..=60)
        .map(|i| format!("      - {{ id: extra{i}, type: single_choice, text: Vraag {i}?, scores_on: [onafhankelijkheid], answer_set: jn, weight: zwaar }}\n"))
        .collect();
    let yaml = variant("    title: Een\n    questions:\n", &format!("    title: Een\n    questions:\n{extra}"));
    let first_extra_line = yaml.lines().position(|l| l.contains("id: extra1,")).unwrap() + 1;
    let problems = problems(&yaml);
    assert_eq!(problems.len(), 51, "{problems:#?}");
    let last = problems.last().unwrap();
    assert!(
        last.message.contains("meer dan 50 van zulke problemen; vanaf hier is het niet verder gecontroleerd"),
        "{last:?}"
    );
    // At the first weight not reported, so the editor knows what is still unchecked.
    assert_eq!(last.line, Some(first_extra_line + 50), "{last:?}");
    assert!(last.column.is_some(), "{last:?}");
    assert!(
        problems[..50].iter().all(|p| p.line.is_some() && p.message.contains("Verkeerd soort waarde")),
        "{problems:#?}"
    );
}
