//! One saved self-assessment: the document kept in browser storage and, later, in export files.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::cases::CaseRecord;
use super::plan::PlanEdits;
use super::text::single_line;

/// How the assessment is filled in: questions about the organisation, or ratings per case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Questions about how the municipality has arranged things.
    #[default]
    #[serde(rename = "organisatie")]
    Organisation,
    /// Ratings per anonymised case.
    #[serde(rename = "casus")]
    Cases,
}

/// Marks our files, so a foreign JSON file is recognised as such.
pub const ASSESSMENT_FORMAT: &str = "wmo-zelfevaluatie/assessment";
/// The version of the stored format this app writes: it follows from the migration steps in
/// [`crate::model::migrate`], so a format change comes with its step.
pub const ASSESSMENT_FORMAT_VERSION: u32 = super::migrate::CURRENT_VERSION;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: String,
    pub format_version: u32,
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub municipality: String,
    pub questionnaire_id: String,
    /// The questionnaire's content version when the answers were given.
    pub questionnaire_version: String,
    /// The questionnaire's title, to name the evaluation when the questionnaire is not available.
    #[serde(default)]
    pub questionnaire_title: String,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub mode: Mode,
    /// Casus mode only: the anonymised cases and their ratings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<CaseRecord>,
    /// Where the user was, so reopening resumes there (a section id, or `casus/<n>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// The user's choices in the verbeterplan.
    #[serde(default, skip_serializing_if = "PlanEdits::is_empty")]
    pub plan: PlanEdits,
}

/// A valid display name: trimmed, not empty, at most [`MAX_NAME_CHARS`] characters.
pub fn clean_name(input: &str) -> Result<String, String> {
    let name = single_line(input);
    if name.is_empty() {
        return Err("Geef de evaluatie een naam, bijvoorbeeld 'Zelfevaluatie 2026'.".to_owned());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!("De naam is te lang; gebruik hoogstens {MAX_NAME_CHARS} tekens."));
    }
    Ok(name)
}

pub const MAX_NAME_CHARS: usize = 120;

impl Assessment {
    /// The line above an open evaluation: its name and the questionnaire's title, or only the
    /// name when it already says the title (the suggested name is "<title> <year>", and
    /// "Keuzehulp Wmo-toezicht 2026 · Keuzehulp Wmo-toezicht" says it twice).
    pub fn caption(&self, questionnaire_title: &str) -> String {
        let title = questionnaire_title.trim();
        if title.is_empty() || self.name.to_lowercase().contains(&title.to_lowercase()) {
            self.name.clone()
        } else {
            format!("{} · {title}", self.name)
        }
    }

    pub fn new(id: &str, name: &str, questionnaire_id: &str, questionnaire_version: &str, now: &str) -> Self {
        Assessment {
            format: ASSESSMENT_FORMAT.to_owned(),
            format_version: ASSESSMENT_FORMAT_VERSION,
            id: id.to_owned(),
            name: name.to_owned(),
            municipality: String::new(),
            questionnaire_id: questionnaire_id.to_owned(),
            questionnaire_version: questionnaire_version.to_owned(),
            questionnaire_title: String::new(),
            created_at: now.to_owned(),
            updated_at: now.to_owned(),
            answers: Answers::new(),
            mode: Mode::Organisation,
            cases: Vec::new(),
            position: None,
            plan: PlanEdits::default(),
        }
    }

    /// A copy to continue with (e.g. next year's evaluation), under a new id and name.
    pub fn duplicate(&self, new_id: &str, now: &str) -> Assessment {
        Assessment {
            id: new_id.to_owned(),
            name: format!("Kopie van {}", self.name),
            created_at: now.to_owned(),
            updated_at: now.to_owned(),
            ..self.clone()
        }
    }

    /// The document as it is stored. Only text that reads back as this very evaluation comes
    /// out: anything else is an error (saying so in Dutch), never an empty or partial text that
    /// could be written over what was saved before.
    pub fn to_json(&self) -> Result<String, String> {
        self.checked(serde_json::to_string(self))
    }

    /// The same document, indented, for the export file a colleague may open; checked the same way.
    pub fn to_pretty_json(&self) -> Result<String, String> {
        self.checked(serde_json::to_string_pretty(self))
    }

    fn checked(&self, written: Result<String, serde_json::Error>) -> Result<String, String> {
        let refused = |why: String| {
            format!(
                "De evaluatie '{}' kon niet veilig worden weggeschreven ({why}). Er is niets overschreven.",
                self.name
            )
        };
        // (serde_json's own reason is English, and for these types cannot occur in practice.)
        let text = written.map_err(|_| refused("ze kon niet als tekst worden geschreven".to_owned()))?;
        match Assessment::from_json(&text) {
            Ok(back) if back == *self => Ok(text),
            Ok(_) => Err(refused("de tekst leest niet terug als dezelfde evaluatie".to_owned())),
            Err(e) => Err(refused(e)),
        }
    }

    /// Reads a stored or imported assessment; a clear Dutch message when it is not one of ours.
    pub fn from_json(text: &str) -> Result<Assessment, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            format!(
                "Dit is geen geldig JSON-bestand (regel {}, kolom {}). Kies een bestand dat met deze app is opgeslagen.",
                e.line(),
                e.column()
            )
        })?;
        let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
        if format != ASSESSMENT_FORMAT {
            return Err("Dit bestand is geen zelfevaluatie van deze app: het kenmerk dat de app in elke export zet \
                 (het veld 'format') ontbreekt of is anders. Kies een bestand dat met 'Exporteren' in deze app is gemaakt."
                .to_owned());
        }
        let value = super::migrate::migrate(value)?;
        serde_json::from_value(value)
            .map_err(|e| format!("De zelfevaluatie is beschadigd of onvolledig: {e}. Het bestand is niet gewijzigd."))
    }
}
