//! The regional verbeterplan's downloads: the same documents, Markdown and CSV as a municipal
//! plan, about the region. Built from the overview as the user sees it (`region_view`), so with
//! "Anoniem delen" on no member is named, and the files' properties carry only the region's name
//! and, if given, the plan's author.

use super::labels::{spread_cells, SPREAD_COLUMNS};
use super::{Region, RegionOverview};
use crate::model::document::Table;
use crate::model::export::csv::plan_csv;
use crate::model::export::markdown::plan_markdown_of;
use crate::model::export::plan_document::{meta, plan_document_of, PlanSubject};
use crate::model::export::{file_name_for, DocumentFormat, Download};
use crate::model::plan::PlanRow;
use crate::model::questionnaire::Questionnaire;
use crate::model::text::{count, dutch_date, single_line};

/// "Regionaal verbeterplan Wmo-toezicht – GGD regio Utrecht".
pub fn region_plan_title(region: &Region) -> String {
    format!("Regionaal verbeterplan Wmo-toezicht – {}", single_line(&region.name))
}

/// The title page and the state of the region for the plan's documents.
pub fn region_plan_subject(
    questionnaire: &Questionnaire,
    region: &Region,
    overview: &RegionOverview,
    today: &str,
) -> PlanSubject {
    let details = &region.plan.details;
    let members = overview.members.len();
    let mut title_lines = vec![
        format!(
            "{} (versie {}) · {}",
            questionnaire.title,
            questionnaire.version,
            count(members, "gemeente", "gemeenten")
        ),
        format!("Datum: {}", dutch_date(details.date_or(today))),
    ];
    if let Some(audience) = details.audience {
        title_lines.push(format!("Voor: {}", audience.label()));
    }
    if !details.version.trim().is_empty() {
        title_lines.push(format!("Versie: {}", single_line(&details.version)));
    }
    if !details.author.trim().is_empty() {
        title_lines.push(format!("Opgesteld door: {}", single_line(&details.author)));
    }
    let title = region_plan_title(region);
    PlanSubject {
        title_lines,
        summary: details.summary.clone(),
        standing: Table {
            caption: "Score per principe in de regio".to_owned(),
            header: std::iter::once("Principe").chain(SPREAD_COLUMNS).map(str::to_owned).collect(),
            rows: overview
                .principles
                .iter()
                .zip(&overview.principle_spreads)
                .map(|(principle, spread)| {
                    std::iter::once(principle.label.clone())
                        .chain(spread_cells(overview, spread.as_ref(), members))
                        .collect()
                })
                .collect(),
            column_widths: vec![3, 1, 2, 2, 2, 2],
        },
        standing_note: format!(
            "Over {}; gemeenten zonder score tellen niet mee. De aanleiding van elke actie zegt in hoeveel gemeenten zij geldt.",
            count(members, "gemeente", "gemeenten")
        ),
        today: today.to_owned(),
        meta: meta(title.clone(), "Regionaal verbeterplan", questionnaire, details, today),
        title,
    }
}

/// What the regional plan offers for download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionPlanDownload {
    Plan(DocumentFormat),
    Markdown,
    Csv,
}

impl RegionPlanDownload {
    /// The file; `rows` is the whole plan, `shown` what the overview shows.
    pub fn make(self, region: &Region, subject: &PlanSubject, rows: &[PlanRow], shown: &[PlanRow]) -> Download {
        let name = |extension: &str| file_name_for("regionaal-verbeterplan", &region.name, &subject.today, extension);
        match self {
            RegionPlanDownload::Plan(format) => {
                format.write_document(name(format.extension()), &plan_document_of(subject, rows))
            }
            RegionPlanDownload::Markdown => {
                Download::text(name("md"), "text/markdown;charset=utf-8", plan_markdown_of(subject, rows))
            }
            RegionPlanDownload::Csv => {
                Download::text(name("csv"), "text/csv;charset=utf-8", plan_csv(shown, &subject.today))
            }
        }
    }
}
