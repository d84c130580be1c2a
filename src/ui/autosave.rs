//! Saving while the user works. Saves are debounced (typing in a toelichting does not write on
//! every key) and flushed when the page is hidden or closed, so a fast reload loses nothing. When
//! another tab saves the same evaluation, the two versions are merged (`model::merge`), so
//! neither tab undoes the other's work; where both changed the same text, both versions are kept
//! and the places are collected in `conflicts` for the user to look at. Storage itself is
//! `ui::storage`.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::merge::{merge, Merged, Place};
use crate::model::Assessment;
use crate::ui::storage::{assessment_key, get, write};

const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Everything is in storage.
    Saved,
    /// A change waits for the debounce.
    Pending,
    Failed(String),
}

/// The saving of one open evaluation: the evaluation as this tab has it, what this tab last read
/// from or wrote to storage (the common ancestor when another tab changes the same evaluation),
/// the status shown to the user, and the places where a merge kept two versions of a text.
#[derive(Clone, Copy)]
pub struct Autosave {
    assessment: RwSignal<Assessment>,
    base: StoredValue<Assessment>,
    pub status: RwSignal<SaveStatus>,
    /// Until the user dismisses the notice: each place once, in the order they came.
    pub conflicts: RwSignal<Vec<Place>>,
}

impl Autosave {
    /// Saves every change of `assessment` from now on, and follows other tabs.
    pub fn start(assessment: RwSignal<Assessment>) -> Autosave {
        let autosave = Autosave {
            assessment,
            base: StoredValue::new(assessment.get_untracked()),
            status: RwSignal::new(SaveStatus::Saved),
            conflicts: RwSignal::new(Vec::new()),
        };
        // Saves every change. Also one that returns to what is stored: a save of the in-between
        // state may still be waiting, and must be replaced, not written.
        Effect::new(move |previous: Option<()>| {
            let current = assessment.get();
            if previous.is_some() || autosave.base.with_value(|b| *b != current) {
                schedule_save(current, autosave);
            }
        });
        follow_other_tabs(autosave);
        autosave
    }

    /// Adds the places a merge reports to those the user has not dismissed yet.
    fn tell(&self, places: Vec<Place>) {
        if places.is_empty() {
            return;
        }
        let _ = self.conflicts.try_update(|shown| {
            for place in places {
                if !shown.contains(&place) {
                    shown.push(place);
                }
            }
        });
    }
}

struct PendingSave {
    handle: TimeoutHandle,
    /// This tab's version, and what this tab last read or wrote (kept here as values, so a
    /// change is written even when the page is already being torn down).
    assessment: Assessment,
    base: Assessment,
    autosave: Autosave,
}

thread_local! {
    static PENDING: RefCell<Option<PendingSave>> = const { RefCell::new(None) };
}

/// Saves after a short pause; a newer change replaces a waiting one.
fn schedule_save(assessment: Assessment, autosave: Autosave) {
    let base = autosave.base.get_value();
    let previous = PENDING.with(|p| p.borrow_mut().take());
    if let Some(previous) = previous {
        previous.handle.clear();
        if previous.assessment.id != assessment.id {
            finish(previous.assessment, previous.base, previous.autosave);
        }
    }
    autosave.status.set(SaveStatus::Pending);
    match set_timeout_with_handle(flush_pending, SAVE_DELAY) {
        Ok(handle) => PENDING.with(|p| *p.borrow_mut() = Some(PendingSave { handle, assessment, base, autosave })),
        Err(_) => finish(assessment, base, autosave),
    }
}

/// Writes a waiting change now (on page hide, and when the debounce ends).
pub fn flush_pending() {
    if let Some(pending) = PENDING.with(|p| p.borrow_mut().take()) {
        pending.handle.clear();
        finish(pending.assessment, pending.base, pending.autosave);
    }
}

/// Writes this tab's version; if another tab saved the same evaluation in the meantime, merges
/// first so neither tab undoes the other's answers. Only this evaluation's own key is read and
/// written, so saving costs the same however many evaluations the browser holds (timed as
/// `opslaan`, read by the benchmark).
fn finish(mine: Assessment, base: Assessment, autosave: Autosave) {
    let (to_write, result) = crate::ui::browser::timing::measured("opslaan", || {
        let stored = get(&assessment_key(&mine.id)).and_then(|text| Assessment::from_json(&text).ok());
        let Merged { assessment: to_write, conflicts } = match stored {
            Some(theirs) if theirs != base => merge(&base, &mine, &theirs),
            _ => Merged { assessment: mine.clone(), conflicts: Vec::new() },
        };
        let result = write(&to_write);
        (to_write, (result, conflicts))
    });
    let (result, conflicts) = result;
    if result.is_ok() {
        autosave.tell(conflicts);
        // The page may already be gone when this runs on unload: then there is nothing to update.
        let _ = autosave.base.try_set_value(to_write.clone());
        if to_write != mine {
            let _ = autosave.assessment.try_set(to_write);
        }
    }
    let _ = autosave.status.try_set(match result {
        Ok(()) => SaveStatus::Saved,
        Err(message) => SaveStatus::Failed(message),
    });
}

/// When another tab saves this evaluation, merges its version into this one.
fn follow_other_tabs(autosave: Autosave) {
    let key = autosave.assessment.with_untracked(|a| assessment_key(&a.id));
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let Some(theirs) = event.new_value().and_then(|text| Assessment::from_json(&text).ok()) else { return };
        let base = autosave.base.get_value();
        if theirs == base {
            return;
        }
        let mine = autosave.assessment.get_untracked();
        let Merged { assessment: merged, conflicts } = merge(&base, &mine, &theirs);
        autosave.base.set_value(theirs);
        autosave.assessment.set(merged);
        autosave.tell(conflicts);
    });
    on_cleanup(move || handle.remove());
}

/// Flushes pending saves when the tab is hidden or closed; call once at start-up.
pub fn flush_when_leaving() {
    let pagehide = window_event_listener(leptos::ev::pagehide, |_| flush_pending());
    let hidden = window_event_listener(leptos::ev::visibilitychange, |_| flush_pending());
    on_cleanup(move || {
        pagehide.remove();
        hidden.remove();
    });
}
