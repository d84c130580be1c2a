//! The questionnaires the app offers: the list of files published next to the app
//! (`questionnaires/index.json`), and the catalog of usable and unavailable questionnaires with
//! the rules for the user's own ones.

use std::sync::Arc;

use serde::Deserialize;

use super::answers::Answers;
use super::condition::visibility;
use super::figures::FigureFile;
use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::text::count;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    files: Vec<String>,
    #[serde(default)]
    figures: Option<String>,
    #[serde(default)]
    prepared: Vec<String>,
}

/// What `questionnaires/index.json` lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogIndex {
    /// Questionnaire files, in the same folder.
    pub files: Vec<String>,
    /// The national figures file, in the `cijfers/` subfolder.
    pub figures: Option<String>,
    /// Listed files the build also wrote as JSON (see `model::prepared`), beside the YAML.
    pub prepared: Vec<String>,
}

impl CatalogIndex {
    /// Where the build's JSON for a listed file is, if it wrote one.
    pub fn prepared_file(&self, file: &str) -> Option<String> {
        let stem = file.strip_suffix(".yaml").or_else(|| file.strip_suffix(".yml"))?;
        self.prepared.iter().any(|p| p == file).then(|| format!("{stem}.json"))
    }
}

/// Only plain `*.yaml`/`*.yml` names are accepted: the app fetches them relative to its own
/// address, and a path such as `../x` or `https://…` must never be followed.
fn is_plain_yaml_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with('.')
        && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

pub fn parse_index(text: &str) -> Result<CatalogIndex, String> {
    let index: Index = serde_json::from_str(text).map_err(|e| {
        format!(
            "De lijst met vragenlijsten (questionnaires/index.json) is onleesbaar op regel {}, kolom {}: verwacht wordt {{\"files\": [\"naam.yaml\"]}}.",
            e.line(),
            e.column()
        )
    })?;
    let mut files = Vec::new();
    for name in index.files {
        if !is_plain_yaml_name(&name) {
            return Err(format!(
                "De lijst met vragenlijsten noemt `{name}`; alleen bestandsnamen als `vragenlijst.yaml` in dezelfde map zijn toegestaan."
            ));
        }
        if !files.contains(&name) {
            files.push(name);
        }
    }
    if let Some(figures) = &index.figures {
        let valid = figures.strip_prefix("cijfers/").is_some_and(is_plain_yaml_name);
        if !valid {
            return Err(format!(
                "De lijst met vragenlijsten noemt `{figures}` als cijferbestand; alleen een bestand in de map `cijfers/` is toegestaan, zoals `cijfers/landelijke-cijfers.yaml`."
            ));
        }
    }
    // Only names already accepted above are kept, so a JSON address is never built from an
    // unchecked name; a leftover name for a file no longer listed is simply ignored.
    let prepared =
        index.prepared.into_iter().filter(|p| files.contains(p) || index.figures.as_ref() == Some(p)).collect();
    Ok(CatalogIndex { files, figures: index.figures, prepared })
}

/// One questionnaire as the app knows it: usable, or unavailable with the problems that say why.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogEntry {
    /// `custom`: added by the user in this browser (not shipped with the site).
    Ready { file: String, questionnaire: Arc<Questionnaire>, custom: bool },
    /// `own`: the id under which the user's own file is stored, which the user may then download
    /// or remove; `None` for a file of the site.
    Unavailable { file: String, problems: Vec<Problem>, own: Option<String> },
}

impl CatalogEntry {
    /// The questionnaire, if this entry is a usable one with that id, and whether it is the user's own.
    fn ready_with_id(&self, id: &str) -> Option<(&Arc<Questionnaire>, bool)> {
        match self {
            CatalogEntry::Ready { questionnaire, custom, .. } if questionnaire.id == id => {
                Some((questionnaire, *custom))
            }
            _ => None,
        }
    }
}

/// How a user's own questionnaire is named in messages and problem lists.
pub fn custom_file_name(id: &str) -> String {
    format!("eigen vragenlijst '{id}'")
}

/// The one rule for a user's own questionnaire whose id a shipped questionnaire already has: it
/// is refused, so it can never hide the shipped one. The problem names the file and the field.
pub fn shipped_id_clash(entries: &[CatalogEntry], file: &str, id: &str) -> Option<Problem> {
    let ships = entries.iter().any(|e| e.ready_with_id(id).is_some_and(|(_, custom)| !custom));
    ships.then(|| {
        Problem::at_path(
            file,
            "id",
            format!("Er is al een meegeleverde vragenlijst met het id `{id}`. Geef uw vragenlijst een ander id en laad hem opnieuw."),
        )
    })
}

/// The line above the problems of an own questionnaire that was refused: "'regio.yaml' is niet
/// toegevoegd: er is 1 probleem. …" The problems themselves follow in a list.
pub fn own_questionnaire_refused(name: &str, problems: usize) -> String {
    let verb = if problems == 1 { "is" } else { "zijn" };
    format!(
        "'{name}' is niet toegevoegd: er {verb} {}. Herstel het bestand en kies het opnieuw.",
        count(problems, "probleem", "problemen")
    )
}

/// What the user hears after adding an own questionnaire.
pub fn own_questionnaire_added(title: &str) -> String {
    format!("De vragenlijst '{title}' is toegevoegd. U vindt hem bij 'Nieuwe evaluatie starten'.")
}

/// How many questions a new evaluation starts with, and how many more can follow depending on
/// the answers. "Vragen" means the same everywhere: the questions that apply, as the progress
/// bar counts them (it starts at the first number and grows when a follow-up question appears).
pub fn question_counts(questionnaire: &Questionnaire) -> (usize, usize) {
    let shown = visibility(questionnaire, &Answers::new());
    let total = questionnaire.questions().count();
    let at_start = questionnaire.questions().filter(|(_, q)| shown.shows(&q.id)).count();
    (at_start, total - at_start)
}

/// The facts a questionnaire's card shows: "46 vragen, plus tot 7 vervolgvragen bij bepaalde
/// antwoorden · ongeveer 60 minuten · ook te gebruiken met 3 casussen".
pub fn card_facts(questionnaire: &Questionnaire) -> String {
    let (at_start, follow_ups) = question_counts(questionnaire);
    let questions = match follow_ups {
        0 => count(at_start, "vraag", "vragen"),
        1 => format!("{}, plus 1 vervolgvraag bij bepaalde antwoorden", count(at_start, "vraag", "vragen")),
        n => format!("{}, plus tot {n} vervolgvragen bij bepaalde antwoorden", count(at_start, "vraag", "vragen")),
    };
    let mut facts = vec![questions];
    if let Some(minutes) = questionnaire.estimated_minutes {
        facts.push(format!("ongeveer {minutes} minuten"));
    }
    if let Some(case_mode) = &questionnaire.case_mode {
        facts.push(format!("ook te gebruiken met {}", count(usize::from(case_mode.max_cases), "casus", "casussen")));
    }
    facts.join(" · ")
}

/// Every questionnaire the app can offer, and the national figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Catalog {
    Loading,
    Loaded {
        entries: Vec<CatalogEntry>,
        /// National figures; `None` when the file is missing or invalid (questions then show none).
        figures: Option<Arc<FigureFile>>,
    },
    /// The index itself could not be read.
    Failed(String),
}

impl Catalog {
    pub fn questionnaire(&self, id: &str) -> Option<Arc<Questionnaire>> {
        self.entries().iter().find_map(|entry| entry.ready_with_id(id).map(|(q, _)| q.clone()))
    }

    /// The entries once loaded; none while loading or after a failure.
    pub fn entries(&self) -> &[CatalogEntry] {
        match self {
            Catalog::Loaded { entries, .. } => entries,
            Catalog::Loading | Catalog::Failed(_) => &[],
        }
    }

    pub fn figures(&self) -> Option<Arc<FigureFile>> {
        match self {
            Catalog::Loaded { figures, .. } => figures.clone(),
            Catalog::Loading | Catalog::Failed(_) => None,
        }
    }

    /// See [`shipped_id_clash`].
    pub fn shipped_id_clash(&self, file: &str, id: &str) -> Option<Problem> {
        shipped_id_clash(self.entries(), file, id)
    }

    /// Adds or replaces the user's own questionnaire.
    pub fn with_custom(&self, questionnaire: Arc<Questionnaire>) -> Catalog {
        let Catalog::Loaded { entries, figures } = self else { return self.clone() };
        let mut entries: Vec<CatalogEntry> = entries
            .iter()
            .filter(|e| !e.ready_with_id(&questionnaire.id).is_some_and(|(_, custom)| custom))
            .cloned()
            .collect();
        entries.push(CatalogEntry::Ready { file: custom_file_name(&questionnaire.id), questionnaire, custom: true });
        Catalog::Loaded { entries, figures: figures.clone() }
    }

    /// Removes the user's own questionnaire with this id, usable or not.
    pub fn without_custom(&self, id: &str) -> Catalog {
        let Catalog::Loaded { entries, figures } = self else { return self.clone() };
        let own = |e: &CatalogEntry| match e {
            CatalogEntry::Unavailable { own, .. } => own.as_deref() == Some(id),
            ready => ready.ready_with_id(id).is_some_and(|(_, custom)| custom),
        };
        let entries = entries.iter().filter(|e| !own(e)).cloned().collect();
        Catalog::Loaded { entries, figures: figures.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_index;

    #[test]
    fn lists_plain_yaml_names_once() {
        let index = parse_index(r#"{"files": ["a.yaml", "b-2.yml", "a.yaml"]}"#).unwrap();
        assert_eq!(index.files, ["a.yaml", "b-2.yml"]);
        assert_eq!(index.figures, None);
    }

    #[test]
    fn knows_which_listed_files_were_prepared_as_json() {
        let text = r#"{"files": ["a.yaml", "b.yml", "c.yaml"], "figures": "cijfers/igj.yaml",
            "prepared": ["a.yaml", "b.yml", "cijfers/igj.yaml", "weg.yaml", "../x.yaml"]}"#;
        let index = parse_index(text).unwrap();
        assert_eq!(index.prepared_file("a.yaml").as_deref(), Some("a.json"));
        assert_eq!(index.prepared_file("b.yml").as_deref(), Some("b.json"));
        assert_eq!(index.prepared_file("cijfers/igj.yaml").as_deref(), Some("cijfers/igj.json"));
        assert_eq!(index.prepared_file("c.yaml"), None);
        assert_eq!(index.prepared, ["a.yaml", "b.yml", "cijfers/igj.yaml"], "unlisted names are dropped");
        assert_eq!(parse_index(r#"{"files": ["a.yaml"]}"#).unwrap().prepared_file("a.yaml"), None);
    }

    #[test]
    fn names_the_figures_file_in_its_subfolder() {
        let index = parse_index(r#"{"files": [], "figures": "cijfers/igj.yaml"}"#).unwrap();
        assert_eq!(index.figures.as_deref(), Some("cijfers/igj.yaml"));
        for bad in ["igj.yaml", "cijfers/../x.yaml", "andere/igj.yaml", "cijfers/sub/igj.yaml"] {
            let text = format!(r#"{{"files": [], "figures": "{bad}"}}"#);
            assert!(parse_index(&text).is_err(), "{bad} must be refused");
        }
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
