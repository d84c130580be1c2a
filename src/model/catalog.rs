//! The list of questionnaire files published next to the app (`questionnaires/index.json`).

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    files: Vec<String>,
}

/// The file names in the index. Only plain `*.yaml`/`*.yml` names are accepted: the app fetches
/// them relative to its own address, and a path such as `../x` or `https://…` must never be
/// followed.
pub fn parse_index(text: &str) -> Result<Vec<String>, String> {
    let index: Index = serde_json::from_str(text).map_err(|e| {
        format!(
            "De lijst met vragenlijsten (questionnaires/index.json) is onleesbaar op regel {}, kolom {}: verwacht wordt {{\"files\": [\"naam.yaml\"]}}.",
            e.line(),
            e.column()
        )
    })?;
    let mut files = Vec::new();
    for name in index.files {
        let plain = !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !name.starts_with('.')
            && (name.ends_with(".yaml") || name.ends_with(".yml"));
        if !plain {
            return Err(format!(
                "De lijst met vragenlijsten noemt `{name}`; alleen bestandsnamen als `vragenlijst.yaml` in dezelfde map zijn toegestaan."
            ));
        }
        if !files.contains(&name) {
            files.push(name);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::parse_index;

    #[test]
    fn lists_plain_yaml_names_once() {
        let files = parse_index(r#"{"files": ["a.yaml", "b-2.yml", "a.yaml"]}"#).unwrap();
        assert_eq!(files, ["a.yaml", "b-2.yml"]);
    }

    #[test]
    fn refuses_paths_and_other_hosts() {
        for bad in ["../geheim.yaml", "https://elders.nl/x.yaml", "sub/x.yaml", ".verborgen.yaml", "x.json"] {
            let text = format!(r#"{{"files": ["{bad}"]}}"#);
            assert!(parse_index(&text).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn broken_index_is_located() {
        let error = parse_index("{\"files\": [\n  \"a.yaml\",\n]}").unwrap_err();
        assert!(error.contains("regel 3"), "{error}");
    }
}
