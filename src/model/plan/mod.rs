//! The verbeterplan: the recommendations the answers trigger, plus the user's own actions, each
//! with the user's choices (include or drop, priority, owner, deadline, period, status, note), and the
//! plan's own summary and details. The edits are stored with the assessment; the rows are
//! rebuilt from the answers every time, so a plan always matches the current answers.
//!
//! [`period`] is when an action is planned, [`details`] what the plan says about itself, and
//! [`views`] the ways of looking at it (bulk include, filters, groups, the roadmap).

pub mod details;
pub mod period;
pub mod views;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::questionnaire::{Priority, Questionnaire};
use super::recommendations::triggered;
use super::sorted::sort_by_key;
use super::text::{dutch_date, or_dash, single_line, NONE_GIVEN};
use details::PlanDetails;
use period::Period;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "bezig")]
    InProgress,
    #[serde(rename = "gereed")]
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "Nog niet begonnen",
            ActionStatus::InProgress => "Bezig",
            ActionStatus::Done => "Gereed",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "bezig",
            ActionStatus::Done => "gereed",
        }
    }

    pub fn from_key(key: &str) -> ActionStatus {
        ActionStatus::ALL.into_iter().find(|s| s.key() == key).unwrap_or_default()
    }
}

/// What the user decided about one action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionEdits {
    #[serde(default = "yes")]
    pub selected: bool,
    /// The priority the user gave a recommendation; `None` keeps the questionnaire's. (An own
    /// action keeps its priority in [`OwnAction::priority`]; [`PlanEdits::edit_row`] puts it there.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// A date as `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deadline: String,
    /// When the action is planned (a year, a half year or a quarter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn yes() -> bool {
    true
}

impl Default for ActionEdits {
    fn default() -> Self {
        ActionEdits {
            selected: true,
            priority: None,
            owner: String::new(),
            deadline: String::new(),
            period: None,
            status: ActionStatus::Open,
            note: String::new(),
        }
    }
}

impl ActionEdits {
    /// The deadline as Dutch readers write it, or a dash.
    pub fn deadline_label(&self) -> String {
        if self.deadline.is_empty() {
            NONE_GIVEN.to_owned()
        } else {
            dutch_date(&self.deadline)
        }
    }

    /// The period, or a dash.
    pub fn period_label(&self) -> String {
        self.period.map_or_else(|| NONE_GIVEN.to_owned(), |p| p.to_string())
    }

    /// The owner, status, deadline and period on one line, as a printed plan shows them under the
    /// action.
    pub fn summary_line(&self) -> String {
        let mut line = format!(
            "Eigenaar: {} · Deadline: {} · Periode: {} · Status: {}",
            or_dash(&self.owner),
            self.deadline_label(),
            self.period_label(),
            self.status.label()
        );
        if !self.note.trim().is_empty() {
            line.push_str(&format!(" · Notitie: {}", self.note.trim()));
        }
        line
    }

    /// The deadline falls before the period the action is planned in starts: one of the two is
    /// probably wrong.
    pub fn deadline_before_period(&self) -> bool {
        self.given_deadline().zip(self.period).is_some_and(|(deadline, period)| deadline < period.first_day().as_str())
    }

    /// The deadline has passed (`today` as `YYYY-MM-DD`) and the action is not done. A deadline
    /// on `today` itself has not passed yet.
    pub fn overdue(&self, today: &str) -> bool {
        self.status != ActionStatus::Done && self.given_deadline().is_some_and(|deadline| deadline < today)
    }

    /// What is wrong with the action's dates, as the plan page warns of it and the documents
    /// note it after the deadline.
    pub fn date_notices(&self, today: &str) -> Vec<DateNotice> {
        [(self.overdue(today), DateNotice::Overdue), (self.deadline_before_period(), DateNotice::DeadlineBeforePeriod)]
            .into_iter()
            .filter_map(|(applies, notice)| applies.then_some(notice))
            .collect()
    }

    /// What the documents write after the deadline: " (verstreken)", " (ligt vóór de periode)",
    /// both, or nothing.
    pub fn deadline_remarks(&self, today: &str) -> String {
        let remarks: Vec<&str> = self.date_notices(today).into_iter().map(DateNotice::remark).collect();
        if remarks.is_empty() {
            String::new()
        } else {
            format!(" ({})", remarks.join("; "))
        }
    }

    /// The deadline, when one is given and is a real date (`YYYY-MM-DD`, so it compares as text).
    fn given_deadline(&self) -> Option<&str> {
        Some(self.deadline.as_str()).filter(|d| !d.is_empty() && valid_deadline(d))
    }
}

/// A warning about an action's dates. One type for the page's notice, the fields it is about and
/// the documents' remark, so the three say the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateNotice {
    /// The deadline has passed and the action is not done.
    Overdue,
    /// The deadline falls before the chosen period starts.
    DeadlineBeforePeriod,
}

impl DateNotice {
    /// Part of the notice's element id and its test id.
    pub fn key(self) -> &'static str {
        match self {
            DateNotice::Overdue => "deadline-verstreken",
            DateNotice::DeadlineBeforePeriod => "deadline-voor-periode",
        }
    }

    /// The notice on the plan page.
    pub fn message(self) -> &'static str {
        match self {
            DateNotice::Overdue => "De deadline is verstreken en de actie is nog niet gereed.",
            DateNotice::DeadlineBeforePeriod => {
                "De deadline ligt vóór de gekozen periode. Pas de deadline of de periode aan."
            }
        }
    }

    /// What the documents write after the deadline.
    pub fn remark(self) -> &'static str {
        match self {
            DateNotice::Overdue => "verstreken",
            DateNotice::DeadlineBeforePeriod => "ligt vóór de periode",
        }
    }

    /// Whether the notice is about the period as well as the deadline (so the Periode field is
    /// described by it too).
    pub fn concerns_period(self) -> bool {
        self == DateNotice::DeadlineBeforePeriod
    }
}

/// An action the user added themselves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnAction {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principle: Option<String>,
    pub priority: Priority,
    #[serde(default)]
    pub edits: ActionEdits,
}

impl OwnAction {
    /// A new action as typed in "Eigen actie toevoegen": the title is required and kept on one
    /// line; an empty principle is none; a priority the form cannot send is "middel". The id is
    /// given when the action is added to a plan.
    pub fn from_form(title: &str, text: &str, principle: &str, priority: &str) -> Result<OwnAction, String> {
        let title = single_line(title);
        if title.is_empty() {
            return Err("Geef de actie een titel.".to_owned());
        }
        Ok(OwnAction {
            id: String::new(),
            title,
            text: text.trim().to_owned(),
            principle: Some(principle.to_owned()).filter(|p| !p.is_empty()),
            priority: Priority::from_key(priority).unwrap_or(Priority::Medium),
            edits: ActionEdits::default(),
        })
    }
}

/// The stored part of the plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanEdits {
    /// Edits by recommendation id. Kept when a recommendation stops applying, so they return
    /// if the answer changes back.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub recommendations: BTreeMap<String, ActionEdits>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own: Vec<OwnAction>,
    #[serde(default, skip_serializing_if = "PlanDetails::is_empty")]
    pub details: PlanDetails,
}

impl PlanEdits {
    pub fn is_empty(&self) -> bool {
        self.recommendations.is_empty() && self.own.is_empty() && self.details.is_empty()
    }

    /// The user's choices for one plan row (a recommendation or an own action); the defaults
    /// while nothing was chosen.
    pub fn edits_of(&self, key: &str) -> ActionEdits {
        self.own
            .iter()
            .find(|o| o.id == key)
            .map(|o| o.edits.clone())
            .or_else(|| self.recommendations.get(key).cloned())
            .unwrap_or_default()
    }

    /// Changes the user's choices for one row. A recommendation without stored choices starts
    /// from what the row shows (a municipal row's defaults; in a regional plan a row may start
    /// not included), so editing its owner never changes whether it is included.
    pub fn edit_row(&mut self, row: &PlanRow, change: impl FnOnce(&mut ActionEdits)) {
        match row.kind {
            RowKind::Recommendation => {
                change(self.recommendations.entry(row.key.clone()).or_insert_with(|| row.edits.clone()));
            }
            RowKind::Own => {
                if let Some(own) = self.own.iter_mut().find(|o| o.id == row.key) {
                    change(&mut own.edits);
                    // An own action's priority is the user's own choice, not a suggestion: it
                    // has one place, the action itself.
                    if let Some(priority) = own.edits.priority.take() {
                        own.priority = priority;
                    }
                }
            }
        }
    }

    /// A fresh id for an own action ("eigen-1", "eigen-2", …).
    pub fn next_own_id(&self) -> String {
        (1..).map(|n| format!("eigen-{n}")).find(|id| !self.own.iter().any(|a| &a.id == id)).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Recommendation,
    Own,
}

/// One line of the plan as it is shown and exported.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    /// Recommendation id or own action id; unique in the plan.
    pub key: String,
    pub kind: RowKind,
    pub title: String,
    pub text: String,
    /// The questionnaire's priority, or an own action's; what the plan uses is
    /// [`PlanRow::priority`].
    pub suggested_priority: Priority,
    pub principle_id: String,
    pub principle_label: String,
    /// The question that led to it (recommendations only).
    pub question_text: String,
    pub edits: ActionEdits,
    /// Its number among the included actions in the plan's order (1, 2, …), none when it is not
    /// included: one count for the whole plan, so "actie 3" is the same action on the screen, on
    /// paper and in every download, however the overview is grouped or filtered. Set by
    /// [`numbered`], which every list of rows passes through.
    pub number: Option<usize>,
}

impl PlanRow {
    /// "3. Leg een volledige opdracht vast": the title after its number, as the documents head an
    /// action; just the title when the action is not included.
    pub fn numbered_title(&self) -> String {
        match self.number {
            Some(number) => format!("{number}. {}", self.title),
            None => self.title.clone(),
        }
    }

    /// The priority the plan uses: the user's, else the suggested one.
    pub fn priority(&self) -> Priority {
        self.edits.priority.unwrap_or(self.suggested_priority)
    }

    /// Why the action is in the plan: the question that led to it, or "Eigen actie".
    pub fn occasion(&self) -> String {
        match self.kind {
            RowKind::Recommendation => self.question_text.clone(),
            RowKind::Own => "Eigen actie".to_owned(),
        }
    }

    /// "Prioriteit: Hoog · Onafhankelijkheid · Aanleiding: …", the line under the action's title;
    /// a priority the user changed also names the suggested one.
    pub fn meta_line(&self) -> String {
        let priority = self.priority();
        let mut parts = vec![if priority == self.suggested_priority {
            format!("Prioriteit: {}", priority.label())
        } else {
            format!(
                "Prioriteit: {} (voorgesteld: {})",
                priority.label(),
                self.suggested_priority.label().to_lowercase()
            )
        }];
        if !self.principle_label.is_empty() {
            parts.push(self.principle_label.clone());
        }
        parts.push(match self.kind {
            RowKind::Recommendation => format!("Aanleiding: {}", self.question_text),
            RowKind::Own => "Eigen actie".to_owned(),
        });
        parts.join(" · ")
    }
}

/// All rows, ordered by priority (as the user set it), then principle (file order), then
/// recommendations in document order before own actions in the order they were added.
pub fn plan_rows(questionnaire: &Questionnaire, answers: &Answers, edits: &PlanEdits) -> Vec<PlanRow> {
    let label = |id: &str| questionnaire.principle(id).map_or_else(|| id.to_owned(), |p| p.label.clone());
    let mut rows: Vec<PlanRow> = triggered(questionnaire, answers)
        .into_iter()
        .map(|t| PlanRow {
            key: t.recommendation.id.clone(),
            kind: RowKind::Recommendation,
            title: t.recommendation.title.clone(),
            text: t.recommendation.text.clone(),
            suggested_priority: t.recommendation.priority,
            principle_id: t.principle_id.to_owned(),
            principle_label: label(t.principle_id),
            question_text: t.question.text.clone(),
            edits: edits.recommendations.get(&t.recommendation.id).cloned().unwrap_or_default(),
            number: None,
        })
        .collect();
    rows.extend(edits.own.iter().map(|own| {
        let principle_id = own.principle.clone().unwrap_or_default();
        PlanRow {
            key: own.id.clone(),
            kind: RowKind::Own,
            title: own.title.clone(),
            text: own.text.clone(),
            suggested_priority: own.priority,
            principle_label: if principle_id.is_empty() { String::new() } else { label(&principle_id) },
            principle_id,
            question_text: String::new(),
            edits: own.edits.clone(),
            number: None,
        }
    }));
    sort_by_key(&mut rows, |row| {
        (row.priority(), questionnaire.principle_rank(&row.principle_id), row.kind == RowKind::Own)
    });
    numbered(rows)
}

/// The rows in their final order, each included one numbered by its place among the included
/// (see [`PlanRow::number`]).
pub fn numbered(mut rows: Vec<PlanRow>) -> Vec<PlanRow> {
    let mut count = 0;
    for row in &mut rows {
        row.number = row.edits.selected.then(|| {
            count += 1;
            count
        });
    }
    rows
}

/// A deadline must be a real date (`YYYY-MM-DD`) or empty.
pub fn valid_deadline(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else { return false };
    let (Ok(year), Ok(month), Ok(day)) = (year.parse::<u32>(), month.parse::<u32>(), day.parse::<u32>()) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    text.len() == 10 && (2000..=2100).contains(&year) && (1..=days).contains(&day)
}
