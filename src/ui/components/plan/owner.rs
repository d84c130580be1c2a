//! Whose verbeterplan the page edits: one evaluation's, or a region's. The page's parts read and
//! change the plan only through here, so both plans share every view and field.
//!
//! A region's side is a trait object ([`RegionSide`], made by [`PlanOwner::region`] in
//! `region_side.rs`): the code split (`ui::lazy`) follows calls, so what only a region needs (its
//! storage, its common improvement points, its printed start and downloads) loads with the
//! regional overview, which alone makes that object, and not with every evaluation's plan.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::plan::details::PlanDetails;
use crate::model::plan::views::BulkInclude;
use crate::model::plan::{plan_rows, ActionEdits, OwnAction, PlanEdits, PlanRow};
use crate::model::Questionnaire;
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_input::TextInput;
use crate::ui::state::AssessmentState;

#[derive(Clone, Copy)]
pub enum PlanOwner {
    Evaluation(AssessmentState),
    /// Kept in a `StoredValue`, so the owner stays `Copy` for the page's closures.
    Region(StoredValue<Arc<dyn RegionSide>>),
}

/// What the plan page needs of a region (see the module's comment for why this is a trait).
pub trait RegionSide: Send + Sync + 'static {
    fn questionnaire(&self) -> Arc<Questionnaire>;
    /// The plan's rows as they are now, tracked.
    fn rows(&self, questionnaire: &Questionnaire) -> Vec<PlanRow>;
    /// Tracked.
    fn details(&self) -> PlanDetails;
    /// Applies a change to the stored plan, saved at once.
    fn change(&self, change: Box<dyn FnOnce(&mut PlanEdits) + '_>);
    /// How the printed plan starts.
    fn printed_start(&self, today: ReadSignal<String>) -> AnyView;
    /// The download buttons; `ask` makes a file.
    fn download_buttons(&self, ask: Callback<super::downloads::Whose>, print: Callback<()>) -> AnyView;
}

impl PlanOwner {
    pub fn questionnaire(&self) -> Arc<Questionnaire> {
        match self {
            PlanOwner::Evaluation(state) => state.questionnaire.get_value(),
            PlanOwner::Region(side) => side.get_value().questionnaire(),
        }
    }

    /// The plan's rows as they are now (tracked: a memo built on this follows every change).
    pub fn rows(&self) -> Vec<PlanRow> {
        let questionnaire = self.questionnaire();
        match self {
            PlanOwner::Evaluation(state) => state.assessment.with(|a| plan_rows(&questionnaire, &a.answers, &a.plan)),
            PlanOwner::Region(side) => side.get_value().rows(&questionnaire),
        }
    }

    /// The plan's details (tracked: a field built on this shows another tab's change).
    pub fn details(&self) -> PlanDetails {
        match self {
            PlanOwner::Evaluation(state) => state.assessment.with(|a| a.plan.details.clone()),
            PlanOwner::Region(side) => side.get_value().details(),
        }
    }

    /// Whether a text is stored as it is typed (an evaluation, saved after a pause) or when the
    /// field is left (a region, saved at once and much larger).
    pub fn stores_while_typing(&self) -> bool {
        matches!(self, PlanOwner::Evaluation(_))
    }

    /// A one-line text field that hands its text to `store` as this owner stores texts.
    pub fn line_input(&self, value: Signal<String>, store: Callback<String>) -> AnyView {
        if self.stores_while_typing() {
            view! { <TextInput value on_input=store /> }.into_any()
        } else {
            view! { <TextInput value on_change=store /> }.into_any()
        }
    }

    /// The same for a text of several lines.
    pub fn text_area(&self, value: Signal<String>, store: Callback<String>, rows: u32) -> AnyView {
        if self.stores_while_typing() {
            view! { <TextArea value rows on_input=store /> }.into_any()
        } else {
            view! { <TextArea value rows on_change=store /> }.into_any()
        }
    }

    /// Applies a change to the stored plan (saved as the owner saves: debounced for an
    /// evaluation, at once for a region).
    fn change(&self, change: impl FnOnce(&mut PlanEdits)) {
        match self {
            PlanOwner::Evaluation(state) => state.change_plan(change),
            PlanOwner::Region(side) => side.get_value().change(Box::new(change)),
        }
    }

    pub fn edit_row(&self, row: &PlanRow, change: impl FnOnce(&mut ActionEdits)) {
        self.change(|plan| plan.edit_row(row, change));
    }

    pub fn include_in_bulk(&self, choice: BulkInclude, rows: &[PlanRow]) {
        self.change(|plan| choice.apply(plan, rows));
    }

    pub fn edit_details(&self, change: impl FnOnce(&mut PlanDetails)) {
        self.change(|plan| change(&mut plan.details));
    }

    pub fn add_own_action(&self, mut action: OwnAction) {
        self.change(|plan| {
            action.id = plan.next_own_id();
            plan.own.push(action);
        });
    }

    pub fn remove_own_action(&self, id: &str) {
        self.change(|plan| plan.own.retain(|o| o.id != id));
    }
}
