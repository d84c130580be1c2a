//! The regional verbeterplan's downloads: the same documents, Markdown and CSV as a municipal
//! plan, about the region, and with "Anoniem delen" on without a single member's name, also not
//! in the files' properties.
#![cfg(not(target_arch = "wasm32"))]

#[path = "document_support/mod.rs"]
mod document_support;
#[path = "support/generated_evaluations.rs"]
mod generated_evaluations;
mod support;

use document_support::read_zip;
use generated_evaluations::generate_files;
use zelfevaluatie_wmo_toezicht::model::export::DocumentFormat;
use zelfevaluatie_wmo_toezicht::model::region::export::{region_plan_subject, RegionPlanDownload};
use zelfevaluatie_wmo_toezicht::model::region::{region_plan_rows, region_view, Region};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn region(anonymous: bool) -> (zelfevaluatie_wmo_toezicht::model::Questionnaire, Region, Vec<String>) {
    let q = support::shipped("keuzehulp-wmo-toezicht.yaml");
    let files = generate_files(&q, 12, std::slice::from_ref(&q.version), 7);
    let mut region = Region::new("r", "GGD regio Voorbeeld", &q, NOW, 5);
    region.import_files(Some(&q), files, NOW);
    region.anonymous = anonymous;
    region.plan.details.summary = "Samen pakken we het toezicht aan.".into();
    region.plan.details.author = "Coördinator toezicht".into();
    let names = region.members.iter().map(|m| m.municipality.clone()).collect();
    (q, region, names)
}

fn all_files(anonymous: bool) -> (Vec<String>, Vec<String>) {
    let (q, region, names) = region(anonymous);
    let view = region_view(&q, &region);
    let subject = region_plan_subject(&q, &region, &view, "2026-12-01");
    let rows = region_plan_rows(&q, &region);
    let texts = [
        RegionPlanDownload::Plan(DocumentFormat::Word),
        RegionPlanDownload::Plan(DocumentFormat::OpenDocument),
        RegionPlanDownload::Markdown,
        RegionPlanDownload::Csv,
    ]
    .into_iter()
    .map(|kind| {
        let file = kind.make(&region, &subject, &rows, &rows);
        assert!(
            file.file_name.starts_with("regionaal-verbeterplan-ggd-regio-voorbeeld-2026-12-01."),
            "{}",
            file.file_name
        );
        if file.content.starts_with(b"PK") {
            // Every part of the package, properties included.
            read_zip(&file.content)
                .iter()
                .map(|e| String::from_utf8_lossy(&e.data).into_owned())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            String::from_utf8(file.content).unwrap()
        }
    })
    .collect();
    (texts, names)
}

#[test]
fn the_regional_plan_downloads_are_about_the_region() {
    let (texts, _) = all_files(false);
    for text in &texts {
        assert!(
            text.contains("Regionaal verbeterplan Wmo-toezicht – GGD regio Voorbeeld") || text.contains("Actie"),
            "title"
        );
    }
    let markdown = &texts[2];
    assert!(markdown.contains("12 gemeenten"), "{markdown}");
    assert!(markdown.contains("Samen pakken we het toezicht aan."));
    assert!(markdown.contains("| Principe | Mediaan |"), "the region's medians, not one score");
    assert!(markdown.contains("(geldt in "), "each action says in how many municipalities it applies");
    let word = &texts[0];
    assert!(word.contains("<dc:title>Regionaal verbeterplan Wmo-toezicht – GGD regio Voorbeeld</dc:title>"));
    assert!(word.contains("Coördinator toezicht"), "the plan's own author, as typed");
}

#[test]
fn anonymous_downloads_name_no_member_anywhere() {
    let (texts, names) = all_files(true);
    assert!(names.len() == 12 && names.iter().all(|n| !n.is_empty()));
    for (text, kind) in texts.iter().zip(["docx", "odt", "md", "csv"]) {
        for name in &names {
            assert!(!text.contains(name.as_str()), "{kind} names {name}");
        }
    }
    // The plan is about the region: also with names shown, it lists no member.
    let (named, names) = all_files(false);
    for text in &named {
        for name in &names {
            assert!(!text.contains(name.as_str()), "the plan is about the region, not about members: {name}");
        }
    }
}
