//! The regional overview as it is stored: its name, the questionnaire it is about, the members'
//! answers and the regional plan. It is a document of its own (not an evaluation), so the UI keeps
//! it under its own storage key, apart from the user's own evaluations.

use serde::{Deserialize, Serialize};

use super::identity::{member_key, MemberKey};
use crate::model::answers::Answers;
use crate::model::assessment::Assessment;
use crate::model::plan::PlanEdits;
use crate::model::questionnaire::Questionnaire;
use crate::model::text::single_line;

/// Marks a stored regional overview, so it is never mistaken for an evaluation.
pub const REGION_FORMAT: &str = "wmo-zelfevaluatie/region";
/// Bumped on every format change; a reader then migrates from the previous version first.
/// Version 2 adds, in the regional plan, the priority given to an action and half years as
/// periods; both are optional, so a version 1 overview reads as it is.
pub const REGION_FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub format: String,
    pub format_version: u32,
    pub id: String,
    pub name: String,
    /// The one questionnaire this overview is about; files of another are refused.
    pub questionnaire_id: String,
    /// The questionnaire's title, to name the overview when the questionnaire is not available.
    pub questionnaire_title: String,
    /// The questionnaire's version at the last import (members keep their own).
    pub questionnaire_version: String,
    pub created_at: String,
    pub updated_at: String,
    /// Decides the order of "Gemeente A, B, …" in the anonymous form. Drawn at random when the
    /// overview is created and never shown, so the letters cannot be worked out from the names.
    pub anonymous_seed: u64,
    /// Show the overview and its downloads without names ("Anoniem delen").
    #[serde(default)]
    pub anonymous: bool,
    /// In the order they were added.
    #[serde(default)]
    pub members: Vec<Member>,
    /// The number of the next member id, so an id is never reused after a removal.
    #[serde(default = "first_member_number")]
    pub next_member_number: u32,
    /// The coordinator's choices in the regional verbeterplan.
    #[serde(default, skip_serializing_if = "PlanEdits::is_empty")]
    pub plan: PlanEdits,
}

fn first_member_number() -> u32 {
    1
}

/// One municipality's evaluation in the region: what the overview needs from its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// `lid-1`, `lid-2`, …: unique in the region, given when the member is added.
    pub id: String,
    /// As in the file, on one line; may be empty.
    #[serde(default)]
    pub municipality: String,
    pub evaluation_name: String,
    /// The evaluation's own id, to recognise the same file chosen twice.
    pub assessment_id: String,
    /// The questionnaire version the answers were given with.
    pub questionnaire_version: String,
    pub updated_at: String,
    /// The name of the file it was read from.
    pub file_name: String,
    #[serde(default)]
    pub answers: Answers,
}

impl Member {
    /// The parts of an evaluation the region keeps (no plan, no position). The id is given when
    /// the member is added to a region.
    pub fn from_assessment(assessment: &Assessment, file_name: &str) -> Member {
        Member {
            id: String::new(),
            municipality: single_line(&assessment.municipality),
            evaluation_name: single_line(&assessment.name),
            assessment_id: assessment.id.clone(),
            questionnaire_version: assessment.questionnaire_version.clone(),
            updated_at: assessment.updated_at.clone(),
            file_name: single_line(file_name),
            answers: assessment.answers.clone(),
        }
    }

    pub fn key(&self) -> Option<MemberKey> {
        member_key(&self.municipality, &self.evaluation_name)
    }

    /// How the member is named on screen: the gemeente, or else the evaluation's name.
    pub fn display_name(&self) -> &str {
        if self.municipality.is_empty() {
            &self.evaluation_name
        } else {
            &self.municipality
        }
    }

    /// The same evaluation in the same state: nothing would change by importing it again.
    pub fn same_evaluation(&self, other: &Member) -> bool {
        self.assessment_id == other.assessment_id
            && self.updated_at == other.updated_at
            && self.questionnaire_version == other.questionnaire_version
            && self.answers == other.answers
    }
}

/// A valid name for a regional overview: on one line, not empty, at most 120 characters.
pub fn clean_region_name(input: &str) -> Result<String, String> {
    let name = single_line(input);
    if name.is_empty() {
        return Err("Geef het regio-overzicht een naam, bijvoorbeeld 'GGD regio Utrecht 2026'.".to_owned());
    }
    if name.chars().count() > MAX_REGION_NAME_CHARS {
        return Err(format!("De naam is te lang; gebruik hoogstens {MAX_REGION_NAME_CHARS} tekens."));
    }
    Ok(name)
}

pub const MAX_REGION_NAME_CHARS: usize = 120;

impl Region {
    /// A new, empty overview for `questionnaire`. `anonymous_seed` must be random (e.g. from
    /// `crypto.getRandomValues`): it is what keeps the anonymous letters unpredictable.
    pub fn new(id: &str, name: &str, questionnaire: &Questionnaire, now: &str, anonymous_seed: u64) -> Region {
        Region {
            format: REGION_FORMAT.to_owned(),
            format_version: REGION_FORMAT_VERSION,
            id: id.to_owned(),
            name: single_line(name),
            questionnaire_id: questionnaire.id.clone(),
            questionnaire_title: questionnaire.title.clone(),
            questionnaire_version: questionnaire.version.clone(),
            created_at: now.to_owned(),
            updated_at: now.to_owned(),
            anonymous_seed,
            anonymous: false,
            members: Vec::new(),
            next_member_number: first_member_number(),
            plan: PlanEdits::default(),
        }
    }

    pub fn member(&self, id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    /// Adds a member at the end under a fresh id, and returns that id.
    pub fn add_member(&mut self, mut member: Member, now: &str) -> String {
        member.id = format!("lid-{}", self.next_member_number);
        self.next_member_number += 1;
        let id = member.id.clone();
        self.members.push(member);
        self.updated_at = now.to_owned();
        id
    }

    /// Takes a member out of the overview; `false` when there is no member with this id.
    pub fn remove_member(&mut self, id: &str, now: &str) -> bool {
        let before = self.members.len();
        self.members.retain(|m| m.id != id);
        let removed = self.members.len() != before;
        if removed {
            self.updated_at = now.to_owned();
        }
        removed
    }

    /// The overview as it is stored. As for an evaluation (`Assessment::to_json`), only text that
    /// reads back as this very overview comes out; anything else is a Dutch error, never an empty
    /// or partial text that could be written over what was saved before.
    pub fn to_json(&self) -> Result<String, String> {
        let refused = |why: String| {
            format!(
                "Het regio-overzicht '{}' kon niet veilig worden weggeschreven ({why}). Er is niets overschreven.",
                self.name
            )
        };
        // (serde_json's own reason is English, and for these types cannot occur in practice.)
        let text =
            serde_json::to_string(self).map_err(|_| refused("het kon niet als tekst worden geschreven".to_owned()))?;
        match Region::from_json(&text) {
            Ok(back) if back == *self => Ok(text),
            Ok(_) => Err(refused("de tekst leest niet terug als hetzelfde overzicht".to_owned())),
            Err(e) => Err(refused(e)),
        }
    }

    /// Reads a stored overview; a clear Dutch message when it is not one, or from a newer app.
    pub fn from_json(text: &str) -> Result<Region, String> {
        // The header first, so a foreign or newer document gets its own message. (When a format
        // change needs a migration step, read into a `serde_json::Value` and migrate it, as
        // `model::migrate` does for evaluations.)
        let foreign = || {
            "Dit is geen regio-overzicht van deze app: het kenmerk dat de app in elk overzicht zet (het veld 'format') \
                ontbreekt of is anders. Kies een bestand dat deze app als regio-overzicht heeft opgeslagen."
                .to_owned()
        };
        let header: Header = serde_json::from_str(text).map_err(|e| {
            if e.is_data() {
                foreign()
            } else {
                format!("Het regio-overzicht is geen geldig JSON (regel {}, kolom {}).", e.line(), e.column())
            }
        })?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(REGION_FORMAT) {
            return Err(foreign());
        }
        let version = header.format_version.as_ref().and_then(serde_json::Value::as_u64).unwrap_or(0);
        if version == 0 {
            return Err("Dit regio-overzicht heeft geen geldige opslagversie (`format_version`).".to_owned());
        }
        if version > u64::from(REGION_FORMAT_VERSION) {
            return Err(format!(
                "Dit regio-overzicht heeft opslagversie {version}; deze app leest tot en met versie {REGION_FORMAT_VERSION}. Gebruik de nieuwste versie van de app."
            ));
        }
        let mut region: Region = serde_json::from_str(text)
            .map_err(|e| format!("Het regio-overzicht is beschadigd of onvolledig: {e}. Er is niets gewijzigd."))?;
        // Read, an older version is this version (its new fields are optional); it is written
        // so, and an older app then refuses it instead of calling it damaged.
        region.format_version = REGION_FORMAT_VERSION;
        Ok(region)
    }
}

/// Only the fields that say what a stored document is; any other field is skipped unread.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    format_version: Option<serde_json::Value>,
}
