//! The plan as CSV for a tracker in Dutch Excel: UTF-8 with a byte order mark, semicolons between
//! fields, every field quoted, CRLF line ends, and no field that Excel would run as a formula.

use crate::model::plan::PlanRow;
use crate::model::text::{dutch_date, single_line};

pub const CSV_HEADER: [&str; 13] = [
    "Nr",
    "Opgenomen",
    "Prioriteit",
    "Principe",
    "Actie",
    "Omschrijving",
    "Aanleiding",
    "Eigenaar",
    "Periode",
    "Deadline",
    "Verstreken",
    "Status",
    "Notitie",
];

/// One field: on one line, quoted, with a leading `=`, `+`, `-` or `@` neutralised so Excel shows
/// it as text instead of running it.
fn csv_field(text: &str) -> String {
    let text = single_line(text);
    let safe = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "ja"
    } else {
        "nee"
    }
}

/// The rows as the overview shows them (included or not, in its order), each included one with
/// its number in the plan (the same as on the screen and in the documents, also when the overview
/// is filtered); `today` decides which deadlines have passed.
pub fn plan_csv(rows: &[PlanRow], today: &str) -> String {
    let mut out = String::from("\u{feff}");
    let line = |fields: Vec<String>| fields.join(";") + "\r\n";
    out.push_str(&line(CSV_HEADER.iter().map(|h| csv_field(h)).collect()));
    for row in rows {
        let edits = &row.edits;
        let deadline = if edits.deadline.is_empty() { String::new() } else { dutch_date(&edits.deadline) };
        let period = edits.period.map(|p| p.to_string()).unwrap_or_default();
        out.push_str(&line(vec![
            csv_field(&row.number.map(|n| n.to_string()).unwrap_or_default()),
            csv_field(yes_no(edits.selected)),
            csv_field(row.priority().label()),
            csv_field(&row.principle_label),
            csv_field(&row.title),
            csv_field(&row.text),
            csv_field(&row.occasion()),
            csv_field(&edits.owner),
            csv_field(&period),
            csv_field(&deadline),
            csv_field(if edits.deadline.is_empty() { "" } else { yes_no(edits.overdue(today)) }),
            csv_field(edits.status.label()),
            csv_field(&edits.note),
        ]));
    }
    out
}
