//! Plausible evaluation files for tests and benchmarks of the regional overview: distinct
//! (made-up) gemeente names, a mix of questionnaire versions, stronger and weaker
//! municipalities, some N/A, some toelichtingen (a few naming the gemeente), some unanswered
//! questions and, now and then, an answer kept for a question a condition hides.
//!
//! A file of an older version behaves as one from before the current questionnaire: the
//! questions tied to the newest national figures (IGJ 2024) are not answered, it may answer a
//! question that has since been removed, and an option of `aanwijzingsbesluit` still has its old
//! id. So the regional overview has answers to reconcile.
//!
//! Used by the native tests (`mod generated_evaluations;` with a `#[path]`) and by
//! `cargo run --example generate-evaluations`. Deterministic: the same seed gives the same files.
#![allow(dead_code)]

use zelfevaluatie_wmo_toezicht::model::answers::{Answer, AnswerValue, Answers};
use zelfevaluatie_wmo_toezicht::model::assessment::Assessment;
use zelfevaluatie_wmo_toezicht::model::condition::visibility;
use zelfevaluatie_wmo_toezicht::model::export::slug;
use zelfevaluatie_wmo_toezicht::model::questionnaire::{Question, QuestionType, Questionnaire};

/// SplitMix64: small, fast and good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// A question of an older version that the current questionnaire no longer has.
pub const REMOVED_QUESTION: &str = "toezicht-in-begroting";
/// (question, current option id, the option's id in older versions)
pub const RENAMED_OPTION: (&str, &str, &str) = ("aanwijzingsbesluit", "verouderd", "niet-actueel");

const SPECIAL_NAMES: [&str; 4] = ["'s-Gravenwolde", "Súdwest-Dongerawâld", "Bergen aan de Vliet", "Hoven-Moerdonk"];
const STEMS: [&str; 20] = [
    "Berg", "Veen", "Dijk", "Broek", "Horst", "Wolde", "Dam", "Meer", "Hoven", "Zande", "Linde", "Beek", "Hout",
    "Rode", "Haven", "Donk", "Wijk", "Burg", "Vliet", "Moer",
];
const ENDINGS: [&str; 10] = ["dorp", "veld", "rade", "land", "zijl", "oord", "loo", "werd", "hem", "stede"];
const PREFIXES: [&str; 4] = ["", "Nieuw-", "Oud-", "Groot-"];

/// The n-th made-up gemeente name; names are distinct (also after normalising) for every n.
pub fn municipality_name(n: usize) -> String {
    if let Some(special) = SPECIAL_NAMES.get(n) {
        return (*special).to_owned();
    }
    let n = n - SPECIAL_NAMES.len();
    let per_prefix = STEMS.len() * ENDINGS.len();
    let (prefix, rest) = (n / per_prefix, n % per_prefix);
    let (stem, ending) = (STEMS[rest / ENDINGS.len()], ENDINGS[rest % ENDINGS.len()]);
    match PREFIXES.get(prefix) {
        Some(prefix) => format!("{prefix}{stem}{ending}"),
        None => format!("{stem}{ending} {}", prefix - PREFIXES.len() + 2),
    }
}

const NOTES: [&str; 8] = [
    "Besproken in het teamoverleg; de afspraken staan in het verslag.",
    "Dit loopt via de GGD, die het voor de hele regio regelt.",
    "Het besluit ligt klaar voor het college.",
    "Navragen bij de contractmanager.",
    "Dit is in {gemeente} vorig jaar geregeld.",
    "In {gemeente} doen we dit samen met de buurgemeenten.",
    "Volgens de wethouder van {gemeente} komt dit na de zomer.",
    "Nog niet bekend.",
];
const NA_NOTES: [&str; 3] = [
    "Het college wijst zelf aan; er is geen mandaat nodig.",
    "Komt in onze gemeente niet voor.",
    "{gemeente} heeft dit belegd bij de regio.",
];
const OPEN_ANSWERS: [&str; 3] = [
    "De capaciteit blijft een zorg; we willen meer regionaal oppakken.",
    "In {gemeente} is het toezicht in 2025 opnieuw ingericht.",
    "Graag meer uitwisseling met de andere gemeenten in de regio.",
];

fn fill(template: &str, municipality: &str) -> String {
    template.replace("{gemeente}", municipality)
}

/// A question's points as a fraction of its best option (options without a score count as 0).
fn option_fractions(questionnaire: &Questionnaire, question: &Question) -> Vec<f64> {
    let options = questionnaire.options_of(question);
    let points: Vec<f64> = options
        .iter()
        .map(|o| {
            let scores: Vec<f64> = question.scores_on.iter().filter_map(|p| o.score_for(p)).collect();
            if scores.is_empty() {
                o.score.unwrap_or(0.0)
            } else {
                scores.iter().sum::<f64>() / scores.len() as f64
            }
        })
        .collect();
    let best = points.iter().copied().fold(0.0, f64::max);
    points.iter().map(|p| if best > 0.0 { p / best } else { 0.5 }).collect()
}

/// An answer of a municipality whose maturity (0–1) is `maturity`.
fn answer_for(
    questionnaire: &Questionnaire,
    question: &Question,
    maturity: f64,
    municipality: &str,
    rng: &mut Rng,
) -> Option<AnswerValue> {
    let target = (maturity + (rng.unit() - 0.5) * 0.7).clamp(0.0, 1.0);
    let options = questionnaire.options_of(question);
    match question.kind {
        QuestionType::SingleChoice => {
            let fractions = option_fractions(questionnaire, question);
            // A little noise, so equally good options are not always resolved the same way.
            let distance: Vec<f64> = fractions.iter().map(|f| (f - target).abs() + rng.unit() * 0.05).collect();
            let nearest = (0..options.len()).min_by(|&a, &b| distance[a].total_cmp(&distance[b]))?;
            Some(AnswerValue::Choice(options[nearest].id.clone()))
        }
        QuestionType::MultiChoice => {
            let mut chosen: Vec<String> =
                options.iter().filter(|o| !o.exclusive && rng.chance(maturity)).map(|o| o.id.clone()).collect();
            if chosen.is_empty() {
                let fallback = options.iter().find(|o| o.exclusive).or(options.first())?;
                chosen.push(fallback.id.clone());
            }
            Some(AnswerValue::Choices(chosen))
        }
        QuestionType::Scale => {
            let range = question.range.as_ref()?;
            Some(AnswerValue::Scale(range.min + ((range.max - range.min) as f64 * target).round() as i64))
        }
        QuestionType::Number => {
            let decimal = question.unit.as_deref().is_some_and(|u| u.contains("fte"));
            let value =
                if decimal { (2.0 + 30.0 * maturity * rng.unit()).round() / 10.0 } else { rng.below(41) as f64 };
            Some(AnswerValue::Number(value))
        }
        QuestionType::Text => rng.chance(0.3).then(|| AnswerValue::Text(fill(rng.pick(&OPEN_ANSWERS), municipality))),
    }
}

/// One evaluation of `questionnaire` by `municipality`, answered with `version`.
pub fn generate_assessment(
    questionnaire: &Questionnaire,
    municipality: &str,
    version: &str,
    number: usize,
    seed: u64,
) -> Assessment {
    let mut rng = Rng::new(seed ^ (number as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let older = version != questionnaire.version;
    let maturity = 0.15 + 0.8 * rng.unit();
    // One in fifty stops after the first section, one in fifteen halfway.
    let sections = match rng.below(30) {
        0 => 1,
        1 | 2 => questionnaire.sections.len().div_ceil(2),
        _ => questionnaire.sections.len(),
    };
    let mut answers = Answers::new();
    for section in questionnaire.sections.iter().take(sections) {
        for question in &section.questions {
            let newer_question = question.figures.iter().any(|f| f.starts_with("igj-2024"));
            if (older && newer_question) || rng.chance(0.04) {
                continue;
            }
            let not_applicable = question.allow_na && rng.chance(0.08);
            let value = if not_applicable {
                Some(AnswerValue::NotApplicable)
            } else {
                answer_for(questionnaire, question, maturity, municipality, &mut rng)
            };
            let Some(mut value) = value else { continue };
            let (renamed_question, current_id, old_id) = RENAMED_OPTION;
            if older && question.id == renamed_question && value == AnswerValue::Choice(current_id.to_owned()) {
                value = AnswerValue::Choice(old_id.to_owned());
            }
            let note = if not_applicable && question.na_needs_note() && rng.chance(0.9) {
                fill(rng.pick(&NA_NOTES), municipality)
            } else if rng.chance(0.12) {
                fill(rng.pick(&NOTES), municipality)
            } else {
                String::new()
            };
            answers.insert(question.id.clone(), Answer { value: Some(value), note });
        }
    }
    // Most users only answer what they see; some changed an earlier answer, and the app keeps
    // the answers that became hidden.
    if !rng.chance(0.1) {
        let shown = visibility(questionnaire, &answers);
        let hidden: Vec<String> =
            answers.keys().filter(|id| questionnaire.question(id).is_some() && !shown.shows(id)).cloned().collect();
        for id in hidden {
            answers.remove(&id);
        }
    }
    if older && rng.chance(0.5) {
        let note = if rng.chance(0.3) { fill(rng.pick(&NOTES), municipality) } else { String::new() };
        answers.insert(REMOVED_QUESTION.to_owned(), Answer { value: Some(AnswerValue::Choice("ja".to_owned())), note });
    }
    let year = if older { "2025" } else { "2026" };
    let name = format!("Zelfevaluatie Wmo-toezicht {year}");
    let created = format!("{year}-0{}-{:02}T09:{:02}:00.000Z", 1 + rng.below(3), 1 + rng.below(28), rng.below(60));
    let mut assessment =
        Assessment::new(&format!("gen-{seed:x}-{number}"), &name, &questionnaire.id, version, &created);
    assessment.municipality = municipality.to_owned();
    assessment.questionnaire_title = questionnaire.title.clone();
    assessment.updated_at =
        format!("{year}-{:02}-{:02}T14:{:02}:00.000Z", 4 + rng.below(6), 1 + rng.below(28), rng.below(60));
    assessment.answers = answers;
    assessment
}

/// The file name an export of this evaluation would have.
pub fn file_name_for(municipality: &str) -> String {
    format!("zelfevaluatie-{}.json", slug(municipality))
}

/// `count` evaluation files (file name, text as `Assessment::to_pretty_json`), one per made-up
/// gemeente; file n is answered with `versions[n % versions.len()]` (the current version when
/// `versions` is empty).
pub fn generate_files(
    questionnaire: &Questionnaire,
    count: usize,
    versions: &[String],
    seed: u64,
) -> Vec<(String, String)> {
    (0..count)
        .map(|n| {
            let municipality = municipality_name(n);
            let version =
                versions.get(n % versions.len().max(1)).map_or(questionnaire.version.as_str(), String::as_str);
            let assessment = generate_assessment(questionnaire, &municipality, version, n, seed);
            (file_name_for(&municipality), assessment.to_pretty_json().expect("a generated evaluation writes"))
        })
        .collect()
}

/// Files that a regional import must refuse, each with a different reason: cut off halfway, an
/// evaluation of another questionnaire, and a JSON file that is not an evaluation.
pub fn broken_files(questionnaire: &Questionnaire, count: usize, seed: u64) -> Vec<(String, String)> {
    (0..count)
        .map(|n| match n % 3 {
            0 => {
                let text = generate_assessment(questionnaire, "Afgebroken", &questionnaire.version, 9_000 + n, seed)
                    .to_pretty_json()
                    .expect("a generated evaluation writes");
                let cut = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                (format!("kapot-{}.json", n + 1), text[..cut].to_owned())
            }
            1 => {
                let mut other = Assessment::new(
                    &format!("gen-ander-{n}"),
                    "Zelfevaluatie toegang",
                    "tsd-zelfevaluatie",
                    "2026.1.0",
                    "2026-02-01T10:00:00.000Z",
                );
                other.municipality = "Andere Vragenlijst".to_owned();
                other.questionnaire_title = "TSD-zelfevaluatie".to_owned();
                (
                    format!("andere-vragenlijst-{}.json", n + 1),
                    other.to_pretty_json().expect("a generated evaluation writes"),
                )
            }
            _ => (format!("geen-evaluatie-{}.json", n + 1), "{\"naam\": \"boodschappenlijst\"}\n".to_owned()),
        })
        .collect()
}
