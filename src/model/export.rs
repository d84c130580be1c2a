//! Downloads generated in the browser: the verbeterplan as Markdown and as CSV for Dutch Excel,
//! and file names with the municipality and the date.

use super::assessment::Assessment;
use super::overview::SectionAnswers;
use super::plan::{PlanRow, RowKind};
use super::questionnaire::Questionnaire;
use super::scoring::{level_label, percent_label, ScoreReport};
use super::text::{dutch_date, single_line};

/// What goes into every export besides the plan itself.
pub struct ExportContext<'a> {
    pub questionnaire: &'a Questionnaire,
    pub assessment: &'a Assessment,
    pub report: &'a ScoreReport,
    /// The date of the export as `YYYY-MM-DD` (the user's local date).
    pub date: &'a str,
}

/// A file the app offers for download, made here in the browser: its name, type and content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub file_name: String,
    pub mime: &'static str,
    pub content: String,
}

/// What the plan page offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanDownload {
    /// The plan as Markdown, to paste into a memo.
    Markdown,
    /// The included actions as CSV for Dutch Excel.
    Csv,
    /// The whole evaluation as JSON, to import elsewhere.
    Evaluation,
}

impl PlanDownload {
    pub fn make(self, context: &ExportContext, rows: &[PlanRow]) -> Download {
        let ExportContext { assessment, date, .. } = context;
        match self {
            PlanDownload::Markdown => Download {
                file_name: file_name("verbeterplan", assessment, date, "md"),
                mime: MARKDOWN,
                content: plan_markdown(context, rows),
            },
            PlanDownload::Csv => Download {
                file_name: file_name("verbeterplan", assessment, date, "csv"),
                mime: "text/csv;charset=utf-8",
                content: plan_csv(rows),
            },
            PlanDownload::Evaluation => evaluation_download(assessment, date),
        }
    }
}

const MARKDOWN: &str = "text/markdown;charset=utf-8";

/// The whole evaluation as the JSON file a colleague imports.
pub fn evaluation_download(assessment: &Assessment, date: &str) -> Download {
    Download {
        file_name: file_name("evaluatie", assessment, date, "json"),
        mime: "application/json",
        content: assessment.to_pretty_json(),
    }
}

/// Every answer as Markdown (see [`answers_markdown`]).
pub fn answers_download(context: &ExportContext, sections: &[SectionAnswers]) -> Download {
    Download {
        file_name: file_name("antwoorden", context.assessment, context.date, "md"),
        mime: MARKDOWN,
        content: answers_markdown(context, sections),
    }
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
    let who = slug(who);
    if who.is_empty() {
        format!("{kind}-{date}.{extension}")
    } else {
        format!("{kind}-{who}-{date}.{extension}")
    }
}

/// The plan's title, with the municipality when there is one; plain text (the Markdown, the
/// printed plan).
pub fn plan_title(assessment: &Assessment) -> String {
    with_municipality("Verbeterplan Wmo-toezicht", assessment)
}

/// The title of the printed results.
pub fn results_title(assessment: &Assessment) -> String {
    with_municipality("Resultaten zelfevaluatie Wmo-toezicht", assessment)
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

/// The plan as Markdown, fit to paste into a memo for the college or the raad.
pub fn plan_markdown(context: &ExportContext, rows: &[PlanRow]) -> String {
    let ExportContext { questionnaire, assessment, report, date } = context;
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", one_line(&plan_title(assessment))));
    out.push_str(&format!("{}  \n{}\n\n", one_line(&evaluation_line(questionnaire, assessment)), drawn_up_on(date)));
    out.push_str("## Stand van zaken\n\n");
    out.push_str("| Principe | Score | Niveau | Beantwoord | Niet van toepassing |\n|---|---|---|---|---|\n");
    for principle in &report.principles {
        let tally = principle.tally;
        out.push_str(&format!(
            "| {} | {} | {} | {} van {} | {} |\n",
            table_cell(&principle.label),
            percent_label(principle.percent),
            level_label(principle.level.as_ref()),
            tally.answered,
            tally.eligible,
            tally.not_applicable
        ));
    }
    out.push_str(&format!(
        "\nBeantwoord: {} van {} vragen. De score telt alleen beantwoorde vragen; 'niet van toepassing' telt niet mee.\n\n",
        report.progress.done, report.progress.visible
    ));
    let (selected, dropped): (Vec<&PlanRow>, Vec<&PlanRow>) = rows.iter().partition(|r| r.edits.selected);
    out.push_str("## Acties\n\n");
    if selected.is_empty() {
        out.push_str("Er zijn geen acties opgenomen.\n\n");
    }
    for (number, row) in selected.iter().enumerate() {
        let principle =
            if row.principle_label.is_empty() { String::new() } else { format!(" · {}", row.principle_label) };
        out.push_str(&format!("### {}. {}\n\n", number + 1, one_line(&row.title)));
        out.push_str(&format!("Prioriteit: {}{principle}\n\n", row.priority.label()));
        if !row.text.trim().is_empty() {
            out.push_str(&format!("{}\n\n", one_line(&row.text)));
        }
        if row.kind == RowKind::Recommendation {
            out.push_str(&format!("- Aanleiding: {}\n", one_line(&row.question_text)));
        } else {
            out.push_str("- Aanleiding: eigen actie\n");
        }
        out.push_str(&format!("- Eigenaar: {}\n", or_dash(&row.edits.owner)));
        let deadline = row.edits.deadline_label();
        let overdue = if row.edits.overdue(date) { " (verstreken)" } else { "" };
        out.push_str(&format!("- Deadline: {deadline}{overdue}\n"));
        out.push_str(&format!("- Status: {}\n", row.edits.status.label()));
        if !row.edits.note.trim().is_empty() {
            out.push_str(&format!("- Notitie: {}\n", one_line(&row.edits.note)));
        }
        out.push('\n');
    }
    if !dropped.is_empty() {
        out.push_str("## Niet opgenomen\n\n");
        for row in dropped {
            out.push_str(&format!("- {} ({})\n", one_line(&row.title), row.priority.label()));
        }
        out.push('\n');
    }
    out
}

pub const CSV_HEADER: [&str; 10] =
    ["Nr", "Prioriteit", "Principe", "Actie", "Toelichting", "Aanleiding", "Eigenaar", "Deadline", "Status", "Notitie"];

/// A CSV field for Dutch Excel: always quoted, quotes doubled, and text that Excel would run as
/// a formula (`=`, `+`, `-`, `@`) prefixed with an apostrophe.
fn csv_field(text: &str) -> String {
    let text = single_line(text);
    let safe = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

/// The selected actions as CSV that Dutch Excel opens correctly: UTF-8 with a byte order mark,
/// semicolons between fields, every field quoted, CRLF line ends.
pub fn plan_csv(rows: &[PlanRow]) -> String {
    let mut out = String::from("\u{feff}");
    let line = |fields: Vec<String>| fields.join(";") + "\r\n";
    out.push_str(&line(CSV_HEADER.iter().map(|h| csv_field(h)).collect()));
    for (number, row) in rows.iter().filter(|r| r.edits.selected).enumerate() {
        let aanleiding = row.occasion();
        let deadline = if row.edits.deadline.is_empty() { String::new() } else { dutch_date(&row.edits.deadline) };
        out.push_str(&line(vec![
            csv_field(&(number + 1).to_string()),
            csv_field(row.priority.label()),
            csv_field(&row.principle_label),
            csv_field(&row.title),
            csv_field(&row.text),
            csv_field(&aanleiding),
            csv_field(&row.edits.owner),
            csv_field(&deadline),
            csv_field(row.edits.status.label()),
            csv_field(&row.edits.note),
        ]));
    }
    out
}

/// Every answer as Markdown, per section: the record of the evaluation, to file or to attach to
/// a memo. Each line starts with a word, so no answer can turn into a heading or a list.
pub fn answers_markdown(context: &ExportContext, sections: &[SectionAnswers]) -> String {
    let ExportContext { questionnaire, assessment, report, date } = context;
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", one_line(&answers_title(assessment))));
    out.push_str(&format!("{}  \n{}\n\n", one_line(&evaluation_line(questionnaire, assessment)), drawn_up_on(date)));
    out.push_str(&format!("Beantwoord: {} van {} vragen.\n\n", report.progress.done, report.progress.visible));
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
