//! Reading many evaluation files into a regional overview at once. Each file is read exactly as
//! a single import is ([`Assessment::from_json`]); one that cannot be used is listed with its
//! reason and the others still go in. A municipality that is already in the overview (or comes
//! twice in one batch) is not added until the user chooses what to do: keep the existing one,
//! replace it, or keep both.
//!
//! The rule for questionnaires: an overview is created for one questionnaire, and only files of
//! that questionnaire are accepted. Files answered with another version of it are accepted and
//! reconciled when the overview is computed (see [`super::versions`]).

use super::identity::IdentifiedBy;
use super::stored::{Member, Region};
use crate::model::assessment::{Assessment, Mode};
use crate::model::questionnaire::Questionnaire;
use crate::model::reconcile::orphaned_answers;
use crate::model::text::dutch_date;

/// What the user chose for a municipality that is already in the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    KeepExisting,
    Replace,
    KeepBoth,
}

impl Resolution {
    pub const ALL: [Resolution; 3] = [Resolution::KeepExisting, Resolution::Replace, Resolution::KeepBoth];

    /// The button text.
    pub fn label(self) -> &'static str {
        match self {
            Resolution::KeepExisting => "Bestaande houden",
            Resolution::Replace => "Vervangen door dit bestand",
            Resolution::KeepBoth => "Allebei houden",
        }
    }
}

/// A file whose municipality is already in the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub file_name: String,
    /// The member the file would add (without an id until it is added).
    pub incoming: Member,
    /// The member with the same municipality that was in the overview when the file was read.
    pub existing_member_id: String,
    pub identified_by: IdentifiedBy,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FileOutcome {
    /// Added as a new member; `not_fitting` answers do not fit the current questionnaire.
    Added { member_id: String, not_fitting: usize },
    /// The same evaluation, unchanged, is already in the overview: nothing to do.
    Unchanged { member_id: String },
    /// The municipality is already in the overview: the user chooses (see [`Region::resolve`]).
    Conflict(Box<Conflict>),
    /// Not added, with the reason in Dutch.
    Refused { reason: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct FileResult {
    pub file_name: String,
    pub outcome: FileOutcome,
}

/// Every file of one import, in the order they were given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportReport {
    pub files: Vec<FileResult>,
}

impl ImportReport {
    pub fn conflicts(&self) -> impl Iterator<Item = &Conflict> {
        self.files.iter().filter_map(|f| match &f.outcome {
            FileOutcome::Conflict(conflict) => Some(conflict.as_ref()),
            _ => None,
        })
    }

    /// (file name, reason) of every file that was not added.
    pub fn refused(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().filter_map(|f| match &f.outcome {
            FileOutcome::Refused { reason } => Some((f.file_name.as_str(), reason.as_str())),
            _ => None,
        })
    }

    pub fn added_count(&self) -> usize {
        self.files.iter().filter(|f| matches!(f.outcome, FileOutcome::Added { .. })).count()
    }

    /// One Dutch sentence per kind of outcome, for the status line after an import.
    pub fn summary(&self) -> String {
        let count = |wanted: fn(&FileOutcome) -> bool| self.files.iter().filter(|f| wanted(&f.outcome)).count();
        let added = self.added_count();
        let unchanged = count(|o| matches!(o, FileOutcome::Unchanged { .. }));
        let conflicts = count(|o| matches!(o, FileOutcome::Conflict(_)));
        let refused = count(|o| matches!(o, FileOutcome::Refused { .. }));
        let files = |n: usize| if n == 1 { "1 bestand".to_owned() } else { format!("{n} bestanden") };
        let mut parts = vec![if added == 0 {
            "Er is geen bestand toegevoegd.".to_owned()
        } else {
            format!("{} toegevoegd.", files(added))
        }];
        if unchanged > 0 {
            let verb = if unchanged == 1 { "stond" } else { "stonden" };
            parts.push(format!("{} {verb} al ongewijzigd in het overzicht.", files(unchanged)));
        }
        if refused > 0 {
            let verb = if refused == 1 { "kon" } else { "konden" };
            parts.push(format!("{} {verb} niet worden gelezen; de reden staat erbij.", files(refused)));
        }
        if conflicts > 0 {
            let verb = if conflicts == 1 { "hoort" } else { "horen" };
            parts.push(format!(
                "{} {verb} bij een gemeente die al in het overzicht staat: kies wat u wilt doen.",
                files(conflicts)
            ));
        }
        parts.join(" ")
    }
}

fn questionnaire_name(title: &str, id: &str) -> String {
    if title.trim().is_empty() {
        id.to_owned()
    } else {
        title.to_owned()
    }
}

/// `2026-03-05T10:00:00.000Z` → `05-03-2026`.
fn date_of(timestamp: &str) -> String {
    dutch_date(timestamp.get(..10).unwrap_or(timestamp))
}

/// Reads one file as a member of an overview about `questionnaire`, or says in Dutch why not.
pub fn read_member(questionnaire: &Questionnaire, file_name: &str, text: &str) -> Result<Member, String> {
    let assessment = Assessment::from_json(text)?;
    if assessment.questionnaire_id != questionnaire.id {
        let theirs = questionnaire_name(&assessment.questionnaire_title, &assessment.questionnaire_id);
        return Err(format!(
            "Dit bestand is een evaluatie met de vragenlijst '{theirs}'; dit regio-overzicht gaat over '{}'. Alleen evaluaties met dezelfde vragenlijst zijn te vergelijken. Maak voor '{theirs}' een apart regio-overzicht.",
            questionnaire.title
        ));
    }
    if assessment.mode == Mode::Cases {
        return Err("Deze evaluatie is in casusmodus ingevuld. Het regio-overzicht vergelijkt alleen evaluaties van de organisatie (de vragen per onderdeel).".to_owned());
    }
    let member = Member::from_assessment(&assessment, file_name);
    if member.key().is_none() {
        return Err("In dit bestand staat geen gemeentenaam en de evaluatie heeft geen naam, dus het overzicht weet niet over welke gemeente het gaat. Open het bestand in de app, vul de gemeente in en exporteer het opnieuw.".to_owned());
    }
    Ok(member)
}

impl Region {
    /// Reads every `(file name, text)` pair and adds what can be added. `questionnaire` is the
    /// app's copy of this overview's questionnaire, `None` when the app does not have it.
    pub fn import_files<N: AsRef<str>, T: AsRef<str>>(
        &mut self,
        questionnaire: Option<&Questionnaire>,
        files: impl IntoIterator<Item = (N, T)>,
        now: &str,
    ) -> ImportReport {
        let questionnaire = questionnaire.filter(|q| q.id == self.questionnaire_id);
        let mut report = ImportReport::default();
        for (file_name, text) in files {
            let file_name = file_name.as_ref().to_owned();
            let outcome = match questionnaire {
                None => FileOutcome::Refused {
                    reason: format!(
                        "De vragenlijst van dit regio-overzicht ('{}') is in deze app niet beschikbaar, dus het bestand kan niet worden gecontroleerd. Er is niets toegevoegd.",
                        questionnaire_name(&self.questionnaire_title, &self.questionnaire_id)
                    ),
                },
                Some(questionnaire) => match read_member(questionnaire, &file_name, text.as_ref()) {
                    Err(reason) => FileOutcome::Refused { reason },
                    Ok(member) => self.offer(questionnaire, member, &file_name, now),
                },
            };
            report.files.push(FileResult { file_name, outcome });
        }
        report
    }

    fn offer(&mut self, questionnaire: &Questionnaire, member: Member, file_name: &str, now: &str) -> FileOutcome {
        let key = member.key();
        let existing = self.members.iter().rev().find(|m| m.key() == key);
        match existing {
            Some(existing) if existing.same_evaluation(&member) => {
                FileOutcome::Unchanged { member_id: existing.id.clone() }
            }
            Some(existing) => FileOutcome::Conflict(Box::new(Conflict {
                file_name: file_name.to_owned(),
                existing_member_id: existing.id.clone(),
                identified_by: key.map_or(IdentifiedBy::Municipality, |k| k.by),
                incoming: member,
            })),
            None => {
                let not_fitting = orphaned_answers(questionnaire, &member.answers).len();
                self.questionnaire_version = questionnaire.version.clone();
                FileOutcome::Added { member_id: self.add_member(member, now), not_fitting }
            }
        }
    }

    /// The member a conflict is about now: the one it named, or (if that one was replaced or
    /// removed since) the latest member of the same municipality.
    pub fn conflicting_member(&self, conflict: &Conflict) -> Option<&Member> {
        let key = conflict.incoming.key();
        self.member(&conflict.existing_member_id)
            .filter(|m| m.key() == key)
            .or_else(|| self.members.iter().rev().find(|m| m.key() == key))
    }

    /// Carries out the user's choice and returns what happened, in Dutch. Replacing keeps the
    /// member's place (and id) in the overview.
    pub fn resolve(&mut self, conflict: &Conflict, resolution: Resolution, now: &str) -> String {
        let name = conflict.incoming.display_name().to_owned();
        let file = &conflict.file_name;
        match resolution {
            Resolution::KeepExisting => {
                format!("{name}: de evaluatie die er al stond is gehouden; '{file}' is niet toegevoegd.")
            }
            Resolution::KeepBoth => {
                self.add_member(conflict.incoming.clone(), now);
                format!("{name}: beide evaluaties staan nu in het overzicht.")
            }
            Resolution::Replace => {
                let place =
                    self.conflicting_member(conflict).and_then(|m| self.members.iter().position(|x| x.id == m.id));
                match place {
                    Some(index) => {
                        let id = self.members[index].id.clone();
                        self.members[index] = Member { id, ..conflict.incoming.clone() };
                        self.updated_at = now.to_owned();
                        format!("{name}: de evaluatie is vervangen door die uit '{file}'.")
                    }
                    None => {
                        self.add_member(conflict.incoming.clone(), now);
                        format!("{name}: '{file}' is toegevoegd (de evaluatie die er stond, is intussen verwijderd).")
                    }
                }
            }
        }
    }
}

impl Conflict {
    /// The question put to the user, with both evaluations described so they can choose.
    pub fn question(&self, region: &Region) -> String {
        let incoming = &self.incoming;
        let existing = region.conflicting_member(self);
        let named = existing.unwrap_or(incoming);
        let who = match self.identified_by {
            IdentifiedBy::Municipality => named.municipality.clone(),
            IdentifiedBy::EvaluationName => format!("De evaluatie '{}' (zonder gemeentenaam)", named.evaluation_name),
        };
        let there = match existing {
            Some(m) => format!(
                " staat al in het overzicht: evaluatie '{}', bijgewerkt op {}, uit '{}'.",
                m.evaluation_name,
                date_of(&m.updated_at),
                m.file_name
            ),
            None => " stond al in het overzicht.".to_owned(),
        };
        format!(
            "{who}{there} Het bestand '{}' bevat evaluatie '{}', bijgewerkt op {}. Wat wilt u doen?",
            self.file_name,
            incoming.evaluation_name,
            date_of(&incoming.updated_at)
        )
    }
}
