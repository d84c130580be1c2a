//! Reading an evaluation file a colleague exported: everything is checked before anything is
//! stored, and every refusal says which file and why.

use super::assessment::Assessment;
use super::catalog::Catalog;
use super::text_file::FileRefusal;

/// The refusal of a chosen file that is not text (or too large), in the words of an import.
pub fn refused_file_message(name: &str, refusal: &FileRefusal) -> String {
    format!("'{name}' kan niet worden geïmporteerd. {}", refusal.message())
}

/// What the user hears after an import: the evaluation's name and where it now is.
pub fn imported_message(name: &str, how: Imported) -> String {
    let how = match how {
        Imported::New => "",
        Imported::Replacing => " en heeft de bestaande vervangen",
        Imported::AsCopy => " als kopie",
    };
    // Not "at the top": the list is ordered by last change, and an imported file keeps its own.
    format!("'{name}' is geïmporteerd{how}. U vindt de evaluatie bij 'Uw evaluaties', op de datum van de laatste wijziging.")
}

/// How an imported evaluation was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    New,
    Replacing,
    AsCopy,
}

/// The evaluation in `text` (the file `name`), if it is one of ours and its questionnaire is
/// available here.
pub fn read_evaluation_file(catalog: &Catalog, name: &str, text: &str) -> Result<Assessment, String> {
    let assessment = Assessment::from_json(text).map_err(|e| format!("'{name}' kan niet worden geïmporteerd. {e}"))?;
    if catalog.questionnaire(&assessment.questionnaire_id).is_none() {
        return Err(format!(
            "'{name}' hoort bij de vragenlijst '{}', die in deze app niet beschikbaar is. Er is niets geïmporteerd.",
            assessment.questionnaire_id
        ));
    }
    Ok(assessment)
}

/// The questionnaire an evaluation file names, read before the file is checked in full: only that
/// questionnaire has to be fetched to check it. `None` when the file names none (it is then
/// refused by [`read_evaluation_file`] for what it is).
pub fn questionnaire_named_in(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Named {
        questionnaire_id: String,
    }
    serde_json::from_str::<Named>(text).ok().map(|named| named.questionnaire_id)
}

/// The copy an import becomes when the browser already has that evaluation and the user keeps
/// both: a new id, and the name says where it came from.
pub fn imported_copy(assessment: &Assessment, new_id: &str) -> Assessment {
    let mut copy = assessment.duplicate(new_id, &assessment.updated_at);
    copy.name = format!("{} (geïmporteerd)", assessment.name);
    copy
}
