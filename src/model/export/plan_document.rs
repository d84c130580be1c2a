//! The verbeterplan as a document to carry on with in Word or LibreOffice: a title page, the
//! plan's summary, where the municipality stands, the included actions per period (an overview
//! table, then every action with owner, deadline, status and note; an overdue action marked) and
//! the actions not included.

use super::{plan_title, title_page_lines, ExportContext};
use crate::model::document::{Block, Document, DocumentMeta, HeadingLevel, Span, Table};
use crate::model::plan::views::roadmap;
use crate::model::plan::PlanRow;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::score_row;
use crate::model::text::single_line;

/// Whose plan a document is, and what its title page and "Stand van zaken" say: one
/// municipality's evaluation ([`PlanSubject::of_evaluation`]) or a region
/// (`model::region::export`). The plan's rows come separately.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSubject {
    pub title: String,
    /// The lines under the title: what it is about, the date, for whom, version, author.
    pub title_lines: Vec<String>,
    /// The plan's summary, as typed.
    pub summary: String,
    /// Where things stand: the scores per principle.
    pub standing: Table,
    /// The sentence under that table.
    pub standing_note: String,
    /// `YYYY-MM-DD`: what deadlines are checked against.
    pub today: String,
    /// The file's properties.
    pub meta: DocumentMeta,
}

impl PlanSubject {
    pub fn of_evaluation(context: &ExportContext) -> PlanSubject {
        let title = plan_title(context.assessment);
        let progress = context.report.progress;
        PlanSubject {
            title_lines: title_page_lines(context),
            summary: context.assessment.plan.details.summary.clone(),
            standing: principle_table(context),
            standing_note: format!(
                "Beantwoord: {} van {} vragen. De score telt alleen beantwoorde vragen; 'niet van toepassing' telt niet mee.",
                progress.done, progress.visible
            ),
            today: context.date.to_owned(),
            meta: meta(title.clone(), "Verbeterplan", context.questionnaire, &context.assessment.plan.details, context.date),
            title,
        }
    }
}

pub fn plan_document(context: &ExportContext, rows: &[PlanRow]) -> Document {
    plan_document_of(&PlanSubject::of_evaluation(context), rows)
}

/// The plan of any subject as a document of its own.
pub fn plan_document_of(subject: &PlanSubject, rows: &[PlanRow]) -> Document {
    let mut blocks = title_page(&subject.title, &subject.title_lines);
    blocks.extend(plan_body(subject, rows, Depth::Document));
    Document { meta: subject.meta.clone(), blocks }
}

/// Where the plan sits: as a document of its own (sections are Heading 1), or as a chapter of
/// the rapport (sections are Heading 2, and actions bold paragraphs instead of headings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Depth {
    Document,
    Chapter,
}

/// The file's properties: title and subject, the plan's author if given, and no name of anyone
/// else.
pub fn meta(
    title: String,
    kind: &str,
    questionnaire: &Questionnaire,
    details: &crate::model::plan::details::PlanDetails,
    today: &str,
) -> DocumentMeta {
    DocumentMeta {
        subject: format!("{kind} bij {}", questionnaire.title),
        title,
        author: Some(single_line(&details.author)).filter(|a| !a.is_empty()),
        date: details.date_or(today).to_owned(),
    }
}

pub(super) fn title_page(title: &str, lines: &[String]) -> Vec<Block> {
    let mut blocks = vec![Block::Title(title.to_owned())];
    blocks.extend(lines.iter().cloned().map(Block::Subtitle));
    blocks.push(Block::PageBreak);
    blocks
}

/// Paragraphs as typed, split on blank lines; a single line break stays a line break.
pub(super) fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(Block::text).collect()
}

/// The score per principle as a table, the same numbers as the results page.
pub(super) fn principle_table(context: &ExportContext) -> Table {
    Table {
        caption: "Score per principe".to_owned(),
        header: ["Principe", "Score", "Niveau", "Beantwoord", "Niet van toepassing"].map(str::to_owned).to_vec(),
        rows: context
            .report
            .principles
            .iter()
            .map(|p| std::iter::once(p.label.clone()).chain(score_row(p.percent, p.level.as_ref(), &p.tally)).collect())
            .collect(),
        column_widths: vec![3, 1, 2, 2, 2],
    }
}

pub(super) fn plan_body(subject: &PlanSubject, rows: &[PlanRow], depth: Depth) -> Vec<Block> {
    let (section, period_level) = match depth {
        Depth::Document => (HeadingLevel::One, HeadingLevel::Two),
        Depth::Chapter => (HeadingLevel::Two, HeadingLevel::Three),
    };
    let today = subject.today.as_str();
    let mut blocks = Vec::new();
    if !subject.summary.trim().is_empty() {
        blocks.push(Block::heading(section, "Samenvatting"));
        blocks.extend(paragraphs(&subject.summary));
    }
    if depth == Depth::Document {
        blocks.push(Block::heading(section, "Stand van zaken"));
        blocks.push(Block::Table(subject.standing.clone()));
        blocks.push(Block::text(subject.standing_note.clone()));
    }
    blocks.push(Block::heading(section, "Acties per periode"));
    let periods = roadmap(rows);
    if periods.is_empty() {
        blocks.push(Block::text("Er zijn geen acties opgenomen."));
    } else {
        blocks.push(Block::Table(Table {
            caption: "Opgenomen acties per periode".to_owned(),
            header: ["Periode", "Actie", "Prioriteit", "Eigenaar", "Deadline", "Status"].map(str::to_owned).to_vec(),
            rows: periods
                .iter()
                .flat_map(|p| p.rows.iter().map(move |row| (p.title(), row)))
                .map(|(period, row)| {
                    vec![
                        period,
                        row.numbered_title(),
                        row.priority().label().to_owned(),
                        single_line(&row.edits.owner),
                        deadline(row, today),
                        row.edits.status.label().to_owned(),
                    ]
                })
                .collect(),
            column_widths: vec![2, 5, 2, 2, 2, 2],
        }));
    }
    for period in &periods {
        blocks.push(Block::heading(period_level, period.title()));
        for row in &period.rows {
            blocks.extend(action(row, today, depth));
        }
    }
    let dropped: Vec<&PlanRow> = rows.iter().filter(|r| !r.edits.selected).collect();
    if !dropped.is_empty() {
        blocks.push(Block::heading(section, "Niet opgenomen"));
        blocks.push(Block::text(
            "Deze acties volgen ook uit de antwoorden, maar zijn voor nu niet in het plan opgenomen.",
        ));
        blocks.push(Block::BulletList(
            dropped.iter().map(|r| vec![Span::plain(format!("{} ({})", r.title, r.priority().label()))]).collect(),
        ));
    }
    blocks
}

/// "31-03-2027 (verstreken)" when the action is open past its deadline.
fn deadline(row: &PlanRow, today: &str) -> String {
    let label = if row.edits.deadline.is_empty() { String::new() } else { row.edits.deadline_label() };
    format!("{label}{}", row.edits.deadline_remarks(today))
}

fn action(row: &PlanRow, today: &str, depth: Depth) -> Vec<Block> {
    let title = match depth {
        Depth::Document => Block::heading(HeadingLevel::Three, row.numbered_title()),
        Depth::Chapter => Block::Paragraph(vec![Span::bold(row.numbered_title())]),
    };
    let mut blocks = vec![title, Block::text(row.meta_line())];
    if !row.text.trim().is_empty() {
        blocks.push(Block::text(row.text.trim()));
    }
    let edits = &row.edits;
    let field = |label: &str, value: String| vec![Span::bold(format!("{label}: ")), Span::plain(value)];
    let mut facts = vec![
        field("Eigenaar", crate::model::text::or_dash(&edits.owner)),
        field("Deadline", if edits.deadline.is_empty() { edits.deadline_label() } else { deadline(row, today) }),
        field("Status", edits.status.label().to_owned()),
    ];
    if !edits.note.trim().is_empty() {
        facts.push(field("Notitie", edits.note.trim().to_owned()));
    }
    blocks.push(Block::BulletList(facts));
    blocks
}
