//! The verbeterplan and the rapport as documents: their XML against golden files, and what a
//! reader finds in them (the included actions per period with owner, deadline and status, an
//! overdue action marked, the actions left out, the scores, the national comparison, every
//! answer, the sources). Rewrite the golden files after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --test plan_documents`, and review the diff.
#![cfg(not(target_arch = "wasm32"))]

#[path = "document_support/mod.rs"]
mod document_support;
mod support;

use document_support::{odf_text, read_zip, text_of, ODF_TEXT};
use support::*;
use zelfevaluatie_wmo_toezicht::model::document::{docx, odt, Block, Document};
use zelfevaluatie_wmo_toezicht::model::export::plan_document::plan_document;
use zelfevaluatie_wmo_toezicht::model::export::report_document::report_document;
use zelfevaluatie_wmo_toezicht::model::export::{DocumentFormat, ExportContext, PlanDownload};
use zelfevaluatie_wmo_toezicht::model::figures::{load_figures, FigureFile};
use zelfevaluatie_wmo_toezicht::model::plan::period::Period;
use zelfevaluatie_wmo_toezicht::model::plan::plan_rows;
use zelfevaluatie_wmo_toezicht::model::{score, Assessment, Questionnaire};

fn figures() -> FigureFile {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/cijfers/landelijke-cijfers.yaml");
    load_figures("landelijke-cijfers.yaml", &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Both documents of an evaluation, made on `date`.
fn documents(q: &Questionnaire, a: &Assessment, figures: Option<&FigureFile>, date: &str) -> (Document, Document) {
    let report = score(q, &a.answers);
    let rows = plan_rows(q, &a.answers, &a.plan);
    let context = ExportContext { questionnaire: q, assessment: a, report: &report, figures, date };
    (plan_document(&context, &rows), report_document(&context, &rows))
}

/// The document's text as LibreOffice would read it from the .odt, paragraph by paragraph.
fn odt_paragraphs(document: &Document) -> Vec<String> {
    let bytes = odt(document);
    let entries = read_zip(&bytes);
    let xml = text_of(&entries, "content.xml").to_owned();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|n| {
            n.is_element() && n.tag_name().namespace() == Some(ODF_TEXT) && ["p", "h"].contains(&n.tag_name().name())
        })
        .map(odf_text)
        .collect()
}

fn headings(document: &Document) -> Vec<(u8, String)> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } => Some((level.number(), text.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn the_documents_match_their_golden_files() {
    let (plan, report) = documents(&snelle_scan(), &filled_snelle_scan(), Some(&figures()), "2026-11-23");
    for (name, document) in [("verbeterplan", &plan), ("rapport", &report)] {
        let word = docx(document);
        golden(&format!("documents/{name}-document.xml"), text_of(&read_zip(&word), "word/document.xml"));
        let open = odt(document);
        golden(&format!("documents/{name}-content.xml"), text_of(&read_zip(&open), "content.xml"));
    }
}

#[test]
fn the_plan_lists_the_included_actions_per_period_and_the_rest_apart() {
    let (plan, _) = documents(&snelle_scan(), &filled_snelle_scan(), None, "2026-11-23");
    let text = odt_paragraphs(&plan);
    let has = |needle: &str| text.iter().any(|p| p.contains(needle));
    // Title page: what, for whom, which evaluation, when.
    assert_eq!(text[0], "Verbeterplan Wmo-toezicht – Gemeente Súdwest-Fryslân");
    assert!(has("Snelle scan 2026 · Snelle scan Wmo-toezicht (voorbeeld) (versie 2026.2.0)"));
    assert!(has("Datum: 23-11-2026") && has("Voor: het college van burgemeester en wethouders") && has("Versie: 0.9"));
    assert!(has("Dit plan zegt wat we in 2027 doen."), "the summary, as typed");
    let periods: Vec<String> =
        headings(&plan).into_iter().filter(|(level, _)| *level == 2).map(|(_, text)| text).collect();
    assert_eq!(periods, ["2027 (heel het jaar)", "2027 K1", "Nog zonder periode"], "in time order, unplanned last");
    assert!(has("Leg de aanwijzing van de toezichthouder vast") && has("Team Wmo") && has("31-03-2027"));
    assert!(!has("(verstreken)"), "not overdue on 23-11-2026");
    assert!(has("Niet opgenomen") && has("Maak toezichtrapporten standaard openbaar (Middel)"));
    let (later, _) = documents(&snelle_scan(), &filled_snelle_scan(), None, "2027-04-01");
    assert!(odt_paragraphs(&later).iter().any(|p| p.contains("31-03-2027 (verstreken)")), "overdue is marked");
    let mut early = filled_snelle_scan();
    early.plan.recommendations.get_mut("aanwijzing-vastleggen").unwrap().period = Period::quarter(2027, 2);
    let (plan, _) = documents(&snelle_scan(), &early, None, "2026-11-23");
    assert!(
        odt_paragraphs(&plan).iter().any(|p| p.contains("31-03-2027 (ligt vóór de periode)")),
        "a deadline before its period is marked, as on the plan page"
    );
}

#[test]
fn the_report_holds_scores_comparison_plan_answers_and_sources() {
    let q = shipped("keuzehulp-wmo-toezicht.yaml");
    let mut a = Assessment::new("k", "Keuzehulp 2026", &q.id, &q.version, "2026-11-23T10:00:00Z");
    a.municipality = "Gemeente Voorbeeld".into();
    for (_, question) in q.questions().filter(|(_, q)| !q.figures.is_empty()) {
        let first = q.options_of(question).first().map(|o| o.id.clone());
        if let Some(option) = first {
            a.answers
                .insert(question.id.clone(), answer(zelfevaluatie_wmo_toezicht::model::AnswerValue::Choice(option)));
        }
    }
    let (_, report) = documents(&q, &a, Some(&figures()), "2026-11-23");
    let chapters: Vec<String> =
        headings(&report).into_iter().filter(|(level, _)| *level == 1).map(|(_, text)| text).collect();
    assert_eq!(
        chapters,
        [
            "Score per principe",
            "Score per onderdeel",
            "Vergelijking met het landelijk beeld",
            "Verbeterplan",
            "Bijlage: alle antwoorden",
            "Bronnen"
        ]
    );
    let image = report.blocks.iter().find_map(|b| match b {
        Block::Image(image) => Some(image),
        _ => None,
    });
    let image = image.expect("the chart as an image");
    assert!(image.alt.starts_with("Staafdiagram van de score per principe: Onafhankelijkheid "), "{}", image.alt);
    let text = odt_paragraphs(&report);
    let has = |needle: &str| text.iter().any(|p| p.contains(needle));
    let figure = figures().figures.into_iter().find(|f| f.verified).unwrap();
    assert!(has(&figure.source.label) && has(&figure.year.to_string()), "a figure with its source and year");
    assert!(has("Uw antwoord: "));
    assert!(has("Antwoord: Niet beantwoord"), "the appendix lists unanswered questions too");
    let cited = zelfevaluatie_wmo_toezicht::model::questionnaire::cited_sources([&q]);
    assert!(has(&cited[0].label), "the sources are listed");
    assert!(headings(&report).iter().any(|(level, text)| *level == 2 && text == "Acties per periode"));
}

#[test]
fn the_properties_name_the_plan_and_nobody_who_did_not_sign_it() {
    let (plan, report) = documents(&snelle_scan(), &filled_snelle_scan(), None, "2026-11-23");
    assert_eq!(plan.meta.title, "Verbeterplan Wmo-toezicht – Gemeente Súdwest-Fryslân");
    assert_eq!(plan.meta.subject, "Verbeterplan bij Snelle scan Wmo-toezicht (voorbeeld)");
    assert_eq!(report.meta.subject, "Rapport bij Snelle scan Wmo-toezicht (voorbeeld)");
    assert_eq!(plan.meta.author, None, "no author given, none written");
    let mut signed = filled_snelle_scan();
    signed.plan.details.author = "  Team\tToezicht ".into();
    signed.plan.details.date = "2026-12-15".into();
    let (plan, _) = documents(&snelle_scan(), &signed, None, "2026-11-23");
    assert_eq!(plan.meta.author.as_deref(), Some("Team Toezicht"));
    assert_eq!(plan.meta.date, "2026-12-15", "the plan's own date");
}

#[test]
fn awkward_text_survives_into_both_formats() {
    let mut a = filled_snelle_scan();
    let title = "Raad <&> \"quotes\" 'apostrof'\tmet tab 🎯";
    a.plan.own[0].title = title.into();
    let note = "lang ".repeat(1000);
    a.plan.own[0].edits.note = note.clone();
    let (plan, _) = documents(&snelle_scan(), &a, None, "2026-11-23");
    let text = odt_paragraphs(&plan);
    assert!(text.iter().any(|p| p == &format!("6. {title}")), "the title exactly, numbered, as a heading");
    assert!(text.iter().any(|p| p.contains(note.trim())), "a 5,000-character note, whole");
    let word = docx(&plan);
    let xml = text_of(&read_zip(&word), "word/document.xml").to_owned();
    roxmltree::Document::parse(&xml).expect("well-formed");
    assert!(xml.contains("🎯") && xml.contains("&lt;&amp;&gt;"));
}

#[test]
fn the_plan_page_offers_both_documents_in_both_formats() {
    let q = snelle_scan();
    let a = filled_snelle_scan();
    let report = score(&q, &a.answers);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let context =
        ExportContext { questionnaire: &q, assessment: &a, report: &report, figures: None, date: "2026-11-23" };
    let names: Vec<String> = [
        PlanDownload::Plan(DocumentFormat::Word),
        PlanDownload::Plan(DocumentFormat::OpenDocument),
        PlanDownload::Report(DocumentFormat::Word),
        PlanDownload::Report(DocumentFormat::OpenDocument),
    ]
    .into_iter()
    .map(|kind| {
        let file = kind.make(&context, &rows, &rows).unwrap();
        assert!(file.content.starts_with(b"PK"), "{}: a zip", file.file_name);
        read_zip(&file.content);
        file.file_name
    })
    .collect();
    assert_eq!(
        names,
        [
            "verbeterplan-gemeente-sudwest-fryslan-2026-11-23.docx",
            "verbeterplan-gemeente-sudwest-fryslan-2026-11-23.odt",
            "rapport-gemeente-sudwest-fryslan-2026-11-23.docx",
            "rapport-gemeente-sudwest-fryslan-2026-11-23.odt"
        ]
    );
}
