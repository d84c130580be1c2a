//! Explicit, ordered migrations of the stored assessment document. Each step takes a document of
//! version N to N+1; a document is migrated step by step to the current version before it is
//! read. A document from a newer app is refused (not guessed at), so nothing is lost by reading it
//! with an older app.
//!
//! The current version is not written down anywhere: it is the number of steps plus one, so a
//! new step raises it and there is no second number to forget. A change of the stored format
//! without a step fails `tests/stored_format.rs`.

use serde_json::Value;

type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[n - 1]` migrates version `n` to `n + 1`. Append a step for every format change.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4];

/// The version this app writes.
pub const CURRENT_VERSION: u32 = STEPS.len() as u32 + 1;

/// Version 2 stores the questionnaire's title, so an evaluation whose questionnaire is not
/// available (a removed own questionnaire, an import from elsewhere) can still be named. A
/// version 1 document did not know the title; its id is the best name there is.
fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let object = value.as_object_mut().ok_or("geen object")?;
    let id = object.get("questionnaire_id").cloned().unwrap_or(Value::String(String::new()));
    object.entry("questionnaire_title").or_insert(id);
    Ok(value)
}

/// Version 3 adds the plan's period per action and the plan's own summary and details. Both are
/// optional, so a version 2 document needs no change; the new version number keeps an older app
/// from opening (and so dropping) them.
fn v2_to_v3(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 4 adds the priority a user gives an action, and half years ("2027-H1") as periods.
/// A version 3 document has neither and needs no change; the new number keeps an older app from
/// opening (and so dropping, or refusing as damaged) them.
fn v3_to_v4(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Brings a stored or imported document to the current version.
pub fn migrate(mut value: Value) -> Result<Value, String> {
    let version = value.get("format_version").and_then(Value::as_u64).unwrap_or(0);
    let current = u64::from(CURRENT_VERSION);
    if version > current {
        return Err(format!(
            "Deze zelfevaluatie heeft opslagversie {version}; deze app leest tot en met versie {current}. Gebruik de nieuwste versie van de app."
        ));
    }
    if version == 0 {
        return Err("Deze zelfevaluatie heeft geen geldige opslagversie (`format_version`).".to_owned());
    }
    // 1 ≤ version ≤ current here, so the steps to run are exactly the ones after `version`.
    for (from, step) in (version..).zip(&STEPS[(version - 1) as usize..]) {
        value =
            step(value).map_err(|e| format!("De zelfevaluatie kon niet worden bijgewerkt van versie {from}: {e}."))?;
        if let Some(object) = value.as_object_mut() {
            object.insert("format_version".to_owned(), Value::from(from + 1));
        }
    }
    Ok(value)
}
