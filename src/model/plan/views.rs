//! Ways of looking at the plan: what to include in bulk, filters, groups, and the roadmap of the
//! included actions per period. Each takes the plan's rows as [`super::plan_rows`] orders them
//! (most important first) and keeps that order within a group.

use super::{ActionStatus, PlanEdits, PlanRow};
use crate::model::plan::period::Period;
use crate::model::questionnaire::{Priority, Questionnaire};
use crate::model::sorted::sort_by_key;

/// "Neem op": which actions go into the plan for the coming period, in one go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkInclude {
    OnlyHigh,
    HighAndMedium,
    All,
    Nothing,
}

impl BulkInclude {
    pub const ALL: [BulkInclude; 4] =
        [BulkInclude::OnlyHigh, BulkInclude::HighAndMedium, BulkInclude::All, BulkInclude::Nothing];

    pub fn label(self) -> &'static str {
        match self {
            BulkInclude::OnlyHigh => "Alleen hoog",
            BulkInclude::HighAndMedium => "Hoog en middel",
            BulkInclude::All => "Alles",
            BulkInclude::Nothing => "Niets",
        }
    }

    pub fn includes(self, priority: Priority) -> bool {
        match self {
            BulkInclude::OnlyHigh => priority == Priority::High,
            BulkInclude::HighAndMedium => priority != Priority::Low,
            BulkInclude::All => true,
            BulkInclude::Nothing => false,
        }
    }

    /// Includes or drops every row; the other choices per action (owner, period, …) stay.
    pub fn apply(self, plan: &mut PlanEdits, rows: &[PlanRow]) {
        for row in rows {
            let selected = self.includes(row.priority());
            plan.edit_row(row, |edits| edits.selected = selected);
        }
    }
}

/// Which rows the overview shows; `None` shows all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanFilter {
    pub principle: Option<String>,
    pub status: Option<ActionStatus>,
}

impl PlanFilter {
    pub fn shows(&self, row: &PlanRow) -> bool {
        self.principle.as_ref().is_none_or(|p| *p == row.principle_id)
            && self.status.is_none_or(|s| s == row.edits.status)
    }

    pub fn apply(&self, rows: &[PlanRow]) -> Vec<PlanRow> {
        rows.iter().filter(|row| self.shows(row)).cloned().collect()
    }

    pub fn is_active(&self) -> bool {
        self.principle.is_some() || self.status.is_some()
    }
}

/// How the overview groups its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    #[default]
    ByPriority,
    ByPrinciple,
}

/// A group of lines with its heading.
#[derive(Debug, Clone, PartialEq)]
pub struct RowGroup {
    /// Unique within the grouping, for ids in the page.
    pub key: String,
    pub title: String,
    pub rows: Vec<PlanRow>,
}

/// The rows in groups, most important group first; groups without rows are left out.
pub fn group_rows(questionnaire: &Questionnaire, rows: &[PlanRow], grouping: Grouping) -> Vec<RowGroup> {
    let group = |key: &str, title: String, keep: &dyn Fn(&PlanRow) -> bool| RowGroup {
        key: key.to_owned(),
        title,
        rows: rows.iter().filter(|r| keep(r)).cloned().collect(),
    };
    let groups: Vec<RowGroup> = match grouping {
        Grouping::ByPriority => Priority::ALL
            .into_iter()
            .map(|p| group(p.key(), format!("Prioriteit {}", p.label().to_lowercase()), &move |r| r.priority() == p))
            .collect(),
        Grouping::ByPrinciple => questionnaire
            .principles
            .iter()
            .map(|p| group(&p.id, p.label.clone(), &|r| r.principle_id == p.id))
            .chain([group("geen-principe", "Zonder principe".to_owned(), &|r| {
                questionnaire.principle(&r.principle_id).is_none()
            })])
            .collect(),
    };
    groups.into_iter().filter(|g| !g.rows.is_empty()).collect()
}

/// The included actions of one period on the roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadmapPeriod {
    /// `None`: included, but not yet given a period.
    pub period: Option<Period>,
    pub rows: Vec<PlanRow>,
}

impl RoadmapPeriod {
    pub fn title(&self) -> String {
        match self.period {
            Some(period) => period.long_label(),
            None => "Nog zonder periode".to_owned(),
        }
    }
}

/// The included actions per period, in time order, with the actions without a period last.
pub fn roadmap(rows: &[PlanRow]) -> Vec<RoadmapPeriod> {
    let included: Vec<&PlanRow> = rows.iter().filter(|r| r.edits.selected).collect();
    let mut periods: Vec<Option<Period>> = included.iter().map(|r| r.edits.period).collect();
    sort_by_key(&mut periods, |p| (p.is_none(), *p));
    periods.dedup();
    periods
        .into_iter()
        .map(|period| RoadmapPeriod {
            period,
            rows: included.iter().filter(|r| r.edits.period == period).map(|r| (*r).clone()).collect(),
        })
        .collect()
}

/// What a screen reader is told when an action's new priority moved it in the list.
pub fn priority_moved_note(title: &str, priority: Priority) -> String {
    format!("'{title}' heeft nu prioriteit {} en staat op de plek die daarbij hoort.", priority.label().to_lowercase())
}

/// What a screen reader is told when an own action was added: it lands in its priority's group,
/// which may be far from the form.
pub fn own_action_added_note(title: &str, priority: Priority) -> String {
    format!("Eigen actie '{title}' is toegevoegd bij prioriteit {}.", priority.label().to_lowercase())
}

/// What a screen reader is told when an own action was removed (its fields, and the focus in
/// them, are gone).
pub fn own_action_removed_note(title: &str) -> String {
    format!("Eigen actie '{title}' is verwijderd.")
}

/// What a screen reader is told when one action is taken into the plan or left out of it:
/// "'Publiceer …' is niet meer opgenomen in het plan. 25 van 26 acties opgenomen."
pub fn inclusion_note(title: &str, included: bool, rows: &[PlanRow]) -> String {
    let what = if included { "is opgenomen in het plan" } else { "is niet meer opgenomen in het plan" };
    format!("'{title}' {what}. {}.", included_count_label(rows))
}

/// "12 van 43 acties opgenomen".
pub fn included_count_label(rows: &[PlanRow]) -> String {
    let included = rows.iter().filter(|r| r.edits.selected).count();
    format!("{included} van {} opgenomen", crate::model::text::count(rows.len(), "actie", "acties"))
}
