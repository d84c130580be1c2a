//! Which municipality an evaluation is about, so the same municipality imported twice is noticed.
//!
//! Names are compared after normalising: case, accents, punctuation, spaces and a leading word
//! "gemeente" do not count, so "Gemeente 's-Hertogenbosch", "'s Hertogenbosch" and
//! "S-HERTOGENBOSCH" are one municipality. An evaluation without a gemeente name is recognised by
//! the name of the evaluation instead; the two kinds are never compared with each other, because
//! an evaluation called "Utrecht" need not be the municipality Utrecht.

use serde::{Deserialize, Serialize};

/// What an evaluation in the region is recognised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifiedBy {
    /// The gemeente name in the file.
    Municipality,
    /// The file has no gemeente name: the evaluation's name stands in for it.
    EvaluationName,
}

impl IdentifiedBy {
    /// A short Dutch explanation for the list of members, or `None` when nothing needs saying.
    pub fn explanation(self) -> Option<&'static str> {
        match self {
            IdentifiedBy::Municipality => None,
            IdentifiedBy::EvaluationName => {
                Some("In dit bestand staat geen gemeentenaam. Het overzicht herkent deze evaluatie aan haar naam.")
            }
        }
    }
}

/// The normalised identity of a member: two members with equal keys are the same municipality.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MemberKey {
    pub by: IdentifiedBy,
    pub normalised: String,
}

/// The key of an evaluation with this gemeente name and evaluation name; `None` when both are
/// empty after normalising (nothing to recognise it by).
pub fn member_key(municipality: &str, evaluation_name: &str) -> Option<MemberKey> {
    let municipality = normalise_name(municipality);
    if !municipality.is_empty() {
        return Some(MemberKey { by: IdentifiedBy::Municipality, normalised: municipality });
    }
    let evaluation = normalise_name(evaluation_name);
    (!evaluation.is_empty()).then_some(MemberKey { by: IdentifiedBy::EvaluationName, normalised: evaluation })
}

/// Lower case, accents folded, only letters and digits, without a leading word "gemeente".
pub fn normalise_name(name: &str) -> String {
    let folded: String = name.chars().flat_map(char::to_lowercase).map(fold_accent).collect();
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let words = match words.as_slice() {
        ["gemeente", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    words.concat()
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}
