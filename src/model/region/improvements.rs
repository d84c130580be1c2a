//! Common improvement points: the recommendations the members' answers trigger, counted over the
//! members, as the start of a regional verbeterplan. The plan reuses the municipal plan's types
//! ([`PlanRow`], [`PlanEdits`]), so the same editor and the same downloads serve it.

use std::collections::BTreeMap;

use super::stored::Region;
use crate::model::answers::Answers;
use crate::model::plan::{numbered, plan_rows, ActionEdits, PlanEdits, PlanRow, RowKind};
use crate::model::questionnaire::{Priority, Questionnaire};
use crate::model::recommendations::triggered;
use crate::model::sorted::{map_of, sort_by_key};

/// One recommendation and the members whose answers trigger it.
#[derive(Debug, Clone, PartialEq)]
pub struct CommonImprovement {
    pub recommendation_id: String,
    pub title: String,
    pub text: String,
    pub priority: Priority,
    pub principle_id: String,
    pub principle_label: String,
    pub question_id: String,
    pub question_text: String,
    /// Indexes of the members (in the overview's order) that trigger it, ascending.
    pub members: Vec<usize>,
}

/// Every recommendation triggered in at least one member, ranked: by how many members trigger
/// it (most first), then by priority, then in the order of the questionnaire.
pub fn common_improvements(questionnaire: &Questionnaire, members: &[&Answers]) -> Vec<CommonImprovement> {
    let document_order = map_of(
        questionnaire
            .questions()
            .flat_map(|(_, q)| q.recommendations.iter())
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i)),
    );
    let label = |id: &str| questionnaire.principle(id).map_or_else(|| id.to_owned(), |p| p.label.clone());
    let mut found: BTreeMap<&str, CommonImprovement> = BTreeMap::new();
    for (index, answers) in members.iter().enumerate() {
        for t in triggered(questionnaire, answers) {
            let entry = found.entry(t.recommendation.id.as_str()).or_insert_with(|| CommonImprovement {
                recommendation_id: t.recommendation.id.clone(),
                title: t.recommendation.title.clone(),
                text: t.recommendation.text.clone(),
                priority: t.recommendation.priority,
                principle_id: t.principle_id.to_owned(),
                principle_label: label(t.principle_id),
                question_id: t.question.id.clone(),
                question_text: t.question.text.clone(),
                members: Vec::new(),
            });
            if entry.members.last() != Some(&index) {
                entry.members.push(index);
            }
        }
    }
    let mut ranked: Vec<CommonImprovement> = found.into_values().collect();
    let order = |id: &str| document_order.get(id).copied().unwrap_or(usize::MAX);
    sort_by_key(&mut ranked, |c| (std::cmp::Reverse(c.members.len()), c.priority, order(&c.recommendation_id)));
    ranked
}

/// A recommendation is in the regional plan from the start when it applies to at least half of
/// the members ("the most municipalities"); the coordinator can add or drop any of them.
pub fn selected_by_default(members_triggering: usize, members: usize) -> bool {
    members_triggering * 2 >= members
}

/// The regional plan: the common improvement points in ranked order, then the coordinator's own
/// actions ordered as in a municipal plan (priority, principle, the order they were added). The reason ("Aanleiding") names how many members it
/// applies to, so the downloads show it without a column of their own.
pub fn region_plan_rows(questionnaire: &Questionnaire, region: &Region) -> Vec<PlanRow> {
    let answers: Vec<&Answers> = region.members.iter().map(|m| &m.answers).collect();
    let total = answers.len();
    let mut rows: Vec<PlanRow> = common_improvements(questionnaire, &answers)
        .into_iter()
        .map(|c| {
            let count = c.members.len();
            let default = ActionEdits { selected: selected_by_default(count, total), ..ActionEdits::default() };
            PlanRow {
                edits: region.plan.recommendations.get(&c.recommendation_id).cloned().unwrap_or(default),
                key: c.recommendation_id,
                kind: RowKind::Recommendation,
                title: c.title,
                text: c.text,
                suggested_priority: c.priority,
                principle_id: c.principle_id,
                principle_label: c.principle_label,
                question_text: format!("{} (geldt in {count} van {total} gemeenten)", c.question_text),
                number: None,
            }
        })
        .collect();
    // The municipal plan's own rule for own actions; without answers it gives nothing else.
    let own_only = PlanEdits { recommendations: BTreeMap::new(), own: region.plan.own.clone(), ..PlanEdits::default() };
    rows.extend(plan_rows(questionnaire, &Answers::new(), &own_only));
    numbered(rows)
}

impl Region {
    /// Changes the choices for one row of the regional plan. A recommendation without stored
    /// choices starts from what the row shows (so editing its owner does not tick a row that was
    /// off by default).
    pub fn edit_plan_row(&mut self, row: &PlanRow, change: impl FnOnce(&mut ActionEdits), now: &str) {
        self.plan.edit_row(row, change);
        self.updated_at = now.to_owned();
    }
}
