//! The one place that touches browser storage: its keys, reading, writing and setting aside.
//! Saving while the user works (debounce, merge with other tabs, status) is `ui::autosave`.
//! Regional overviews live under a key prefix of their own, apart from the evaluations.
//!
//! - When the browser refuses storage (private mode, policy), everything is kept in memory for
//!   this tab and the app says so: the user can still work, and export before closing.
//! - Stored data that cannot be read is never overwritten or deleted silently: it is moved aside
//!   and offered for download.
//! - A failed write (storage full) is reported and leaves what was saved before untouched.

use std::cell::RefCell;
use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, Storage};

use crate::model::region::Region;
use crate::model::sorted::sort;
use crate::model::Assessment;

/// Everything this version of the app stores starts with this.
const APP_PREFIX: &str = "wmo-zelfevaluatie/v1/";
const ASSESSMENT_PREFIX: &str = "wmo-zelfevaluatie/v1/assessment/";
const REGION_PREFIX: &str = "wmo-zelfevaluatie/v1/regio/";
const SET_ASIDE_PREFIX: &str = "wmo-zelfevaluatie/v1/onleesbaar/";
const NOTICE_SEEN_KEY: &str = "wmo-zelfevaluatie/v1/uitleg-opslag-gezien";
const QUESTIONNAIRE_PREFIX: &str = "wmo-zelfevaluatie/v1/vragenlijst/";

thread_local! {
    /// Used instead of localStorage when the browser refuses it.
    static MEMORY: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
    static AVAILABLE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

/// Whether the browser lets this page use localStorage at all (decided once: a full storage
/// later must not switch to memory and hide what is saved).
pub fn storage_available() -> bool {
    AVAILABLE.with(|a| *a.get_or_init(|| web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()))
}

pub(super) fn get(key: &str) -> Option<String> {
    if storage_available() {
        LocalStorage::raw().get_item(key).ok().flatten()
    } else {
        MEMORY.with(|m| m.borrow().get(key).cloned())
    }
}

fn set(key: &str, value: &str) -> Result<(), ()> {
    if storage_available() {
        LocalStorage::raw().set_item(key, value).map_err(|_| ())
    } else {
        MEMORY.with(|m| m.borrow_mut().insert(key.to_owned(), value.to_owned()));
        Ok(())
    }
}

fn remove(key: &str) {
    if storage_available() {
        let _ = LocalStorage::raw().remove_item(key);
    } else {
        MEMORY.with(|m| m.borrow_mut().remove(key));
    }
}

fn keys_with(prefix: &str) -> Vec<String> {
    let mut keys: Vec<String> = if storage_available() {
        let storage = LocalStorage::raw();
        (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).collect()
    } else {
        MEMORY.with(|m| m.borrow().keys().cloned().collect())
    };
    keys.retain(|k| k.starts_with(prefix));
    sort(&mut keys);
    keys
}

/// (name after the prefix, stored text) of every entry under `prefix`.
fn entries_with(prefix: &str) -> Vec<(String, String)> {
    keys_with(prefix).into_iter().filter_map(|key| Some((key.strip_prefix(prefix)?.to_owned(), get(&key)?))).collect()
}

pub(super) fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// What was found under an assessment's key.
pub enum Stored {
    Nothing,
    Found(Box<Assessment>),
    /// Unreadable data, moved to a separate key so it is not overwritten; the message says so.
    SetAside(String),
}

pub fn load_assessment(id: &str) -> Stored {
    let key = assessment_key(id);
    let Some(text) = get(&key) else { return Stored::Nothing };
    match Assessment::from_json(&text) {
        Ok(assessment) => Stored::Found(Box::new(assessment)),
        Err(reason) => Stored::SetAside(set_aside(&key, &text, &reason)),
    }
}

fn set_aside(key: &str, text: &str, reason: &str) -> String {
    set_aside_as(key, key.rsplit('/').next().unwrap_or("onbekend"), text, reason)
}

/// Moves unreadable data under `name` among the set-aside entries (the start page offers them).
fn set_aside_as(key: &str, name: &str, text: &str, reason: &str) -> String {
    let aside = format!("{SET_ASIDE_PREFIX}{name}");
    if set(&aside, text).is_ok() {
        remove(key);
        format!("Opgeslagen gegevens konden niet worden gelezen: {reason} Ze zijn apart gezet; op de startpagina kunt u ze downloaden.")
    } else {
        format!("Opgeslagen gegevens konden niet worden gelezen: {reason} Ze zijn niet gewijzigd.")
    }
}

/// Every saved evaluation that can be read. Unreadable ones are moved aside (see
/// [`unreadable_entries`]), never deleted.
pub fn list_assessments() -> Vec<Assessment> {
    keys_with(ASSESSMENT_PREFIX)
        .into_iter()
        .filter_map(|key| {
            let text = get(&key)?;
            match Assessment::from_json(&text) {
                Ok(assessment) => Some(assessment),
                Err(reason) => {
                    set_aside(&key, &text, &reason);
                    None
                }
            }
        })
        .collect()
}

/// Stored data the app cannot use, offered to the user to download (to repair, or to send to
/// whoever maintains the site) and then remove.
#[derive(Debug, Clone, PartialEq)]
pub struct UnreadableEntry {
    /// The name the download gets.
    pub file_name: String,
    pub text: String,
    key: String,
}

/// Whether a key is one this version of the app writes. Keys of another version
/// (`wmo-zelfevaluatie/v2/…`) are a newer app's and are left alone.
fn is_known_key(key: &str) -> bool {
    key == NOTICE_SEEN_KEY
        || [ASSESSMENT_PREFIX, SET_ASIDE_PREFIX, QUESTIONNAIRE_PREFIX, REGION_PREFIX]
            .iter()
            .any(|prefix| key.starts_with(prefix))
}

/// Evaluations that could not be read (set aside), and anything else under this app's prefix it
/// does not know: nothing of it is kept out of sight.
pub fn unreadable_entries() -> Vec<UnreadableEntry> {
    let set_aside = entries_with(SET_ASIDE_PREFIX).into_iter().map(|(name, text)| UnreadableEntry {
        file_name: format!("onleesbare-gegevens-{name}.json"),
        key: format!("{SET_ASIDE_PREFIX}{name}"),
        text,
    });
    let unknown = keys_with(APP_PREFIX).into_iter().filter(|key| !is_known_key(key)).filter_map(|key| {
        let name = crate::model::export::slug(key.strip_prefix(APP_PREFIX).unwrap_or(&key));
        Some(UnreadableEntry { file_name: format!("onbekende-gegevens-{name}.txt"), text: get(&key)?, key })
    });
    set_aside.chain(unknown).collect()
}

pub fn remove_unreadable(entry: &UnreadableEntry) {
    remove(&entry.key);
}

/// Saves at once (creating, renaming, copying), instead of after the typing pause.
pub fn save_now(assessment: &Assessment) -> Result<(), String> {
    write(assessment)
}

pub fn delete_assessment(id: &str) {
    remove(&assessment_key(id));
}

/// Questionnaires the user added, as (id, YAML text). Stored as text and validated again on every
/// start, so a stored file is always judged by the rules of the running app.
pub fn list_custom_questionnaires() -> Vec<(String, String)> {
    entries_with(QUESTIONNAIRE_PREFIX)
}

pub fn save_custom_questionnaire(id: &str, yaml: &str) -> Result<(), String> {
    set(&format!("{QUESTIONNAIRE_PREFIX}{id}"), yaml)
        .map_err(|()| "Opslaan is mislukt; mogelijk is de opslag van de browser vol.".to_owned())
}

/// The stored text of the user's own questionnaire, as it was added.
pub fn custom_questionnaire_text(id: &str) -> Option<String> {
    get(&format!("{QUESTIONNAIRE_PREFIX}{id}"))
}

pub fn delete_custom_questionnaire(id: &str) {
    remove(&format!("{QUESTIONNAIRE_PREFIX}{id}"));
}

/// Whether the one-time explanation about browser storage has been dismissed.
pub fn storage_notice_seen() -> bool {
    get(NOTICE_SEEN_KEY).is_some()
}

pub fn mark_storage_notice_seen() {
    let _ = set(NOTICE_SEEN_KEY, "ja");
}

pub(super) fn write(assessment: &Assessment) -> Result<(), String> {
    // A text that would not read back is never written: what was saved before stays.
    let json = assessment.to_json()?;
    set(&assessment_key(&assessment.id), &json).map_err(|()| {
        "Opslaan is mislukt: de opslag van de browser is vol. Uw laatste wijzigingen staan nog op het scherm, "
            .to_owned()
            + "eerder opgeslagen antwoorden zijn niet aangetast. Exporteer de evaluatie of verwijder oude evaluaties en probeer het opnieuw."
    })
}

/// What was found under a regional overview's key.
pub enum StoredRegion {
    Nothing,
    Found(Box<Region>),
    /// Unreadable data, moved aside as for an evaluation; the message says so.
    SetAside(String),
}

/// The set-aside name of an unreadable region: `regio-<id>`, so it never takes the place of an
/// unreadable evaluation with the same id.
fn region_aside_name(key: &str) -> String {
    format!("regio-{}", key.strip_prefix(REGION_PREFIX).unwrap_or(key))
}

pub fn load_region(id: &str) -> StoredRegion {
    let key = format!("{REGION_PREFIX}{id}");
    let Some(text) = get(&key) else { return StoredRegion::Nothing };
    match Region::from_json(&text) {
        Ok(region) => StoredRegion::Found(Box::new(region)),
        Err(reason) => StoredRegion::SetAside(set_aside_as(&key, &region_aside_name(&key), &text, &reason)),
    }
}

/// Every stored regional overview that can be read; unreadable ones are moved aside (see
/// [`set_aside_entries`]), never deleted.
pub fn list_regions() -> Vec<Region> {
    keys_with(REGION_PREFIX)
        .into_iter()
        .filter_map(|key| {
            let text = get(&key)?;
            match Region::from_json(&text) {
                Ok(region) => Some(region),
                Err(reason) => {
                    set_aside_as(&key, &region_aside_name(&key), &text, &reason);
                    None
                }
            }
        })
        .collect()
}

/// Saves a regional overview at once (it changes by whole actions, not by keystrokes). A full
/// storage leaves what was saved before untouched and says so.
pub fn save_region(region: &Region) -> Result<(), String> {
    let text = region.to_json()?;
    crate::ui::browser::timing::measured("regio-opslaan", || set(&format!("{REGION_PREFIX}{}", region.id), &text))
        .map_err(|()| {
            "Opslaan is mislukt: de opslag van de browser is vol. Wat u ziet, is nog niet bewaard; het regio-overzicht zoals het eerder was opgeslagen, is niet aangetast. "
                .to_owned()
                + "Verwijder een regio-overzicht of evaluatie die u niet meer nodig heeft (exporteer die eerst als u hem wilt bewaren) en kies dan 'Opnieuw opslaan'."
        })
}

pub fn delete_region(id: &str) {
    remove(&format!("{REGION_PREFIX}{id}"));
}
