//! The regional overview: per principle and per section every member's score, level and
//! coverage, the region's median and spread, the heat map members × sections, the answers per
//! question and the common improvement points. Every member's numbers come from the app's one
//! scoring rule ([`score`]) applied to that member alone, so adding or removing a member never
//! changes another member's numbers.

use std::collections::{BTreeMap, BTreeSet};

use super::anonymous::anonymise;
use super::distribution::{distributions, MemberAnswers, QuestionDistribution};
use super::identity::{IdentifiedBy, MemberKey};
use super::improvements::{common_improvements, CommonImprovement};
use super::statistics::Spread;
use super::stored::Region;
use super::versions::{member_fit, NotFitting};
use crate::model::answers::Answers;
use crate::model::questionnaire::{Level, Questionnaire};
use crate::model::scoring::{score, Progress, Tally};
use crate::model::sorted::set_of;

/// A principle or a section: a column of the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub label: String,
}

/// One member's score on one principle or section.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Eligible, answered and N/A questions, and the points behind the percentage.
    pub tally: Tally,
    /// 0–100, or `None` while nothing scored is answered.
    pub percent: Option<f64>,
    pub level: Option<Level>,
    /// The level's place in the questionnaire's `levels` (0 = lowest band), for colours.
    pub level_index: Option<usize>,
}

impl Cell {
    /// "5 van 8 vragen beantwoord, 1 niet van toepassing".
    pub fn coverage(&self) -> String {
        let Tally { answered, eligible, not_applicable, .. } = self.tally;
        let questions = if eligible == 1 { "vraag" } else { "vragen" };
        let mut text = format!("{answered} van {eligible} {questions} beantwoord");
        if not_applicable > 0 {
            text.push_str(&format!(", {not_applicable} niet van toepassing"));
        }
        text
    }
}

/// One member as the overview shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberView {
    /// The gemeente (or the evaluation's name), unique in the overview; "Gemeente A" when
    /// anonymous.
    pub label: String,
    /// `None` in the anonymous form.
    pub identified_by: Option<IdentifiedBy>,
    /// The fields below are empty in the anonymous form.
    pub member_id: String,
    pub municipality: String,
    pub evaluation_name: String,
    pub file_name: String,
    pub updated_at: String,
    pub questionnaire_version: String,
    /// Answered with another version of the questionnaire than the current one.
    pub other_version: bool,
    /// In the order of the questionnaire's principles.
    pub principles: Vec<Cell>,
    /// In the order of the questionnaire's sections.
    pub sections: Vec<Cell>,
    pub progress: Progress,
    pub not_fitting: Vec<NotFitting>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegionOverview {
    pub anonymous: bool,
    pub region_name: String,
    pub questionnaire_title: String,
    pub questionnaire_version: String,
    /// The questionnaire's level bands, lowest first (for the legend of the heat map).
    pub levels: Vec<Level>,
    pub principles: Vec<Dimension>,
    pub sections: Vec<Dimension>,
    pub members: Vec<MemberView>,
    /// Per principle (same order as `principles`), over the members with a score.
    pub principle_spreads: Vec<Option<Spread>>,
    /// Per section (same order as `sections`), over the members with a score.
    pub section_spreads: Vec<Option<Spread>>,
    pub questions: Vec<QuestionDistribution>,
    pub improvements: Vec<CommonImprovement>,
}

/// The heat map members × sections: one row per member, one cell per section.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatMap {
    pub columns: Vec<Dimension>,
    pub rows: Vec<HeatRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HeatRow {
    pub label: String,
    pub cells: Vec<Cell>,
}

impl RegionOverview {
    pub fn heat_map(&self) -> HeatMap {
        HeatMap {
            columns: self.sections.clone(),
            rows: self.members.iter().map(|m| HeatRow { label: m.label.clone(), cells: m.sections.clone() }).collect(),
        }
    }

    /// The level band of a percentage (e.g. a median) and its index, as for a member's cell.
    pub fn level_of(&self, percent: f64) -> Option<(usize, &Level)> {
        let last = self.levels.len().checked_sub(1)?;
        self.levels
            .iter()
            .enumerate()
            .find(|(i, level)| percent >= level.from && (percent < level.to || (*i == last && percent <= level.to)))
    }
}

fn cell(questionnaire: &Questionnaire, tally: Tally, percent: Option<f64>, level: Option<Level>) -> Cell {
    let level_index = level.as_ref().and_then(|l| questionnaire.levels.iter().position(|x| x.id == l.id));
    Cell { tally, percent, level, level_index }
}

/// Labels that tell members apart: a gemeente that is in the overview twice gets the
/// evaluation's name added, and any label still shared gets a number.
fn unique_labels(region: &Region) -> Vec<String> {
    let mut seen: BTreeMap<Option<MemberKey>, usize> = BTreeMap::new();
    for member in &region.members {
        *seen.entry(member.key()).or_default() += 1;
    }
    let mut labels: Vec<String> = region
        .members
        .iter()
        .map(|m| {
            let name = m.display_name();
            if seen[&m.key()] > 1 && !m.municipality.is_empty() {
                format!("{name} ({})", m.evaluation_name)
            } else {
                name.to_owned()
            }
        })
        .collect();
    let originals = set_of(labels.iter().cloned());
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for label in &mut labels {
        if !taken.insert(label.clone()) {
            let numbered = |n: usize| format!("{label} ({n})");
            let n = (2..).find(|n| !originals.contains(&numbered(*n)) && !taken.contains(&numbered(*n))).unwrap_or(2);
            *label = numbered(n);
            taken.insert(label.clone());
        }
    }
    labels
}

/// The overview with names. See [`region_view`] for the form that respects "Anoniem delen".
pub fn region_overview(questionnaire: &Questionnaire, region: &Region) -> RegionOverview {
    let reports: Vec<_> = region.members.iter().map(|m| score(questionnaire, &m.answers)).collect();
    let fits: Vec<_> = region.members.iter().map(|m| member_fit(questionnaire, m)).collect();
    let labels = unique_labels(region);
    let members: Vec<MemberView> = region
        .members
        .iter()
        .zip(&reports)
        .zip(&fits)
        .zip(labels)
        .map(|(((member, report), fit), label)| MemberView {
            label,
            identified_by: member.key().map(|k| k.by),
            member_id: member.id.clone(),
            municipality: member.municipality.clone(),
            evaluation_name: member.evaluation_name.clone(),
            file_name: member.file_name.clone(),
            updated_at: member.updated_at.clone(),
            questionnaire_version: member.questionnaire_version.clone(),
            other_version: member.questionnaire_version != questionnaire.version,
            principles: report
                .principles
                .iter()
                .map(|p| cell(questionnaire, p.tally, p.percent, p.level.clone()))
                .collect(),
            sections: report
                .sections
                .iter()
                .map(|s| cell(questionnaire, s.tally, s.percent, s.level.clone()))
                .collect(),
            progress: report.progress,
            not_fitting: fit.not_fitting.clone(),
        })
        .collect();
    let spreads = |count: usize, pick: fn(&MemberView, usize) -> Option<f64>| -> Vec<Option<Spread>> {
        (0..count).map(|i| Spread::of(members.iter().filter_map(|m| pick(m, i)))).collect()
    };
    let principle_spreads = spreads(questionnaire.principles.len(), |m, i| m.principles[i].percent);
    let section_spreads = spreads(questionnaire.sections.len(), |m, i| m.sections[i].percent);
    let inputs: Vec<MemberAnswers> = region
        .members
        .iter()
        .zip(&reports)
        .zip(&fits)
        .map(|((member, report), fit)| MemberAnswers {
            answers: &member.answers,
            visible: &report.visible,
            not_fitting: &fit.question_ids,
        })
        .collect();
    let answers: Vec<&Answers> = region.members.iter().map(|m| &m.answers).collect();
    RegionOverview {
        anonymous: false,
        region_name: region.name.clone(),
        questionnaire_title: questionnaire.title.clone(),
        questionnaire_version: questionnaire.version.clone(),
        levels: questionnaire.levels.clone(),
        principles: questionnaire
            .principles
            .iter()
            .map(|p| Dimension { id: p.id.clone(), label: p.label.clone() })
            .collect(),
        sections: questionnaire
            .sections
            .iter()
            .map(|s| Dimension { id: s.id.clone(), label: s.title.clone() })
            .collect(),
        members,
        principle_spreads,
        section_spreads,
        questions: distributions(questionnaire, &inputs),
        improvements: common_improvements(questionnaire, &answers),
    }
}

/// The overview as the user has asked to see it: anonymous when the region's "Anoniem delen"
/// is on, with names otherwise. Downloads must be made from this, never from
/// [`region_overview`] directly.
pub fn region_view(questionnaire: &Questionnaire, region: &Region) -> RegionOverview {
    let overview = region_overview(questionnaire, region);
    if region.anonymous {
        anonymise(&overview, region.anonymous_seed)
    } else {
        overview
    }
}
