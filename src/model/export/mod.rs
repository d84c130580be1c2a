//! Downloads generated in the browser: the verbeterplan and the full rapport as Word and
//! OpenDocument, the plan as Markdown and CSV, the answers as Markdown, the evaluation as JSON;
//! and the titles and file names they share.
//!
//! [`markdown`] and [`csv`] write text; [`plan_document`] and [`report_document`] describe the
//! two documents that `model::document` writes as `.docx` and `.odt`.

pub mod csv;
pub mod markdown;
pub mod plan_document;
pub mod report_document;

use super::assessment::Assessment;
use super::document::{docx, odt, Document, DOCX_MIME_TYPE, ODT_MIME_TYPE};
use super::figures::FigureFile;
use super::overview::SectionAnswers;
use super::plan::PlanRow;
use super::questionnaire::Questionnaire;
use super::scoring::ScoreReport;
use super::text::{dutch_date, single_line};

/// What goes into every export besides the plan itself.
pub struct ExportContext<'a> {
    pub questionnaire: &'a Questionnaire,
    pub assessment: &'a Assessment,
    pub report: &'a ScoreReport,
    /// National figures, for the rapport's comparison; `None` when they could not be loaded.
    pub figures: Option<&'a FigureFile>,
    /// The date of the export as `YYYY-MM-DD` (the user's local date).
    pub date: &'a str,
}

/// A file the app offers for download, made here in the browser: its name, type and content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub file_name: String,
    pub mime: &'static str,
    pub content: Vec<u8>,
}

impl Download {
    pub fn text(file_name: String, mime: &'static str, content: String) -> Download {
        Download { file_name, mime, content: content.into_bytes() }
    }
}

/// The two document formats: Word for the college and raad templates, OpenDocument because it is
/// the open standard Dutch municipalities must use for revisable documents ("pas toe of leg uit").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentFormat {
    Word,
    OpenDocument,
}

impl DocumentFormat {
    pub fn label(self) -> &'static str {
        match self {
            DocumentFormat::Word => "Word",
            DocumentFormat::OpenDocument => "OpenDocument",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            DocumentFormat::Word => "docx",
            DocumentFormat::OpenDocument => "odt",
        }
    }

    /// The document in this format, as a file called `file_name`.
    pub fn write_document(self, file_name: String, document: &Document) -> Download {
        let (mime, content) = match self {
            DocumentFormat::Word => (DOCX_MIME_TYPE, docx(document)),
            DocumentFormat::OpenDocument => (ODT_MIME_TYPE, odt(document)),
        };
        Download { file_name, mime, content }
    }

    fn write(self, kind: &str, context: &ExportContext, document: &Document) -> Download {
        self.write_document(file_name(kind, context.assessment, context.date, self.extension()), document)
    }
}

/// What the plan page offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanDownload {
    /// The verbeterplan as a document to carry on with.
    Plan(DocumentFormat),
    /// Results, plan, all answers and sources in one document.
    Report(DocumentFormat),
    /// The plan as Markdown, to paste into a memo.
    Markdown,
    /// The actions the overview shows, as CSV for Dutch Excel (a tracker).
    Csv,
    /// The whole evaluation as JSON, to import elsewhere.
    Evaluation,
}

impl PlanDownload {
    /// The file; `rows` is the whole plan, `shown` what the overview shows (its filter applied).
    /// Only the evaluation's JSON can fail (see `Assessment::to_json`).
    pub fn make(self, context: &ExportContext, rows: &[PlanRow], shown: &[PlanRow]) -> Result<Download, String> {
        let ExportContext { assessment, date, .. } = context;
        Ok(match self {
            PlanDownload::Plan(format) => {
                format.write("verbeterplan", context, &plan_document::plan_document(context, rows))
            }
            PlanDownload::Report(format) => {
                format.write("rapport", context, &report_document::report_document(context, rows))
            }
            PlanDownload::Markdown => Download::text(
                file_name("verbeterplan", assessment, date, "md"),
                MARKDOWN,
                markdown::plan_markdown(context, rows),
            ),
            PlanDownload::Csv => Download::text(
                file_name("verbeterplan", assessment, date, "csv"),
                "text/csv;charset=utf-8",
                csv::plan_csv(shown, date),
            ),
            PlanDownload::Evaluation => evaluation_download(assessment, date)?,
        })
    }
}

const MARKDOWN: &str = "text/markdown;charset=utf-8";

/// The whole evaluation as the JSON file a colleague imports.
pub fn evaluation_download(assessment: &Assessment, date: &str) -> Result<Download, String> {
    let json = assessment.to_pretty_json()?;
    Ok(Download::text(file_name("evaluatie", assessment, date, "json"), "application/json", json))
}

/// Every answer as Markdown (see [`markdown::answers_markdown`]).
pub fn answers_download(context: &ExportContext, sections: &[SectionAnswers]) -> Download {
    Download::text(
        file_name("antwoorden", context.assessment, context.date, "md"),
        MARKDOWN,
        markdown::answers_markdown(context, sections),
    )
}

/// A file-name-safe slug: lower case, accents dropped, anything else becomes a dash.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if plain != '-' || !out.ends_with('-') {
            out.push(plain);
        }
    }
    out.trim_matches('-').chars().take(60).collect::<String>().trim_end_matches('-').to_owned()
}

/// e.g. `verbeterplan-gemeente-voorbeeld-2026-11-23.csv`: the municipality (or else the
/// evaluation's name) and the date, so downloads from different evaluations do not collide.
pub fn file_name(kind: &str, assessment: &Assessment, date: &str, extension: &str) -> String {
    let who = if assessment.municipality.trim().is_empty() { &assessment.name } else { &assessment.municipality };
    file_name_for(kind, who, date, extension)
}

/// `kind-who-date.extension`, with `who` as a slug (left out when nothing of it is left).
pub fn file_name_for(kind: &str, who: &str, date: &str, extension: &str) -> String {
    let who = slug(who);
    if who.is_empty() {
        format!("{kind}-{date}.{extension}")
    } else {
        format!("{kind}-{who}-{date}.{extension}")
    }
}

/// The plan's title, with the municipality when there is one; plain text (the Markdown, the
/// printed plan, the documents).
pub fn plan_title(assessment: &Assessment) -> String {
    with_municipality("Verbeterplan Wmo-toezicht", assessment)
}

/// The title of the printed results.
pub fn results_title(assessment: &Assessment) -> String {
    with_municipality("Resultaten zelfevaluatie Wmo-toezicht", assessment)
}

/// The title of the rapport document.
pub fn report_title(assessment: &Assessment) -> String {
    with_municipality("Rapport zelfevaluatie Wmo-toezicht", assessment)
}

/// The title of the printed overview of cases (casus mode).
pub fn cases_title(assessment: &Assessment) -> String {
    with_municipality("Overzicht van de casussen", assessment)
}

/// The title of the list of answers, on paper and in its Markdown.
pub fn answers_title(assessment: &Assessment) -> String {
    with_municipality("Antwoorden zelfevaluatie Wmo-toezicht", assessment)
}

fn with_municipality(title: &str, assessment: &Assessment) -> String {
    let municipality = single_line(&assessment.municipality);
    if municipality.is_empty() {
        title.to_owned()
    } else {
        format!("{title} – {municipality}")
    }
}

/// Which evaluation, of which questionnaire: "Snelle scan 2026 · Snelle scan … (versie 2026.1.0)".
pub fn evaluation_line(questionnaire: &Questionnaire, assessment: &Assessment) -> String {
    format!("{} · {} (versie {})", single_line(&assessment.name), questionnaire.title, questionnaire.version)
}

/// When the plan was drawn up, from a `YYYY-MM-DD` date, and with what.
pub fn drawn_up_on(date: &str) -> String {
    format!("Opgesteld op {} met de Zelfevaluatie Wmo-toezicht.", dutch_date(date))
}

/// The lines under a document's title: which evaluation, the date, and the plan's details
/// (for whom, version, author) where the user gave them.
pub fn title_page_lines(context: &ExportContext) -> Vec<String> {
    let details = &context.assessment.plan.details;
    let mut lines = vec![
        evaluation_line(context.questionnaire, context.assessment),
        format!("Datum: {}", dutch_date(details.date_or(context.date))),
    ];
    if let Some(audience) = details.audience {
        lines.push(format!("Voor: {}", audience.label()));
    }
    if !details.version.trim().is_empty() {
        lines.push(format!("Versie: {}", single_line(&details.version)));
    }
    if !details.author.trim().is_empty() {
        lines.push(format!("Opgesteld door: {}", single_line(&details.author)));
    }
    lines
}
