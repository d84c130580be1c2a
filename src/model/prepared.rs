//! Questionnaires and figures prepared at build time as JSON.
//!
//! Reading YAML is the largest part of the app's start-up work in the browser: the YAML parser is
//! big, and the browser compiles each WebAssembly function the first time it runs. The build
//! therefore also writes every shipped YAML file as JSON, which the app reads several times
//! faster. The YAML stays the source: the JSON carries a fingerprint of the exact YAML text it was
//! made from. When an editor changes a YAML file on the host, the fingerprints differ and the app
//! reads the YAML itself, as it would without the JSON.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::figures::{load_figures, validate_figures, FigureFile};
use super::load::load_questionnaire;
use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::validate::validate;

/// The prepared file: the fingerprint of the YAML it came from, and its content.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Prepared<T> {
    yaml_fingerprint: String,
    content: T,
}

/// FNV-1a (64 bits) of the text, as 16 hex digits. It tells whether a YAML file changed since the
/// build; it is not a security measure (the YAML and the JSON come from the same host). A leading
/// byte order mark is left out: browsers drop it when they decode a file, the build keeps it.
pub fn fingerprint(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let hash = text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// The JSON the build writes beside a YAML file, for its already loaded and validated content
/// (a questionnaire or the national figures).
pub fn prepared_json<T: Serialize>(yaml: &str, content: &T) -> String {
    let prepared = Prepared { yaml_fingerprint: fingerprint(yaml), content };
    // Strings, numbers, lists and maps with string keys only: serialising cannot fail. (A number
    // that is not finite would be written as null and not read back; the app then reads the YAML.)
    serde_json::to_string(&prepared).expect("questionnaire types serialise to JSON")
}

/// The questionnaire in `yaml`, read from `prepared` when that JSON was made from exactly this
/// YAML and still passes today's rules; otherwise from the YAML, with its located problems.
pub fn load_prepared_questionnaire(
    file: &str,
    yaml: &str,
    prepared: Option<&str>,
) -> Result<Questionnaire, Vec<Problem>> {
    match prepared.and_then(|json| content_for::<Questionnaire>(yaml, json)) {
        Some(questionnaire) if validate(&questionnaire, file).is_empty() => Ok(questionnaire),
        _ => load_questionnaire(file, yaml),
    }
}

/// The figures in `yaml`, from `prepared` when possible (see `load_prepared_questionnaire`).
pub fn load_prepared_figures(file: &str, yaml: &str, prepared: Option<&str>) -> Result<FigureFile, Vec<Problem>> {
    match prepared.and_then(|json| content_for::<FigureFile>(yaml, json)) {
        Some(figures) if validate_figures(&figures, file).is_empty() => Ok(figures),
        _ => load_figures(file, yaml),
    }
}

/// The questionnaire in a prepared JSON file, when it is readable, was made from the YAML with
/// `yaml_fingerprint` (the one the index names, so the JSON and the index are of one build) and
/// passes today's rules. `None` means: read the YAML instead.
pub fn read_prepared_questionnaire(file: &str, json: &str, yaml_fingerprint: &str) -> Option<Questionnaire> {
    let questionnaire: Questionnaire = content_made_from(json, yaml_fingerprint)?;
    validate(&questionnaire, file).is_empty().then_some(questionnaire)
}

/// The national figures in a prepared JSON file; see [`read_prepared_questionnaire`].
pub fn read_prepared_figures(file: &str, json: &str, yaml_fingerprint: &str) -> Option<FigureFile> {
    let figures: FigureFile = content_made_from(json, yaml_fingerprint)?;
    validate_figures(&figures, file).is_empty().then_some(figures)
}

fn content_made_from<T: DeserializeOwned>(json: &str, yaml_fingerprint: &str) -> Option<T> {
    let prepared: Prepared<T> = serde_json::from_str(json).ok()?;
    (prepared.yaml_fingerprint == yaml_fingerprint).then_some(prepared.content)
}

/// The content, if the JSON is readable and was made from this YAML text.
fn content_for<T: DeserializeOwned>(yaml: &str, json: &str) -> Option<T> {
    content_made_from(json, &fingerprint(yaml))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: [&str; 3] = ["keuzehulp-wmo-toezicht", "tsd-zelfevaluatie", "voorbeeld-snelle-scan"];

    fn shipped(name: &str) -> String {
        std::fs::read_to_string(format!("{}/questionnaires/{name}.yaml", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn fingerprint_is_fnv1a_64() {
        // Reference values of FNV-1a 64.
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_eq!(fingerprint("foobar"), "85944171f73967e8");
        assert_eq!(fingerprint("\u{feff}foobar"), fingerprint("foobar"), "a byte order mark does not count");
    }

    #[test]
    fn prepared_questionnaires_read_back_equal_to_the_yaml() {
        for name in SHIPPED {
            let yaml = shipped(name);
            let json = prepared_json(&yaml, &load_questionnaire(name, &yaml).unwrap());
            let from_json = load_prepared_questionnaire(name, &yaml, Some(&json)).unwrap();
            assert_eq!(from_json, load_questionnaire(name, &yaml).unwrap(), "{name}");
            // And the app takes it from the JSON: readable, and its fingerprint matches.
            assert!(content_for::<Questionnaire>(&yaml, &json).is_some(), "{name}");
        }
    }

    #[test]
    fn prepared_figures_read_back_equal_to_the_yaml() {
        let path = format!("{}/questionnaires/cijfers/landelijke-cijfers.yaml", env!("CARGO_MANIFEST_DIR"));
        let yaml = std::fs::read_to_string(path).unwrap();
        let json = prepared_json(&yaml, &load_figures("cijfers", &yaml).unwrap());
        assert!(content_for::<FigureFile>(&yaml, &json).is_some());
        assert_eq!(
            load_prepared_figures("cijfers", &yaml, Some(&json)).unwrap(),
            load_figures("cijfers", &yaml).unwrap()
        );
    }

    #[test]
    fn a_changed_yaml_is_read_itself() {
        let yaml = shipped("voorbeeld-snelle-scan");
        let json = prepared_json(&yaml, &load_questionnaire("v", &yaml).unwrap());
        let edited = yaml.replacen("title:", "title: Aangepast -", 1);
        assert_ne!(edited, yaml);
        let loaded = load_prepared_questionnaire("v", &edited, Some(&json)).unwrap();
        assert!(loaded.title.starts_with("Aangepast -"), "{}", loaded.title);
    }

    #[test]
    fn a_changed_yaml_with_an_error_reports_the_error_with_its_line() {
        let yaml = shipped("voorbeeld-snelle-scan");
        let json = prepared_json(&yaml, &load_questionnaire("v", &yaml).unwrap());
        let broken = yaml.replacen("schema_version: 1", "schema_version: 9", 1);
        let problems = load_prepared_questionnaire("v", &broken, Some(&json)).unwrap_err();
        assert!(problems.iter().any(|p| p.line.is_some()), "{problems:?}");
    }

    #[test]
    fn unreadable_or_foreign_json_falls_back_to_the_yaml() {
        let yaml = shipped("voorbeeld-snelle-scan");
        let expected = load_questionnaire("v", &yaml).unwrap();
        let tsd = shipped("tsd-zelfevaluatie");
        let other = prepared_json(&tsd, &load_questionnaire("t", &tsd).unwrap());
        for json in ["", "{", "[]", r#"{"yaml_fingerprint": 1}"#, other.as_str()] {
            assert_eq!(load_prepared_questionnaire("v", &yaml, Some(json)).unwrap(), expected, "{json:.40}");
        }
    }

    #[test]
    fn prepared_json_that_breaks_a_rule_is_not_trusted() {
        let yaml = shipped("voorbeeld-snelle-scan");
        let json = prepared_json(&yaml, &load_questionnaire("v", &yaml).unwrap());
        // Hand-edited JSON with a matching fingerprint but an empty title: the YAML is read.
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        value["content"]["title"] = "".into();
        let tampered = value.to_string();
        assert!(content_for::<Questionnaire>(&yaml, &tampered).is_some());
        let loaded = load_prepared_questionnaire("v", &yaml, Some(&tampered)).unwrap();
        assert!(!loaded.title.is_empty());
    }
}
