//! Three-way merge of an assessment edited in two browser tabs at once. `base` is what this tab
//! last read or wrote; `mine` is this tab's current state; `theirs` is what the other tab stored.
//!
//! Each value is merged on its own (one answer's choice, its toelichting, one plan row's status,
//! its note …), so two tabs working on different things never undo each other:
//!
//! - A value only one tab changed takes that change.
//! - A **text** (every free text: a toelichting, a text answer, a case's name and notes, a plan
//!   row's owner and note, an own action's title and text, the plan's summary, version and
//!   author, the evaluation's name and municipality) that both tabs changed differently keeps
//!   both versions, this tab's first ([`text::merge_text`]), and its [`Place`] is reported so
//!   the user can look at it.
//! - Any other value both tabs changed (a chosen option, a rating, a status, a deadline) takes
//!   this tab's change.
//! - An own action or a case removed in one tab is removed, unless the other tab changed one of
//!   its texts: then it is kept, and reported.
//!
//! No text either tab changed is lost (`tests/merge.rs` checks it over random edits).

mod place;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};

pub use place::{texts, Place};
use text::{merge_text, Shape};

use super::answers::{Answer, AnswerValue, Answers};
use super::assessment::Assessment;
use super::cases::CaseRecord;
use super::plan::details::PlanDetails;
use super::plan::{ActionEdits, OwnAction, PlanEdits};
use super::sorted::{map_of, set_of};

/// The merged evaluation, and the places where both tabs changed a text (or where the other tab
/// kept both versions of one), in a fixed order, each once.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub assessment: Assessment,
    pub conflicts: Vec<Place>,
}

pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Merged {
    let mut merger = Merger::default();
    let assessment = merger.assessment(base, mine, theirs);
    Merged { assessment, conflicts: merger.conflicts.into_iter().collect() }
}

fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
    if mine != base {
        mine.clone()
    } else {
        theirs.clone()
    }
}

#[derive(Default)]
struct Merger {
    conflicts: BTreeSet<Place>,
}

impl Merger {
    fn text(&mut self, place: Place, base: &str, mine: &str, theirs: &str, shape: Shape) -> String {
        let merged = merge_text(base, mine, theirs, shape);
        if merged.tell {
            self.conflicts.insert(place);
        }
        merged.text
    }

    fn assessment(&mut self, base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Assessment {
        // Every stored field is named here, so a new one does not compile until its rule is chosen.
        let Assessment {
            format,
            format_version,
            id,
            name,
            municipality,
            questionnaire_id,
            questionnaire_version,
            questionnaire_title,
            created_at,
            updated_at,
            answers,
            mode,
            cases,
            position,
            plan: PlanEdits { recommendations, own, details },
        } = theirs;
        Assessment {
            // The same document on both sides: these do not change while it is open.
            format: format.clone(),
            format_version: *format_version,
            id: id.clone(),
            questionnaire_id: questionnaire_id.clone(),
            questionnaire_title: questionnaire_title.clone(),
            created_at: created_at.clone(),
            name: self.text(Place::Name, &base.name, &mine.name, name, Shape::OneLine),
            municipality: self.text(
                Place::Municipality,
                &base.municipality,
                &mine.municipality,
                municipality,
                Shape::OneLine,
            ),
            questionnaire_version: pick(
                &base.questionnaire_version,
                &mine.questionnaire_version,
                questionnaire_version,
            ),
            mode: pick(&base.mode, &mine.mode, mode),
            position: pick(&base.position, &mine.position, position),
            answers: self.answers(&base.answers, &mine.answers, answers),
            cases: self.cases(&base.cases, &mine.cases, cases),
            plan: PlanEdits {
                recommendations: self.rows(&base.plan.recommendations, &mine.plan.recommendations, recommendations),
                own: self.own_actions(&base.plan.own, &mine.plan.own, own),
                details: self.details(&base.plan.details, &mine.plan.details, details),
            },
            updated_at: mine.updated_at.clone().max(updated_at.clone()),
        }
    }

    fn answers(&mut self, base: &Answers, mine: &Answers, theirs: &Answers) -> Answers {
        // A missing answer is an empty one (the state removes answers that become empty).
        merge_keyed(base, mine, theirs, |key, b, m, t| self.answer(key, b, m, t))
    }

    fn answer(&mut self, question: &str, base: &Answer, mine: &Answer, theirs: &Answer) -> Answer {
        let Answer { value, note } = theirs;
        Answer {
            value: self.answer_value(question, &base.value, &mine.value, value),
            note: self.text(Place::Note { question: question.to_owned() }, &base.note, &mine.note, note, Shape::Lines),
        }
    }

    /// A text answer merges as a text (no answer is an empty text). When one tab wrote a text
    /// and the other chose something else ("niet van toepassing"), the text is kept: it cannot
    /// be typed again with one click, the choice can.
    fn answer_value(
        &mut self,
        question: &str,
        base: &Option<AnswerValue>,
        mine: &Option<AnswerValue>,
        theirs: &Option<AnswerValue>,
    ) -> Option<AnswerValue> {
        let place = Place::TextAnswer { question: question.to_owned() };
        let as_text = |value: &Option<AnswerValue>| match value {
            None => Some(String::new()),
            Some(AnswerValue::Text(text)) => Some(text.clone()),
            Some(_) => None,
        };
        if let (Some(b), Some(m), Some(t)) = (as_text(base), as_text(mine), as_text(theirs)) {
            let text = self.text(place, &b, &m, &t, Shape::Lines);
            return (!text.is_empty()).then_some(AnswerValue::Text(text));
        }
        let both_changed = mine != base && theirs != base && mine != theirs;
        let written = |value: &Option<AnswerValue>| matches!(value, Some(AnswerValue::Text(t)) if !t.is_empty());
        if both_changed && (written(mine) || written(theirs)) {
            self.conflicts.insert(place);
            return if written(mine) { mine.clone() } else { theirs.clone() };
        }
        pick(base, mine, theirs)
    }

    fn rows(
        &mut self,
        base: &BTreeMap<String, ActionEdits>,
        mine: &BTreeMap<String, ActionEdits>,
        theirs: &BTreeMap<String, ActionEdits>,
    ) -> BTreeMap<String, ActionEdits> {
        merge_keyed(base, mine, theirs, |key, b, m, t| self.row(key, b, m, t))
    }

    fn row(&mut self, key: &str, base: &ActionEdits, mine: &ActionEdits, theirs: &ActionEdits) -> ActionEdits {
        let ActionEdits { selected, priority, owner, deadline, period, status, note } = theirs;
        let row = || key.to_owned();
        ActionEdits {
            selected: pick(&base.selected, &mine.selected, selected),
            priority: pick(&base.priority, &mine.priority, priority),
            owner: self.text(Place::RowOwner { row: row() }, &base.owner, &mine.owner, owner, Shape::OneLine),
            deadline: pick(&base.deadline, &mine.deadline, deadline),
            period: pick(&base.period, &mine.period, period),
            status: pick(&base.status, &mine.status, status),
            note: self.text(Place::RowNote { row: row() }, &base.note, &mine.note, note, Shape::Lines),
        }
    }

    fn own_action(&mut self, base: &OwnAction, mine: &OwnAction, theirs: &OwnAction) -> OwnAction {
        let OwnAction { id, title, text, principle, priority, edits } = theirs;
        let action = || id.clone();
        OwnAction {
            id: id.clone(),
            title: self.text(Place::OwnTitle { action: action() }, &base.title, &mine.title, title, Shape::OneLine),
            text: self.text(Place::OwnText { action: action() }, &base.text, &mine.text, text, Shape::Lines),
            principle: pick(&base.principle, &mine.principle, principle),
            priority: pick(&base.priority, &mine.priority, priority),
            edits: self.row(id, &base.edits, &mine.edits, edits),
        }
    }

    /// Own actions by id, in the order base, theirs, mine. Two different actions that both tabs
    /// added under the same new id are both kept; the other tab's gets the next free id.
    fn own_actions(&mut self, base: &[OwnAction], mine: &[OwnAction], theirs: &[OwnAction]) -> Vec<OwnAction> {
        let find = |list: &[OwnAction], id: &str| list.iter().find(|a| a.id == id).cloned();
        let mut ids: Vec<String> = Vec::new();
        for action in base.iter().chain(theirs).chain(mine) {
            if !ids.contains(&action.id) {
                ids.push(action.id.clone());
            }
        }
        let mut merged = Vec::new();
        let mut added_twice = Vec::new();
        for id in ids {
            let kept = match (find(base, &id), find(mine, &id), find(theirs, &id)) {
                (Some(b), Some(m), Some(t)) => Some(self.own_action(&b, &m, &t)),
                (None, Some(m), Some(t)) => {
                    if m != t {
                        added_twice.push(t);
                    }
                    Some(m)
                }
                (Some(b), None, Some(t)) => self.kept_after_removal(&b, t),
                (Some(b), Some(m), None) => (m != b).then(|| {
                    if own_texts(&m) != own_texts(&b) {
                        self.conflicts.insert(Place::OwnAction { action: id.clone() });
                    }
                    m
                }),
                (None, mine, theirs) => mine.or(theirs),
                (Some(_), None, None) => None,
            };
            merged.extend(kept);
        }
        for mut action in added_twice {
            action.id = PlanEdits { own: merged.clone(), ..PlanEdits::default() }.next_own_id();
            merged.push(action);
        }
        merged
    }

    /// This tab removed an own action: removed it stays, unless the other tab changed its texts.
    fn kept_after_removal(&mut self, base: &OwnAction, theirs: OwnAction) -> Option<OwnAction> {
        (own_texts(&theirs) != own_texts(base)).then(|| {
            self.conflicts.insert(Place::OwnAction { action: theirs.id.clone() });
            theirs
        })
    }

    fn details(&mut self, base: &PlanDetails, mine: &PlanDetails, theirs: &PlanDetails) -> PlanDetails {
        let PlanDetails { summary, audience, date, version, author } = theirs;
        PlanDetails {
            summary: self.text(Place::PlanSummary, &base.summary, &mine.summary, summary, Shape::Lines),
            audience: pick(&base.audience, &mine.audience, audience),
            date: pick(&base.date, &mine.date, date),
            version: self.text(Place::PlanVersion, &base.version, &mine.version, version, Shape::OneLine),
            author: self.text(Place::PlanAuthor, &base.author, &mine.author, author, Shape::OneLine),
        }
    }

    /// Cases have no id: each tab's list is lined up with the base first ([`line_up`]), so a
    /// case removed in one tab does not shift the other tab's changes onto the wrong case. Cases
    /// added in both tabs are all kept, this tab's first.
    fn cases(&mut self, base: &[CaseRecord], mine: &[CaseRecord], theirs: &[CaseRecord]) -> Vec<CaseRecord> {
        if mine == base {
            return theirs.to_vec();
        }
        if theirs == base || mine == theirs {
            return mine.to_vec();
        }
        let (mine_at, mine_added) = line_up(base, mine);
        let (theirs_at, theirs_added) = line_up(base, theirs);
        let mut merged: Vec<CaseRecord> = Vec::new();
        for (index, b) in base.iter().enumerate() {
            let m = mine_at[index].map(|j| &mine[j]);
            let t = theirs_at[index].map(|j| &theirs[j]);
            let at = merged.len();
            let kept = match (m, t) {
                (Some(m), Some(t)) => Some(self.case(at, b, m, t)),
                (None, Some(t)) => (case_texts(t) != case_texts(b)).then(|| t.clone()),
                (Some(m), None) => (m != b).then(|| m.clone()),
                (None, None) => None,
            };
            if let Some(kept) = kept {
                let removed_here_changed_there = m.is_none() || t.is_none();
                if removed_here_changed_there && case_texts(&kept) != case_texts(b) {
                    self.conflicts.insert(Place::Case { case: at });
                }
                merged.push(kept);
            }
        }
        merged.extend(mine_added.into_iter().map(|j| mine[j].clone()));
        for j in theirs_added {
            if !merged.contains(&theirs[j]) {
                merged.push(theirs[j].clone());
            }
        }
        merged
    }

    fn case(&mut self, at: usize, base: &CaseRecord, mine: &CaseRecord, theirs: &CaseRecord) -> CaseRecord {
        let CaseRecord { label, ratings, notes } = theirs;
        let label = self.text(Place::CaseLabel { case: at }, &base.label, &mine.label, label, Shape::OneLine);
        let ratings = merge_keyed(&base.ratings, &mine.ratings, ratings, |_, b, m, t| {
            merge_keyed(b, m, t, |_, b, m, t| pick(b, m, t))
        });
        let notes = merge_keyed(&base.notes, &mine.notes, notes, |topic, b, m, t| {
            self.text(Place::CaseNote { case: at, topic: topic.to_owned() }, b, m, t, Shape::Lines)
        });
        CaseRecord { label, ratings, notes }
    }
}

/// Merges two maps key by key, a missing entry standing for an empty one. An entry that ends up
/// empty is left out, unless the side whose change wins has it.
fn merge_keyed<V: Clone + PartialEq + Default>(
    base: &BTreeMap<String, V>,
    mine: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
    mut merge_one: impl FnMut(&str, &V, &V, &V) -> V,
) -> BTreeMap<String, V> {
    let empty = V::default();
    let keys = set_of(base.keys().chain(mine.keys()).chain(theirs.keys()));
    map_of(keys.into_iter().filter_map(|key| {
        let (b, m, t) = (base.get(key), mine.get(key), theirs.get(key));
        let merged = merge_one(key, b.unwrap_or(&empty), m.unwrap_or(&empty), t.unwrap_or(&empty));
        let present = pick(&b.is_some(), &m.is_some(), &t.is_some());
        (merged != empty || present).then(|| (key.clone(), merged))
    }))
}

/// For each case of `base`, where it is in `side` (or `None`: removed there), and the cases
/// `side` added. Lists of the same length line up by position; otherwise by the longest run of
/// cases in order that are unchanged or kept their name (a removal keeps the order of the rest).
fn line_up(base: &[CaseRecord], side: &[CaseRecord]) -> (Vec<Option<usize>>, Vec<usize>) {
    if base.len() == side.len() {
        return ((0..base.len()).map(Some).collect(), Vec::new());
    }
    let same = |b: &CaseRecord, s: &CaseRecord| b == s || b.label == s.label;
    // longest[i][j]: how many of base[i..] and side[j..] line up.
    let mut longest = vec![vec![0usize; side.len() + 1]; base.len() + 1];
    for i in (0..base.len()).rev() {
        for j in (0..side.len()).rev() {
            longest[i][j] = if same(&base[i], &side[j]) {
                longest[i + 1][j + 1] + 1
            } else {
                longest[i + 1][j].max(longest[i][j + 1])
            };
        }
    }
    let mut at = vec![None; base.len()];
    let mut matched = vec![false; side.len()];
    let (mut i, mut j) = (0, 0);
    while i < base.len() && j < side.len() {
        if same(&base[i], &side[j]) && longest[i][j] == longest[i + 1][j + 1] + 1 {
            at[i] = Some(j);
            matched[j] = true;
            i += 1;
            j += 1;
        } else if longest[i + 1][j] >= longest[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let added = (0..side.len()).filter(|j| !matched[*j]).collect();
    (at, added)
}

fn own_texts(action: &OwnAction) -> [&str; 4] {
    [&action.title, &action.text, &action.edits.owner, &action.edits.note]
}

fn case_texts(case: &CaseRecord) -> (&str, &BTreeMap<String, String>) {
    (&case.label, &case.notes)
}
