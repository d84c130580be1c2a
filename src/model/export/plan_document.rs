//! The verbeterplan as a document to carry on with in Word or LibreOffice: a title page, the
//! plan's summary, where the municipality stands, the included actions per period (an overview
//! table, then every action with owner, deadline, status and note; an overdue action marked) and
//! the actions not included.

use super::{plan_title, title_page_lines, ExportContext};
use crate::model::document::{Block, Document, DocumentMeta, HeadingLevel, Span, Table};
use crate::model::plan::views::roadmap;
use crate::model::plan::PlanRow;
use crate::model::scoring::{level_label, percent_label};
use crate::model::text::single_line;

pub fn plan_document(context: &ExportContext, rows: &[PlanRow]) -> Document {
    let title = plan_title(context.assessment);
    let mut blocks = title_page(&title, context);
    blocks.extend(plan_body(context, rows, Depth::Document));
    Document { meta: meta(title, "Verbeterplan", context), blocks }
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
pub(super) fn meta(title: String, kind: &str, context: &ExportContext) -> DocumentMeta {
    let details = &context.assessment.plan.details;
    DocumentMeta {
        subject: format!("{kind} bij {}", context.questionnaire.title),
        title,
        author: Some(single_line(&details.author)).filter(|a| !a.is_empty()),
        date: details.date_or(context.date).to_owned(),
    }
}

pub(super) fn title_page(title: &str, context: &ExportContext) -> Vec<Block> {
    let mut blocks = vec![Block::Title(title.to_owned())];
    blocks.extend(title_page_lines(context).into_iter().map(Block::Subtitle));
    blocks.push(Block::PageBreak);
    blocks
}

/// Paragraphs as typed, split on blank lines; a single line break stays a line break.
pub(super) fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(Block::text).collect()
}

/// The score per principle as a table, the same numbers as the results page.
pub(super) fn principle_table(context: &ExportContext) -> Block {
    Block::Table(Table {
        caption: "Score per principe".to_owned(),
        header: ["Principe", "Score", "Niveau", "Beantwoord", "Niet van toepassing"].map(str::to_owned).to_vec(),
        rows: context
            .report
            .principles
            .iter()
            .map(|p| {
                vec![
                    p.label.clone(),
                    percent_label(p.percent),
                    level_label(p.level.as_ref()),
                    p.tally.answered_label(),
                    p.tally.not_applicable.to_string(),
                ]
            })
            .collect(),
        column_widths: vec![3, 1, 2, 2, 2],
    })
}

pub(super) fn plan_body(context: &ExportContext, rows: &[PlanRow], depth: Depth) -> Vec<Block> {
    let (section, period_level) = match depth {
        Depth::Document => (HeadingLevel::One, HeadingLevel::Two),
        Depth::Chapter => (HeadingLevel::Two, HeadingLevel::Three),
    };
    let today = context.date;
    let mut blocks = Vec::new();
    let summary = &context.assessment.plan.details.summary;
    if !summary.trim().is_empty() {
        blocks.push(Block::heading(section, "Samenvatting"));
        blocks.extend(paragraphs(summary));
    }
    if depth == Depth::Document {
        blocks.push(Block::heading(section, "Stand van zaken"));
        blocks.push(principle_table(context));
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
                        row.title.clone(),
                        row.priority.label().to_owned(),
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
            dropped.iter().map(|r| vec![Span::plain(format!("{} ({})", r.title, r.priority.label()))]).collect(),
        ));
    }
    blocks
}

/// "31-03-2027 (verstreken)" when the action is open past its deadline.
fn deadline(row: &PlanRow, today: &str) -> String {
    let label = if row.edits.deadline.is_empty() { String::new() } else { row.edits.deadline_label() };
    if row.edits.overdue(today) {
        format!("{label} (verstreken)")
    } else {
        label
    }
}

fn action(row: &PlanRow, today: &str, depth: Depth) -> Vec<Block> {
    let title = match depth {
        Depth::Document => Block::heading(HeadingLevel::Three, row.title.clone()),
        Depth::Chapter => Block::Paragraph(vec![Span::bold(row.title.clone())]),
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
