//! What the regional overview says in words: the median and the spread, a member's cell, the
//! counts behind the answers to a question, and the colour step of a heat-map cell. The UI shows
//! these strings as they are, so every page and every later download says the same.

use super::distribution::{AnswerCount, QuestionDistribution};
use super::import::FileOutcome;
use super::overview::{Cell, RegionOverview};
use super::statistics::Spread;
use crate::model::questionnaire::Level;
use crate::model::scoring::{percent_label, score_with_level, Progress};
use crate::model::text::{count, dutch_list, dutch_number, NONE_GIVEN};

/// The heat map's palette has this many steps, from the lowest band to the highest.
pub const COLOUR_STEPS: usize = 5;

/// The caption of the table of member municipalities: "De 3 gemeenten in dit overzicht", and for
/// one "De gemeente in dit overzicht" (not "De 1 gemeenten").
pub fn members_caption(members: usize) -> String {
    match members {
        1 => "De gemeente in dit overzicht".to_owned(),
        n => format!("De {n} gemeenten in dit overzicht"),
    }
}

/// The palette step of a level: the lowest band is step 0, the highest `COLOUR_STEPS - 1`, and
/// the bands between are spread evenly over the steps between (so three bands use 0, 2 and 4).
pub fn colour_step(level_index: usize, level_count: usize) -> usize {
    match level_count {
        0 | 1 => COLOUR_STEPS / 2,
        n => {
            let index = level_index.min(n - 1);
            ((index * (COLOUR_STEPS - 1)) as f64 / (n - 1) as f64).round() as usize
        }
    }
}

/// "62% – Gevorderd", or "nog geen score".
pub fn cell_score(cell: &Cell) -> String {
    score_with_level(cell.percent, cell.level.as_ref())
}

/// A member's cell in a table: its score and level, then its coverage on a line of its own.
pub fn cell_with_coverage(cell: &Cell) -> String {
    format!("{}\n{}", cell_score(cell), cell.coverage())
}

/// "40% tot 65%": where the middle half of the members lies (first to third quartile).
pub fn middle_half(spread: &Spread) -> String {
    format!("{} tot {}", percent_label(Some(spread.q1)), percent_label(Some(spread.q3)))
}

/// "12% tot 88%".
pub fn lowest_to_highest(spread: &Spread) -> String {
    format!("{} tot {}", percent_label(Some(spread.min)), percent_label(Some(spread.max)))
}

/// The columns of a spread table after its first one; see [`spread_cells`].
pub const SPREAD_COLUMNS: [&str; 5] =
    ["Mediaan", "Niveau van de mediaan", "Middelste helft", "Laagste tot hoogste", "Gemeenten met een score"];

/// One row of a spread table, in the order of [`SPREAD_COLUMNS`]. `members` is the number of
/// members in the overview (some may not have a score yet).
pub fn spread_cells(overview: &RegionOverview, spread: Option<&Spread>, members: usize) -> Vec<String> {
    let Some(spread) = spread else {
        let none = NONE_GIVEN.to_owned();
        return vec![percent_label(None), none.clone(), none.clone(), none, format!("0 van {members}")];
    };
    let level = overview.level_of(spread.median).map_or_else(|| NONE_GIVEN.to_owned(), |(_, l)| l.label.clone());
    vec![
        percent_label(Some(spread.median)),
        level,
        middle_half(spread),
        lowest_to_highest(spread),
        format!("{} van {members}", spread.count),
    ]
}

/// One sentence about a principle or section: "Onafhankelijkheid: de mediaan is 55%; de
/// middelste helft van de gemeenten scoort tussen 40% en 65%."
pub fn spread_sentence(label: &str, spread: Option<&Spread>) -> String {
    match spread {
        None => format!("{label}: nog geen gemeente heeft hier een score."),
        Some(s) if s.count == 1 => format!("{label}: één gemeente heeft een score, {}.", percent_label(Some(s.median))),
        Some(s) => format!(
            "{label}: de mediaan is {}; de middelste helft van de gemeenten scoort tussen {} en {}.",
            percent_label(Some(s.median)),
            percent_label(Some(s.q1)),
            percent_label(Some(s.q3))
        ),
    }
}

/// What the spread table's columns mean, for the text above it.
pub const SPREAD_EXPLANATION: &str = "De mediaan is de middelste score: de helft van de gemeenten scoort lager, de helft hoger. \
De middelste helft loopt van het eerste tot het derde kwartiel: een kwart van de gemeenten scoort lager, een kwart hoger. \
Hoe smaller die middelste helft, hoe meer de gemeenten op elkaar lijken. Gemeenten zonder score tellen niet mee, ook niet als 0%. \
De kwartielen zijn berekend zoals KWARTIEL.INC in Excel.";

/// "40 van 53 vragen beantwoord (75%)".
pub fn progress_label(progress: &Progress) -> String {
    format!("{} ({}%)", progress.answered_label(), progress.percent())
}

/// "12 (48%)": how many members gave an answer, and their share of the members that answered.
pub fn answer_count(answer: &AnswerCount, answered: usize) -> String {
    if answered == 0 {
        return answer.count.to_string();
    }
    let share = (answer.count as f64 * 100.0 / answered as f64).round();
    format!("{} ({}%)", answer.count, dutch_number(share))
}

/// How the members answered a question, in one sentence: "18 van 25 gemeenten hebben deze vraag
/// beantwoord; 2 niet van toepassing, 3 niet ingevuld en 1 gemeente kreeg de vraag niet door een
/// eerder antwoord."
pub fn distribution_summary(question: &QuestionDistribution, members: usize) -> String {
    let municipalities = if members == 1 { "gemeente heeft" } else { "gemeenten hebben" };
    let mut text = format!("{} van {members} {municipalities} deze vraag beantwoord", question.answered);
    let mut rest = Vec::new();
    if question.not_applicable > 0 {
        rest.push(format!("{} niet van toepassing", question.not_applicable));
    }
    if question.unanswered > 0 {
        rest.push(format!("{} niet ingevuld", question.unanswered));
    }
    if question.hidden > 0 {
        let who = if question.hidden == 1 { "gemeente kreeg" } else { "gemeenten kregen" };
        rest.push(format!("{} {who} de vraag niet door een eerder antwoord", question.hidden));
    }
    if question.not_fitting > 0 {
        let fits = if question.not_fitting == 1 { "antwoord past" } else { "antwoorden passen" };
        rest.push(format!("{} {fits} niet bij deze versie van de vragenlijst", question.not_fitting));
    }
    if !rest.is_empty() {
        text.push_str("; ");
        text.push_str(&dutch_list(&rest));
    }
    text.push('.');
    text
}

/// A number question: "Mediaan 3,5; middelste helft 2 tot 5; laagste 0, hoogste 12."
pub fn numbers_summary(spread: &Spread) -> String {
    let n = |v: f64| dutch_number((v * 100.0).round() / 100.0);
    format!(
        "Mediaan {}; middelste helft {} tot {}; laagste {}, hoogste {}.",
        n(spread.median),
        n(spread.q1),
        n(spread.q3),
        n(spread.min),
        n(spread.max)
    )
}

/// "14 van 25": in how many members a common improvement point applies.
pub fn members_count(triggering: usize, members: usize) -> String {
    format!("{triggering} van {members}")
}

/// "3 antwoorden passen niet bij de huidige vragenlijst".
pub fn not_fitting_heading(n: usize) -> String {
    let verb = if n == 1 { "past" } else { "passen" };
    format!("{} {verb} niet bij de huidige vragenlijst", count(n, "antwoord", "antwoorden"))
}

/// "2025.2.0 (de huidige is 2026.1.0)" for a member answered with another version. The
/// anonymous form has no version strings (they can tell members apart): then only whether it is
/// the current one.
pub fn version_label(member_version: &str, current: &str, other_version: bool) -> String {
    match (member_version.is_empty(), other_version) {
        (true, true) => "een andere versie dan de huidige".to_owned(),
        (true, false) => "de huidige versie".to_owned(),
        (false, true) => format!("{member_version} (de huidige is {current})"),
        (false, false) => member_version.to_owned(),
    }
}

/// "25 gemeenten", for the list of regional overviews.
pub fn members_label(n: usize) -> String {
    count(n, "gemeente", "gemeenten")
}

/// A level with its band, for a legend: "Op weg (40% tot 75%)".
pub fn level_band(level: &Level) -> String {
    format!("{} ({}% tot {}%)", level.label, dutch_number(level.from), dutch_number(level.to))
}

/// At most `max_chars` characters, with "…" when something was left off.
pub fn shortened(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let kept: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// What happened to one file of an import, for the list of files.
pub fn file_outcome(outcome: &FileOutcome) -> String {
    match outcome {
        FileOutcome::Added { not_fitting: 0, .. } => "Toegevoegd".to_owned(),
        FileOutcome::Added { not_fitting, .. } => format!("Toegevoegd; {}", not_fitting_heading(*not_fitting)),
        FileOutcome::Unchanged { .. } => "Stond er al, ongewijzigd".to_owned(),
        FileOutcome::Conflict(_) => "Deze gemeente staat er al: kies hierboven wat u wilt doen".to_owned(),
        FileOutcome::Refused { reason } => format!("Niet toegevoegd: {reason}"),
    }
}
