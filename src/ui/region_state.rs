//! The reactive state of one open regional overview. A region changes by whole actions (an
//! import, a choice in a conflict, "Anoniem delen", removing a member), so every change goes
//! through [`RegionState::change`], which saves at once and keeps the outcome of that save.
//! Everything on screen is read from [`RegionState::view`], which is `region_view`: with
//! "Anoniem delen" on, no page can show a name.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::figures::FigureFile;
use crate::model::region::{region_view, Region, RegionOverview};
use crate::model::Questionnaire;
use crate::ui::browser::clock::now_iso;
use crate::ui::browser::timing::measured;
use crate::ui::storage::save_region;

#[derive(Clone, Copy)]
pub struct RegionState {
    pub region: RwSignal<Region>,
    pub questionnaire: StoredValue<Arc<Questionnaire>>,
    pub figures: StoredValue<Option<Arc<FigureFile>>>,
    /// The overview as the user asked to see it (named or anonymous); timed as `regio-overzicht`.
    pub view: Memo<RegionOverview>,
    /// Why the last save failed, until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    /// "Anoniem delen", apart from the region: parts that depend only on it are not rebuilt (and
    /// lose nothing, such as an import's report) when something else changes.
    anonymous: Memo<bool>,
}

impl RegionState {
    pub fn new(region: Region, questionnaire: Arc<Questionnaire>, figures: Option<Arc<FigureFile>>) -> RegionState {
        let region = RwSignal::new(region);
        let for_view = questionnaire.clone();
        let view = Memo::new(move |_| region.with(|r| measured("regio-overzicht", || region_view(&for_view, r))));
        RegionState {
            region,
            questionnaire: StoredValue::new(questionnaire),
            figures: StoredValue::new(figures),
            view,
            save_error: RwSignal::new(None),
            anonymous: Memo::new(move |_| region.with(|r| r.anonymous)),
        }
    }

    /// Applies a change; `change` returns whether it changed anything. A change is saved at once
    /// and marks the region as updated now.
    pub fn change<T>(&self, change: impl FnOnce(&mut Region, &str) -> (bool, T)) -> T {
        let now = now_iso();
        let mut changed = false;
        let mut result = None;
        // Only a real change notifies the pages (and recomputes the overview).
        self.region.maybe_update(|region| {
            let (did, value) = change(region, &now);
            if did {
                region.updated_at = now.clone();
            }
            changed = did;
            result = Some(value);
            did
        });
        if changed {
            self.save();
        }
        result.expect("the update ran")
    }

    /// Writes the region as it is now (also to retry after a failed save).
    pub fn save(&self) {
        let result = self.region.with_untracked(save_region);
        self.save_error.set(result.err());
    }

    pub fn anonymous(&self) -> bool {
        self.anonymous.get()
    }
}
