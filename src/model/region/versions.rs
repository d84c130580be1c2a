//! Members answered with another version of the questionnaire are read against the current one,
//! as after an upgrade of a single evaluation ([`orphaned_answers`]): answers that no longer fit
//! are listed per member and do not count (the scoring already ignores them; the overview counts
//! them apart in the answers per question).

use std::collections::BTreeSet;

use super::stored::Member;
use crate::model::questionnaire::Questionnaire;
use crate::model::reconcile::orphaned_answers;
use crate::model::sorted::set_of;

/// One saved answer of a member that the current questionnaire cannot use.
#[derive(Debug, Clone, PartialEq)]
pub struct NotFitting {
    /// The current question's id and text; `None` when the question is no longer in the
    /// questionnaire.
    pub question: Option<(String, String)>,
    /// Why it does not fit, in Dutch (empty in the anonymous form: it may quote the file).
    pub reason: String,
    /// What was answered, with its toelichting (empty in the anonymous form).
    pub answered: String,
}

/// What the current questionnaire makes of a member's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberFit {
    pub not_fitting: Vec<NotFitting>,
    /// Ids of the saved answers that do not fit, to count them apart.
    pub question_ids: BTreeSet<String>,
}

pub fn member_fit(questionnaire: &Questionnaire, member: &Member) -> MemberFit {
    let orphans = orphaned_answers(questionnaire, &member.answers);
    let question_ids = set_of(orphans.iter().map(|o| o.question_id.clone()));
    let not_fitting = orphans
        .into_iter()
        .map(|orphan| NotFitting {
            question: orphan.question_text.map(|text| (orphan.question_id, text)),
            reason: orphan.reason,
            answered: orphan.answered,
        })
        .collect();
    MemberFit { not_fitting, question_ids }
}
