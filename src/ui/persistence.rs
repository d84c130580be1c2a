//! The one place that touches browser storage. Saves are debounced (typing in a toelichting does
//! not write on every key) and flushed when the page is hidden or closed, so a fast reload loses
//! nothing. Stored data that cannot be read is kept aside, never overwritten.

use std::cell::RefCell;
use std::time::Duration;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use crate::model::Assessment;

const ASSESSMENT_PREFIX: &str = "wmo-zelfevaluatie/v1/assessment/";
const SET_ASIDE_PREFIX: &str = "wmo-zelfevaluatie/v1/onleesbaar/";
const NOTICE_SEEN_KEY: &str = "wmo-zelfevaluatie/v1/uitleg-opslag-gezien";
const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Everything is in storage.
    Saved,
    /// A change waits for the debounce.
    Pending,
    Failed(String),
}

fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

fn storage_available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// What was found under an assessment's key.
pub enum Stored {
    Nothing,
    Found(Assessment),
    /// Unreadable data, moved to a separate key so it is not overwritten; the message says so.
    SetAside(String),
    StorageUnavailable,
}

pub fn load_assessment(id: &str) -> Stored {
    if !storage_available() {
        return Stored::StorageUnavailable;
    }
    let key = assessment_key(id);
    let Some(text) = LocalStorage::raw().get_item(&key).ok().flatten() else {
        return Stored::Nothing;
    };
    match Assessment::from_json(&text) {
        Ok(assessment) => Stored::Found(assessment),
        Err(reason) => {
            let aside = format!("{SET_ASIDE_PREFIX}{id}/{}", super::dom::now_iso());
            let moved = LocalStorage::raw().set_item(&aside, &text).is_ok()
                && LocalStorage::raw().remove_item(&key).is_ok();
            Stored::SetAside(if moved {
                format!("Opgeslagen antwoorden konden niet worden gelezen: {reason} De gegevens zijn apart bewaard onder '{aside}' en u begint met een lege vragenlijst.")
            } else {
                format!("Opgeslagen antwoorden konden niet worden gelezen: {reason} Wijzigingen worden niet opgeslagen, zodat de oude gegevens bewaard blijven.")
            })
        }
    }
}

/// Every saved evaluation that can be read, and how many stored ones could not be read (those
/// are left where they are).
pub fn list_assessments() -> (Vec<Assessment>, usize) {
    if !storage_available() {
        return (Vec::new(), 0);
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(ASSESSMENT_PREFIX))
        .collect();
    let mut unreadable = 0;
    let mut found = Vec::with_capacity(keys.len());
    for key in keys {
        match storage.get_item(&key).ok().flatten().map(|text| Assessment::from_json(&text)) {
            Some(Ok(assessment)) => found.push(assessment),
            _ => unreadable += 1,
        }
    }
    (found, unreadable)
}

/// Saves at once (creating, renaming, copying), instead of after the typing pause.
pub fn save_now(assessment: &Assessment) -> Result<(), String> {
    write(assessment)
}

pub fn delete_assessment(id: &str) {
    if storage_available() {
        let _ = LocalStorage::raw().remove_item(&assessment_key(id));
    }
}

/// Whether the one-time explanation about browser storage has been dismissed.
pub fn storage_notice_seen() -> bool {
    !storage_available() || LocalStorage::raw().get_item(NOTICE_SEEN_KEY).ok().flatten().is_some()
}

pub fn mark_storage_notice_seen() {
    if storage_available() {
        let _ = LocalStorage::raw().set_item(NOTICE_SEEN_KEY, "ja");
    }
}

fn write(assessment: &Assessment) -> Result<(), String> {
    if !storage_available() {
        return Err("De browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Uw antwoorden blijven alleen bewaard zolang dit tabblad open is.".to_owned());
    }
    LocalStorage::set(assessment_key(&assessment.id), assessment).map_err(|_| {
        "Opslaan is mislukt; mogelijk is de opslag van de browser vol. Eerder opgeslagen antwoorden zijn niet aangetast.".to_owned()
    })
}

struct PendingSave {
    handle: TimeoutHandle,
    assessment: Assessment,
    status: RwSignal<SaveStatus>,
}

thread_local! {
    static PENDING: RefCell<Option<PendingSave>> = const { RefCell::new(None) };
}

/// Saves after a short pause; a newer change replaces a waiting one.
pub fn schedule_save(assessment: Assessment, status: RwSignal<SaveStatus>) {
    let previous = PENDING.with(|p| p.borrow_mut().take());
    if let Some(previous) = previous {
        previous.handle.clear();
        if previous.assessment.id != assessment.id {
            finish(previous.assessment, previous.status);
        }
    }
    status.set(SaveStatus::Pending);
    match set_timeout_with_handle(flush_pending, SAVE_DELAY) {
        Ok(handle) => PENDING.with(|p| *p.borrow_mut() = Some(PendingSave { handle, assessment, status })),
        Err(_) => finish(assessment, status),
    }
}

/// Writes a waiting change now (on page hide, and when the debounce ends).
pub fn flush_pending() {
    if let Some(pending) = PENDING.with(|p| p.borrow_mut().take()) {
        pending.handle.clear();
        finish(pending.assessment, pending.status);
    }
}

fn finish(assessment: Assessment, status: RwSignal<SaveStatus>) {
    let result = write(&assessment);
    // The page may already be gone when this runs on unload.
    let _ = status.try_set(match result {
        Ok(()) => SaveStatus::Saved,
        Err(message) => SaveStatus::Failed(message),
    });
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
