//! The questionnaires the app offers: the list of files published next to the app
//! (`questionnaires/index.json`), and the catalog of usable and unavailable questionnaires with
//! the rules for the user's own ones.

use std::sync::Arc;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::figures::FigureFile;
use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::sorted::map_of;
use super::summary::QuestionnaireSummary;
use super::text::count;
use super::validate::is_valid_id;

/// `questionnaires/index.json` as the build writes it (see [`write_index`]); an editor who adds a
/// questionnaire on the host only adds its name to `files`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    files: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    figures: Option<String>,
    /// By file: the files the build also wrote as JSON, with the fingerprint of the YAML text
    /// each JSON was made from (`model::prepared`).
    #[serde(default)]
    prepared: Prepared,
    /// By file: what the start page shows of a prepared questionnaire without its content. Read
    /// one by one (see [`parse_index`]): a summary the app cannot read only costs its shortcut.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    summaries: BTreeMap<String, serde_json::Value>,
}

/// `prepared` as this build writes it, or as earlier builds did: a list of names without
/// fingerprints. An index kept from such a build (an editor who added a name to it) still
/// works; its files are then read from their YAML.
#[derive(Debug, Serialize, Deserialize)]
#[serde(untagged)]
enum Prepared {
    ByFile(BTreeMap<String, String>),
    Unfingerprinted(Vec<String>),
}

impl Default for Prepared {
    fn default() -> Self {
        Prepared::ByFile(BTreeMap::new())
    }
}

/// The index the build writes, for the files it checked: `prepared` those it also wrote as
/// JSON (with their YAML's fingerprint), `summaries` what the start page shows of each.
pub fn write_index(
    files: Vec<String>,
    figures: Option<String>,
    prepared: BTreeMap<String, String>,
    summaries: BTreeMap<String, QuestionnaireSummary>,
) -> String {
    let summaries = summaries
        .into_iter()
        .map(|(file, summary)| (file, serde_json::to_value(summary).expect("a summary serialises")))
        .collect();
    let index = Index { files, figures, prepared: Prepared::ByFile(prepared), summaries };
    serde_json::to_string_pretty(&index).expect("an index serialises") + "\n"
}

/// What `questionnaires/index.json` lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogIndex {
    /// Questionnaire files, in the order the start page shows them.
    pub files: Vec<String>,
    /// The national figures file, if the site has one.
    pub figures: Option<String>,
    /// Listed files the build also wrote as JSON, with the fingerprint of their YAML.
    pub prepared: BTreeMap<String, String>,
    /// What the start page shows of each prepared questionnaire, by file.
    pub summaries: BTreeMap<String, QuestionnaireSummary>,
}

/// Where the build's JSON of a listed file is, and the fingerprint of the YAML it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedFile {
    pub json: String,
    pub yaml_fingerprint: String,
}

impl CatalogIndex {
    /// Where the build's JSON for a listed file is, if it wrote one.
    pub fn prepared_file(&self, file: &str) -> Option<PreparedFile> {
        let stem = file.strip_suffix(".yaml").or_else(|| file.strip_suffix(".yml"))?;
        let yaml_fingerprint = self.prepared.get(file)?.clone();
        Some(PreparedFile { json: format!("{stem}.json"), yaml_fingerprint })
    }

    /// The catalog as the start page first shows it: every summarised questionnaire listed (its
    /// content fetched when it is opened), followed by `loaded`, the entries read at once (a
    /// listed file without summary, the user's own questionnaires).
    pub fn catalog(&self, loaded: Vec<CatalogEntry>) -> Catalog {
        let listed = self.files.iter().filter_map(|file| {
            let summary = self.summaries.get(file)?.clone();
            Some(CatalogEntry::Listed { file: file.clone(), summary })
        });
        let figures = match &self.figures {
            Some(file) => NationalFigures::Listed(file.clone()),
            None => NationalFigures::Absent,
        };
        Catalog::Loaded { entries: listed.chain(loaded).collect(), figures }
    }

    /// Listed files without a summary (added on the host after the build): read at once, since
    /// the start page can show them only from their content.
    pub fn unsummarised(&self) -> impl Iterator<Item = &String> {
        self.files.iter().filter(|file| !self.summaries.contains_key(*file))
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
    let mut prepared = match index.prepared {
        Prepared::ByFile(prepared) => prepared,
        Prepared::Unfingerprinted(_) => BTreeMap::new(),
    };
    prepared.retain(|p, _| files.contains(p) || index.figures.as_ref() == Some(p));
    // A summary counts only for a listed, prepared file: its content is read from that JSON. Its
    // id goes into addresses and storage keys, so one that is not a valid id is ignored and the
    // file is read at once instead (where the validator names the problem).
    let summaries = map_of(
        index
            .summaries
            .into_iter()
            .filter_map(|(file, summary)| Some((file, serde_json::from_value::<QuestionnaireSummary>(summary).ok()?)))
            .filter(|(file, summary)| prepared.contains_key(file) && is_valid_id(&summary.id)),
    );
    Ok(CatalogIndex { files, figures: index.figures, prepared, summaries })
}

/// One questionnaire as the app knows it: usable, or unavailable with the problems that say why.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogEntry {
    /// A shipped questionnaire known from the build's summary; its content is fetched when it is
    /// opened.
    Listed { file: String, summary: QuestionnaireSummary },
    /// `custom`: added by the user in this browser (not shipped with the site).
    Ready { file: String, questionnaire: Arc<Questionnaire>, custom: bool },
    /// `id`: the questionnaire's id when it was known before its content was read (from the
    /// build's summary, or an own file's storage), so a page for it can say why it cannot open.
    /// `own`: the user's own file, stored under that id, which the user may then download or
    /// remove; `false` for a file of the site.
    Unavailable { file: String, why: Unreadable, id: Option<String>, own: bool },
}

/// Why a questionnaire cannot be opened. The two ask different things of the user: a faulty
/// file must be repaired (or an own one removed); one that did not arrive may well be fine, and
/// opening the page again once the connection is back is all it takes.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// The file has these problems.
    Faulty(Vec<Problem>),
    /// The file, or the part of the app that reads it, could not be fetched.
    NotArrived(Problem),
}

impl Unreadable {
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            Unreadable::Faulty(problems) => problems.clone(),
            Unreadable::NotArrived(problem) => vec![problem.clone()],
        }
    }

    /// What the card says above the problems, for the user's own questionnaire or the site's.
    pub fn advice(&self, own: bool) -> &'static str {
        match (self, own) {
            (Unreadable::Faulty(_), true) => "Deze eigen vragenlijst bevat fouten en kan niet worden geopend. Download het bestand om het te herstellen, of verwijder het:",
            (Unreadable::Faulty(_), false) => "Deze vragenlijst bevat fouten en kan niet worden geopend. Vraag de beheerder het bestand te herstellen:",
            (Unreadable::NotArrived(_), _) => "Deze vragenlijst kon nu niet worden geladen; het bestand zelf is waarschijnlijk in orde. Laad de pagina opnieuw als de verbinding er weer is:",
        }
    }

    /// Whether removing the user's own questionnaire is a way out: not when it merely did not
    /// arrive, since the file may be fine.
    pub fn offers_removal(&self) -> bool {
        matches!(self, Unreadable::Faulty(_))
    }
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

    /// Whether this is a questionnaire of the site (loaded or not) with that id.
    fn ships(&self, id: &str) -> bool {
        match self {
            CatalogEntry::Listed { summary, .. } => summary.id == id,
            other => other.ready_with_id(id).is_some_and(|(_, custom)| !custom),
        }
    }

    /// What the start page's card of this entry shows: the same whether the content has been
    /// fetched or not, so a card is not redrawn when it arrives.
    pub fn card(&self) -> CatalogCard {
        match self {
            CatalogEntry::Listed { summary, .. } => CatalogCard::Usable { summary: summary.clone(), custom: false },
            CatalogEntry::Ready { questionnaire, custom, .. } => {
                CatalogCard::Usable { summary: QuestionnaireSummary::of(questionnaire), custom: *custom }
            }
            CatalogEntry::Unavailable { file, why, id, own } => {
                CatalogCard::Unavailable { file: file.clone(), why: why.clone(), own: id.clone().filter(|_| *own) }
            }
        }
    }

    /// What a card shows: the summary of a listed questionnaire, or of a loaded one.
    pub fn summary(&self) -> Option<QuestionnaireSummary> {
        match self {
            CatalogEntry::Listed { summary, .. } => Some(summary.clone()),
            CatalogEntry::Ready { questionnaire, .. } => Some(QuestionnaireSummary::of(questionnaire)),
            CatalogEntry::Unavailable { .. } => None,
        }
    }
}

/// A questionnaire's card on the start page.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogCard {
    /// `custom`: the user's own questionnaire, which the card offers to remove.
    Usable {
        summary: QuestionnaireSummary,
        custom: bool,
    },
    Unavailable {
        file: String,
        why: Unreadable,
        own: Option<String>,
    },
}

/// How a user's own questionnaire is named in messages and problem lists.
pub fn custom_file_name(id: &str) -> String {
    format!("eigen vragenlijst '{id}'")
}

/// The one rule for a user's own questionnaire whose id a shipped questionnaire already has: it
/// is refused, so it can never hide the shipped one. The problem names the file and the field.
pub fn shipped_id_clash(entries: &[CatalogEntry], file: &str, id: &str) -> Option<Problem> {
    let ships = entries.iter().any(|e| e.ships(id));
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

/// Every questionnaire the app can offer, and the national figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Catalog {
    Loading,
    Loaded {
        entries: Vec<CatalogEntry>,
        figures: NationalFigures,
    },
    /// The index itself could not be read.
    Failed(String),
}

/// The national figures, fetched with the first questionnaire that is opened.
#[derive(Debug, Clone, PartialEq)]
pub enum NationalFigures {
    /// The index names this file; not fetched yet.
    Listed(String),
    Loaded(Arc<FigureFile>),
    /// No figures: the site has none, or the file is missing or invalid (questions then show
    /// none, and the reason went to the console).
    Absent,
}

/// What a page that needs a questionnaire can show.
#[derive(Debug, Clone, PartialEq)]
pub enum Opening {
    /// Its content (or the national figures) is still being fetched.
    Waiting,
    Ready {
        questionnaire: Arc<Questionnaire>,
        figures: Option<Arc<FigureFile>>,
    },
    /// Listed, but its content (or the code that reads it) could not be fetched now: the file
    /// may well be fine, and opening the page again once the connection is back is all it takes.
    NotArrived,
    /// Not there: not listed, faulty, or the catalog could not be read.
    Missing,
}

impl Opening {
    /// What a page says for [`Opening::NotArrived`].
    pub const NOT_ARRIVED: &'static str = "De vragenlijst kon nu niet worden geladen: de verbinding met de website is weggevallen, \
        of er staat intussen een nieuwe versie van de app klaar. Het bestand zelf is waarschijnlijk in orde, en wat u al had ingevuld, is bewaard. \
        Laad de pagina opnieuw als de verbinding er weer is.";
}

impl Catalog {
    /// The questionnaire with this id, once its content is loaded.
    pub fn questionnaire(&self, id: &str) -> Option<Arc<Questionnaire>> {
        self.entries().iter().find_map(|entry| entry.ready_with_id(id).map(|(q, _)| q.clone()))
    }

    /// Whether a page for the questionnaire with this id can be drawn, must wait, or says it is
    /// missing. The page waits for the national figures too, so it is drawn once.
    pub fn opening(&self, id: &str) -> Opening {
        match self {
            Catalog::Loading => Opening::Waiting,
            Catalog::Failed(_) => Opening::Missing,
            Catalog::Loaded { figures, .. } => match self.questionnaire(id) {
                Some(_) if matches!(figures, NationalFigures::Listed(_)) => Opening::Waiting,
                Some(questionnaire) => Opening::Ready { questionnaire, figures: self.figures() },
                None if self.to_load(id).is_some() => Opening::Waiting,
                None if self.did_not_arrive(id) => Opening::NotArrived,
                None => Opening::Missing,
            },
        }
    }

    /// Whether the questionnaire with this id is unavailable only because it did not arrive.
    fn did_not_arrive(&self, id: &str) -> bool {
        self.entries().iter().any(|entry| {
            matches!(entry, CatalogEntry::Unavailable { id: Some(known), why: Unreadable::NotArrived(_), .. } if known == id)
        })
    }

    /// The file of a listed questionnaire whose content is still to be fetched.
    pub fn to_load(&self, id: &str) -> Option<String> {
        self.entries().iter().find_map(|entry| match entry {
            CatalogEntry::Listed { file, summary } if summary.id == id => Some(file.clone()),
            _ => None,
        })
    }

    /// The files of every listed questionnaire whose content is still to be fetched.
    pub fn all_to_load(&self) -> Vec<String> {
        self.entries()
            .iter()
            .filter_map(|entry| match entry {
                CatalogEntry::Listed { file, .. } => Some(file.clone()),
                _ => None,
            })
            .collect()
    }

    /// The national figures file, while it is still to be fetched.
    pub fn figures_to_load(&self) -> Option<String> {
        match self {
            Catalog::Loaded { figures: NationalFigures::Listed(file), .. } => Some(file.clone()),
            _ => None,
        }
    }

    /// What every usable questionnaire's card or option shows, loaded or not, in the catalog's
    /// order.
    pub fn summaries(&self) -> Vec<QuestionnaireSummary> {
        self.entries().iter().filter_map(CatalogEntry::summary).collect()
    }

    /// The summary of the questionnaire with this id, loaded or not.
    pub fn summary(&self, id: &str) -> Option<QuestionnaireSummary> {
        self.entries().iter().filter_map(CatalogEntry::summary).find(|s| s.id == id)
    }

    /// The catalog with a listed file's content loaded: usable, or unavailable with its problems.
    pub fn with_loaded(&self, file: &str, loaded: Result<Arc<Questionnaire>, Unreadable>) -> Catalog {
        let Catalog::Loaded { entries, figures } = self else { return self.clone() };
        let entries = entries
            .iter()
            .map(|entry| match entry {
                CatalogEntry::Listed { file: listed, summary } if listed == file => match &loaded {
                    Ok(questionnaire) => CatalogEntry::Ready {
                        file: file.to_owned(),
                        questionnaire: questionnaire.clone(),
                        custom: false,
                    },
                    Err(why) => CatalogEntry::Unavailable {
                        file: file.to_owned(),
                        why: why.clone(),
                        id: Some(summary.id.clone()),
                        own: false,
                    },
                },
                other => other.clone(),
            })
            .collect();
        Catalog::Loaded { entries, figures: figures.clone() }
    }

    /// The catalog with the national figures fetched: `None` when they could not be used.
    pub fn with_figures(&self, loaded: Option<Arc<FigureFile>>) -> Catalog {
        let Catalog::Loaded { entries, .. } = self else { return self.clone() };
        let figures = loaded.map_or(NationalFigures::Absent, NationalFigures::Loaded);
        Catalog::Loaded { entries: entries.clone(), figures }
    }

    /// The entries once loaded; none while loading or after a failure.
    pub fn entries(&self) -> &[CatalogEntry] {
        match self {
            Catalog::Loaded { entries, .. } => entries,
            Catalog::Loading | Catalog::Failed(_) => &[],
        }
    }

    /// The usable questionnaires of the site itself (not the user's own), loaded so far.
    pub fn shipped(&self) -> Vec<Arc<Questionnaire>> {
        self.entries()
            .iter()
            .filter_map(|entry| match entry {
                CatalogEntry::Ready { questionnaire, custom: false, .. } => Some(questionnaire.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn figures(&self) -> Option<Arc<FigureFile>> {
        match self {
            Catalog::Loaded { figures: NationalFigures::Loaded(figures), .. } => Some(figures.clone()),
            _ => None,
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
            CatalogEntry::Unavailable { id: stored, own, .. } => *own && stored.as_deref() == Some(id),
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
            "prepared": {"a.yaml": "01", "b.yml": "02", "cijfers/igj.yaml": "03", "weg.yaml": "04", "../x.yaml": "05"}}"#;
        let index = parse_index(text).unwrap();
        let json = |file: &str| index.prepared_file(file).map(|p| (p.json, p.yaml_fingerprint));
        assert_eq!(json("a.yaml"), Some(("a.json".into(), "01".into())));
        assert_eq!(json("b.yml"), Some(("b.json".into(), "02".into())));
        assert_eq!(json("cijfers/igj.yaml"), Some(("cijfers/igj.json".into(), "03".into())));
        assert_eq!(json("c.yaml"), None);
        assert_eq!(
            index.prepared.keys().collect::<Vec<_>>(),
            ["a.yaml", "b.yml", "cijfers/igj.yaml"],
            "unlisted names are dropped"
        );
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
