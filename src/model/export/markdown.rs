//! The plan and the answers as Markdown, fit to paste into a memo for the college or the raad.
//! Every user text is kept on one line with `<` escaped, so nothing turns into HTML, a heading
//! or a list.

use super::plan_document::PlanSubject;
use super::{answers_title, drawn_up_on, evaluation_line, ExportContext};
use crate::model::overview::SectionAnswers;
use crate::model::plan::PlanRow;
use crate::model::text::single_line;

/// Text on one line, with `<` escaped so a Markdown renderer cannot turn it into HTML.
fn one_line(text: &str) -> String {
    single_line(text).replace('<', "&lt;")
}

fn table_cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_owned()
    } else {
        one_line(text)
    }
}

/// Paragraphs as typed (blank lines between them), each on one line.
fn paragraphs(out: &mut String, text: &str) {
    for paragraph in text.split("\n\n").map(one_line).filter(|p| !p.is_empty()) {
        out.push_str(&paragraph);
        out.push_str("\n\n");
    }
}

pub fn plan_markdown(context: &ExportContext, rows: &[PlanRow]) -> String {
    plan_markdown_of(&PlanSubject::of_evaluation(context), rows)
}

/// The plan of any subject (an evaluation, a region) as Markdown.
pub fn plan_markdown_of(subject: &PlanSubject, rows: &[PlanRow]) -> String {
    let date = subject.today.as_str();
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", one_line(&subject.title)));
    let lines: Vec<String> = subject.title_lines.iter().map(|l| one_line(l)).collect();
    out.push_str(&lines.join("  \n"));
    out.push_str("\n\n");
    if !subject.summary.trim().is_empty() {
        out.push_str("## Samenvatting\n\n");
        paragraphs(&mut out, &subject.summary);
    }
    out.push_str("## Stand van zaken\n\n");
    let table = &subject.standing;
    out.push_str(&format!("| {} |\n", table.header.iter().map(|h| table_cell(h)).collect::<Vec<_>>().join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(table.header.len())));
    for row in &table.rows {
        out.push_str(&format!("| {} |\n", row.iter().map(|c| table_cell(c)).collect::<Vec<_>>().join(" | ")));
    }
    out.push_str(&format!("\n{}\n\n", one_line(&subject.standing_note)));
    let (selected, dropped): (Vec<&PlanRow>, Vec<&PlanRow>) = rows.iter().partition(|r| r.edits.selected);
    out.push_str("## Acties\n\n");
    if selected.is_empty() {
        out.push_str("Er zijn geen acties opgenomen.\n\n");
    }
    for row in &selected {
        let principle =
            if row.principle_label.is_empty() { String::new() } else { format!(" · {}", row.principle_label) };
        out.push_str(&format!("### {}\n\n", one_line(&row.numbered_title())));
        out.push_str(&format!("Prioriteit: {}{principle}\n\n", row.priority().label()));
        if !row.text.trim().is_empty() {
            out.push_str(&format!("{}\n\n", one_line(&row.text)));
        }
        out.push_str(&format!("- Aanleiding: {}\n", one_line(&row.occasion())));
        out.push_str(&format!("- Eigenaar: {}\n", or_dash(&row.edits.owner)));
        out.push_str(&format!("- Periode: {}\n", row.edits.period_label()));
        out.push_str(&format!("- Deadline: {}{}\n", row.edits.deadline_label(), row.edits.deadline_remarks(date)));
        out.push_str(&format!("- Status: {}\n", row.edits.status.label()));
        if !row.edits.note.trim().is_empty() {
            out.push_str(&format!("- Notitie: {}\n", one_line(&row.edits.note)));
        }
        out.push('\n');
    }
    if !dropped.is_empty() {
        out.push_str("## Niet opgenomen\n\n");
        for row in dropped {
            out.push_str(&format!("- {} ({})\n", one_line(&row.title), row.priority().label()));
        }
        out.push('\n');
    }
    out
}

/// Every answer as Markdown, per section: the record of the evaluation, to file or to attach to
/// a memo. Each line starts with a word, so no answer can turn into a heading or a list.
pub fn answers_markdown(context: &ExportContext, sections: &[SectionAnswers]) -> String {
    let mut out = String::new();
    // The record of what was answered: which evaluation and when, not the plan's details.
    out.push_str(&format!("# {}\n\n", one_line(&answers_title(context.assessment))));
    let evaluation = one_line(&evaluation_line(context.questionnaire, context.assessment));
    out.push_str(&format!("{evaluation}  \n{}\n\n", drawn_up_on(context.date)));
    let progress = context.report.progress;
    out.push_str(&format!("Beantwoord: {} van {} vragen.\n\n", progress.done, progress.visible));
    for section in sections {
        out.push_str(&format!("## {}\n\n", one_line(&section.title)));
        if section.questions.is_empty() {
            out.push_str("Door de eerdere antwoorden zijn hier geen vragen aan de orde.\n\n");
        }
        for question in &section.questions {
            out.push_str(&format!("**{}**  \nAntwoord: {}", one_line(&question.text), one_line(&question.answer)));
            if !question.note.is_empty() {
                out.push_str(&format!("  \nToelichting: {}", one_line(&question.note)));
            }
            if question.note_missing {
                out.push_str("  \nToelichting ontbreekt.");
            }
            out.push_str("\n\n");
        }
    }
    out
}
