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
    assert!(problem.message.contains("(YAML:"), "keeps the original for experts: {problem:?}");
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
    assert!(problems[0].message.contains("het maximum is"), "{:?}", problems[0]);
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
    use zelfevaluatie_wmo_toezicht::model::load::text_from_bytes;
    assert_eq!(text_from_bytes("vraag: één".as_bytes().to_vec()), "vraag: één");
    assert_eq!(text_from_bytes("\u{feff}id: a".as_bytes().to_vec()), "id: a", "a byte order mark is dropped");
    assert_eq!(
        text_from_bytes("\u{feff}\u{feff}id".as_bytes().to_vec()),
        "\u{feff}id",
        "only the leading mark: a second one is text"
    );
    // Latin-1 é (0xE9) from an old editor: not UTF-8, shown as U+FFFD where it was.
    assert_eq!(text_from_bytes(b"caf\xe9: ja\n".to_vec()), "caf\u{fffd}: ja\n");
    assert_eq!(text_from_bytes(Vec::new()), "");
}
