//! Three-way merge of an assessment edited in two browser tabs at once. `base` is what this tab
//! last read or wrote; `mine` is this tab's current state; `theirs` is what the other tab stored.
//! Whatever this tab changed since `base` wins; everything else comes from `theirs`. So two
//! people (or two tabs) answering different questions never undo each other's work.

use std::collections::{BTreeMap, BTreeSet};

use super::assessment::Assessment;
use super::plan::OwnAction;

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
    let mut merged = theirs.clone();
    merged.name = pick(&base.name, &mine.name, &theirs.name);
    merged.municipality = pick(&base.municipality, &mine.municipality, &theirs.municipality);
    merged.questionnaire_version =
        pick(&base.questionnaire_version, &mine.questionnaire_version, &theirs.questionnaire_version);
    merged.mode = pick(&base.mode, &mine.mode, &theirs.mode);
    merged.position = pick(&base.position, &mine.position, &theirs.position);
    merged.answers = merge_maps(&base.answers, &mine.answers, &theirs.answers);
    merged.cases = pick(&base.cases, &mine.cases, &theirs.cases);
    merged.plan.recommendations =
        merge_maps(&base.plan.recommendations, &mine.plan.recommendations, &theirs.plan.recommendations);
    merged.plan.own = merge_own(&base.plan.own, &mine.plan.own, &theirs.plan.own);
    merged.updated_at = mine.updated_at.clone().max(theirs.updated_at.clone());
    merged
}
