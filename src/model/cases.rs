//! Casus mode (TSD zelfevaluatie): ratings per topic, case and perspective, summarised as a
//! topics × cases overview so patterns across cases become visible.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, AnswerValue};
use super::questionnaire::{CaseMode, Questionnaire};
use super::scoring::score_with_level;
use super::text::{count, dutch_list, mid_sentence, single_line};

/// One anonymised case. The label is something like "Casus A": no names, no personal data.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRecord {
    pub label: String,
    /// Ratings by topic id, then by perspective id.
    #[serde(default)]
    pub ratings: BTreeMap<String, BTreeMap<String, Answer>>,
    /// A toelichting per topic.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
}

/// The first label of the form "Casus A", "Casus B", … that no case uses yet, also not as the
/// start of a longer name: after "Casus B – gezin" the next new case is "Casus C", never a second
/// "Casus B".
pub fn next_case_label(cases: &[CaseRecord]) -> String {
    let taken = |label: &str| {
        cases.iter().any(|case| {
            let existing = case.label.trim().to_lowercase();
            existing.strip_prefix(&label.to_lowercase()).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    };
    ('A'..='Z')
        .map(|letter| format!("Casus {letter}"))
        .find(|label| !taken(label))
        .unwrap_or_else(|| format!("Casus {}", cases.len() + 1))
}

/// How many cases the questionnaire lets a team score (0 without casus mode).
pub fn max_cases(questionnaire: &Questionnaire) -> usize {
    questionnaire.case_mode.as_ref().map_or(0, |c| usize::from(c.max_cases))
}

/// Whether one more case may be added.
pub fn can_add_case(questionnaire: &Questionnaire, cases: &[CaseRecord]) -> bool {
    cases.len() < max_cases(questionnaire)
}

/// "Hoogstens 3 casussen.", beside the button that adds one.
pub fn max_cases_note(questionnaire: &Questionnaire) -> String {
    format!("Hoogstens {}.", count(max_cases(questionnaire), "casus", "casussen"))
}

/// Adds a case if the questionnaire allows another one; returns its index.
pub fn add_case(questionnaire: &Questionnaire, cases: &mut Vec<CaseRecord>) -> Result<usize, String> {
    if !can_add_case(questionnaire, cases) {
        return Err(format!("U kunt hoogstens {} beoordelen.", count(max_cases(questionnaire), "casus", "casussen")));
    }
    cases.push(CaseRecord { label: next_case_label(cases), ..CaseRecord::default() });
    Ok(cases.len() - 1)
}

/// Longer case names do not fit the overview's columns, and a case needs no more than a neutral
/// name such as "Casus A – jeugd".
pub const MAX_CASE_LABEL_CHARS: usize = 40;

/// A case's new name as typed: kept on one line, not empty, at most [`MAX_CASE_LABEL_CHARS`].
pub fn clean_case_label(input: &str) -> Result<String, String> {
    let label = single_line(input);
    if label.is_empty() {
        return Err("Geef de casus een naam, bijvoorbeeld 'Casus A'.".to_owned());
    }
    if label.chars().count() > MAX_CASE_LABEL_CHARS {
        return Err(format!("De naam is te lang; gebruik hoogstens {MAX_CASE_LABEL_CHARS} tekens."));
    }
    Ok(label)
}

impl CaseMode {
    /// The perspectives as they read in a sentence: "dossier, inwoner en professional".
    pub fn perspectives_phrase(&self) -> String {
        let labels: Vec<String> = self.perspectives.iter().map(|p| mid_sentence(&p.label)).collect();
        dutch_list(&labels)
    }
}

/// The progress line of a casus evaluation: "3 van 12 beoordelingen gegeven", or, before the
/// first case, what there is to do (not "0 van 0").
pub fn case_progress_label((given, possible): (usize, usize)) -> String {
    if possible == 0 {
        "Nog geen casussen: voeg een casus toe om te beginnen".to_owned()
    } else {
        format!("{given} van {possible} beoordelingen gegeven")
    }
}

/// (given, possible) ratings over all cases, for progress.
pub fn case_progress(questionnaire: &Questionnaire, cases: &[CaseRecord]) -> (usize, usize) {
    let Some(case_mode) = &questionnaire.case_mode else { return (0, 0) };
    let per_case = case_mode.topics.len() * case_mode.perspectives.len();
    let given = cases
        .iter()
        .map(|case| {
            case_mode
                .topics
                .iter()
                .flat_map(|t| case_mode.perspectives.iter().map(move |p| (t, p)))
                .filter(|(t, p)| case.ratings.get(&t.id).and_then(|r| r.get(&p.id)).is_some_and(|a| a.value.is_some()))
                .count()
        })
        .sum();
    (given, per_case * cases.len())
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CaseCell {
    /// Mean of the rated perspectives, as a percentage of the best rating.
    pub percent: Option<f64>,
    pub rated: usize,
    pub not_applicable: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TopicRow {
    pub topic_id: String,
    pub title: String,
    /// One cell per case, in case order.
    pub cells: Vec<CaseCell>,
    /// Over all cases and perspectives.
    pub overall: CaseCell,
}

/// The topics × cases overview; `None` when the questionnaire has no casus mode.
pub fn case_overview(questionnaire: &Questionnaire, cases: &[CaseRecord]) -> Option<Vec<TopicRow>> {
    let case_mode = questionnaire.case_mode.as_ref()?;
    let options = questionnaire.answer_set_options(&case_mode.answer_set);
    let floor = questionnaire.scale.min;
    let best = options.iter().filter_map(|o| o.score).fold(floor, f64::max);
    let percent_of = |answer: &Answer| -> Option<Result<f64, ()>> {
        match &answer.value {
            Some(AnswerValue::NotApplicable) if case_mode.allow_na => Some(Err(())),
            Some(AnswerValue::Choice(id)) => {
                let score = options.iter().find(|o| &o.id == id)?.score?;
                (best > floor).then(|| Ok((score - floor) / (best - floor) * 100.0))
            }
            _ => None,
        }
    };
    let rows = case_mode
        .topics
        .iter()
        .map(|topic| {
            let mut overall = Accumulator::default();
            let cells = cases
                .iter()
                .map(|case| {
                    let mut cell = Accumulator::default();
                    for perspective in &case_mode.perspectives {
                        let rating = case.ratings.get(&topic.id).and_then(|r| r.get(&perspective.id));
                        match rating.and_then(percent_of) {
                            Some(Ok(percent)) => {
                                cell.add(percent);
                                overall.add(percent);
                            }
                            Some(Err(())) => {
                                cell.not_applicable += 1;
                                overall.not_applicable += 1;
                            }
                            None => {}
                        }
                    }
                    cell.finish()
                })
                .collect();
            TopicRow { topic_id: topic.id.clone(), title: topic.title.clone(), cells, overall: overall.finish() }
        })
        .collect();
    Some(rows)
}

#[derive(Default)]
struct Accumulator {
    sum: f64,
    rated: usize,
    not_applicable: usize,
}

impl CaseCell {
    /// The cell as the overview shows it: "75% – Op weg", "niet te beoordelen" or "nog niet
    /// beoordeeld".
    pub fn label(&self, questionnaire: &Questionnaire) -> String {
        match self.percent {
            Some(percent) => score_with_level(Some(percent), questionnaire.level_for(percent)),
            None if self.not_applicable > 0 => "niet te beoordelen".to_owned(),
            None => "nog niet beoordeeld".to_owned(),
        }
    }
}

impl Accumulator {
    fn add(&mut self, percent: f64) {
        self.sum += percent;
        self.rated += 1;
    }

    fn finish(&self) -> CaseCell {
        CaseCell {
            percent: (self.rated > 0).then(|| self.sum / self.rated as f64),
            rated: self.rated,
            not_applicable: self.not_applicable,
        }
    }
}
