//! Three-way merge of an assessment edited in two browser tabs at once. `base` is what this tab
//! last read or wrote; `mine` is this tab's current state; `theirs` is what the other tab stored.
//! Whatever this tab changed since `base` wins; everything else comes from `theirs`. So two
//! people (or two tabs) answering different questions never undo each other's work.

use std::collections::{BTreeMap, BTreeSet};

use super::assessment::Assessment;
use super::plan::{OwnAction, PlanEdits};

fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
    if mine != base {
        mine.clone()
    } else {
        theirs.clone()
    }
}

fn merge_maps<V: Clone + PartialEq>(
    base: &BTreeMap<String, V>,
    mine: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
) -> BTreeMap<String, V> {
    let keys: BTreeSet<&String> = base.keys().chain(mine.keys()).chain(theirs.keys()).collect();
    keys.into_iter()
        .filter_map(|key| {
            let chosen = pick(&base.get(key), &mine.get(key), &theirs.get(key));
            chosen.map(|v| (key.clone(), v.clone()))
        })
        .collect()
}

fn merge_own(base: &[OwnAction], mine: &[OwnAction], theirs: &[OwnAction]) -> Vec<OwnAction> {
    let find = |list: &[OwnAction], id: &str| list.iter().find(|a| a.id == id).cloned();
    let mut ids: Vec<String> = Vec::new();
    for action in base.iter().chain(theirs).chain(mine) {
        if !ids.contains(&action.id) {
            ids.push(action.id.clone());
        }
    }
    ids.into_iter().filter_map(|id| pick(&find(base, &id), &find(mine, &id), &find(theirs, &id))).collect()
}

pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Assessment {
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
        name: pick(&base.name, &mine.name, name),
        municipality: pick(&base.municipality, &mine.municipality, municipality),
        questionnaire_version: pick(&base.questionnaire_version, &mine.questionnaire_version, questionnaire_version),
        mode: pick(&base.mode, &mine.mode, mode),
        position: pick(&base.position, &mine.position, position),
        answers: merge_maps(&base.answers, &mine.answers, answers),
        cases: pick(&base.cases, &mine.cases, cases),
        plan: PlanEdits {
            recommendations: merge_maps(&base.plan.recommendations, &mine.plan.recommendations, recommendations),
            own: merge_own(&base.plan.own, &mine.plan.own, own),
            details: pick(&base.plan.details, &mine.plan.details, details),
        },
        updated_at: mine.updated_at.clone().max(updated_at.clone()),
    }
}
