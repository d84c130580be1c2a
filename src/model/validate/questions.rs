//! One question: its text, weight, sources, the fields its type allows, what it scores on, and
//! the choices, scale range or number bands it needs.

use std::collections::{BTreeMap, BTreeSet};

use super::Checker;
use crate::model::questionnaire::{Question, QuestionType, Questionnaire, Source};

/// Scale questions with more points than this are not a scale any more.
const MAX_SCALE_POINTS: i64 = 21;

impl Checker<'_> {
    pub(super) fn question(
        &mut self,
        q: &Questionnaire,
        path: &str,
        question: &Question,
        earlier: &BTreeMap<&str, &Question>,
        recommendation_ids: &mut BTreeSet<String>,
    ) {
        let id = &question.id;
        self.not_empty(format!("{path}.text"), &question.text, "De vraagtekst");
        if !question.weight.is_finite() || question.weight <= 0.0 {
            self.report(
                format!("{path}.weight"),
                format!("Het gewicht {} van vraag `{id}` moet groter zijn dan 0.", question.weight),
            );
        }
        for (i, source) in question.sources.iter().enumerate() {
            self.source(&format!("{path}.sources[{i}]"), source);
        }
        self.fields_fit_type(path, question);
        self.scores_on(q, path, question);
        if question.kind.has_options() {
            self.choice(q, path, question);
        }
        if question.kind == QuestionType::Scale {
            match &question.range {
                None => self.report(
                    format!("{path}.range"),
                    format!("Schaalvraag `{id}` heeft geen `range` (bijvoorbeeld `range: {{min: 1, max: 5}}`)."),
                ),
                Some(range) => {
                    if range.min >= range.max || range.max - range.min >= MAX_SCALE_POINTS {
                        self.report(
                            format!("{path}.range"),
                            format!(
                                "De schaal van vraag `{id}` loopt van {} tot {}; het minimum moet kleiner zijn dan het maximum en er mogen hoogstens {MAX_SCALE_POINTS} punten zijn.",
                                range.min, range.max
                            ),
                        );
                    }
                }
            }
        }
        self.number_bounds(path, question);
        self.bands(q, path, question);
        if question.na_requires_note && !question.allow_na {
            self.report(
                format!("{path}.na_requires_note"),
                format!("Vraag `{id}` vraagt een toelichting bij 'niet van toepassing', maar staat dat antwoord niet toe. Zet ook `allow_na: true`."),
            );
        }
        if let Some(condition) = &question.visible_if {
            self.condition(q, &format!("{path}.visible_if"), id, condition, earlier);
        }
        self.recommendations(q, path, question, recommendation_ids);
    }

    pub(super) fn source(&mut self, path: &str, source: &Source) {
        self.not_empty(format!("{path}.label"), &source.label, "De naam van deze bron");
        if let Some(url) = &source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                self.report(
                    format!("{path}.url"),
                    format!("De link `{url}` is geen volledig webadres. Begin met `https://`."),
                );
            }
        }
    }

    /// Fields that only make sense for other question types are mistakes, not decoration.
    pub(super) fn fields_fit_type(&mut self, path: &str, question: &Question) {
        let kind = question.kind;
        let mut misplaced = Vec::new();
        if !kind.has_options() {
            if !question.options.is_empty() {
                misplaced.push("options");
            }
            if question.answer_set.is_some() {
                misplaced.push("answer_set");
            }
        }
        if kind != QuestionType::MultiChoice && question.max_score.is_some() {
            misplaced.push("max_score");
        }
        if kind != QuestionType::Scale && question.range.is_some() {
            misplaced.push("range");
        }
        if kind != QuestionType::Number {
            if !question.bands.is_empty() {
                misplaced.push("bands");
            }
            if question.unit.is_some() {
                misplaced.push("unit");
            }
            if question.minimum.is_some() {
                misplaced.push("minimum");
            }
            if question.maximum.is_some() {
                misplaced.push("maximum");
            }
            if question.whole_numbers {
                misplaced.push("whole_numbers");
            }
        }
        if kind == QuestionType::Text && !question.recommendations.is_empty() {
            misplaced.push("recommendations");
        }
        for field in misplaced {
            self.report(
                format!("{path}.{field}"),
                format!(
                    "Het veld `{field}` hoort niet bij een vraag van type `{}` (vraag `{}`). Verwijder het of kies een ander type.",
                    kind.yaml_name(),
                    question.id
                ),
            );
        }
    }

    pub(super) fn scores_on(&mut self, q: &Questionnaire, path: &str, question: &Question) {
        let id = &question.id;
        let needs_principle = match question.kind {
            QuestionType::SingleChoice | QuestionType::MultiChoice | QuestionType::Scale => true,
            QuestionType::Number => !question.bands.is_empty(),
            QuestionType::Text => false,
        };
        if needs_principle && question.scores_on.is_empty() {
            self.report(
                format!("{path}.scores_on"),
                format!("Vraag `{id}` telt mee in de score maar noemt geen principe. Vul `scores_on` in, bijvoorbeeld `[onafhankelijkheid]`."),
            );
        }
        if !needs_principle && !question.scores_on.is_empty() {
            self.report(
                format!("{path}.scores_on"),
                format!("Vraag `{id}` telt niet mee in de score (tekst, of getal zonder `bands`), maar heeft wel `scores_on`. Verwijder `scores_on` of geef `bands`."),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, principle) in question.scores_on.iter().enumerate() {
            if q.principle(principle).is_none() {
                self.report(
                    format!("{path}.scores_on[{i}]"),
                    format!("Vraag `{id}` scoort op `{principle}`, maar dat principe is niet gedeclareerd onder `principles`."),
                );
            }
            if !seen.insert(principle) {
                self.report(
                    format!("{path}.scores_on[{i}]"),
                    format!("Vraag `{id}` noemt principe `{principle}` twee keer."),
                );
            }
        }
        for (principle, weight) in &question.principle_weights {
            if !question.scores_on.contains(principle) {
                self.report(
                    format!("{path}.principle_weights.{principle}"),
                    format!("Vraag `{id}` geeft een gewicht voor `{principle}`, maar scoort daar niet op. Voeg het toe aan `scores_on` of verwijder het gewicht."),
                );
            }
            if !weight.is_finite() || *weight <= 0.0 {
                self.report(
                    format!("{path}.principle_weights.{principle}"),
                    format!("Het gewicht {weight} voor `{principle}` moet groter zijn dan 0."),
                );
            }
        }
    }

    pub(super) fn choice(&mut self, q: &Questionnaire, path: &str, question: &Question) {
        let id = &question.id;
        match (&question.answer_set, question.options.is_empty()) {
            (Some(_), false) => self.report(
                format!("{path}.answer_set"),
                format!("Vraag `{id}` heeft zowel `answer_set` als eigen `options`. Kies één van beide."),
            ),
            (None, true) => self.report(
                format!("{path}.options"),
                format!("Keuzevraag `{id}` heeft geen opties. Geef `options` of verwijs met `answer_set` naar een antwoordset."),
            ),
            (Some(set), true) if !q.answer_sets.iter().any(|s| &s.id == set) => self.report(
                format!("{path}.answer_set"),
                format!("Vraag `{id}` verwijst naar antwoordset `{set}`, maar die bestaat niet. Controleer de naam onder `answer_sets`."),
            ),
            (None, false) => self.option_list(q, path, &question.options),
            _ => {}
        }
        let options = q.options_of(question);
        if options.is_empty() {
            return;
        }
        for principle in &question.scores_on {
            let missing: Vec<&str> =
                options.iter().filter(|o| o.score_for(principle).is_none()).map(|o| o.id.as_str()).collect();
            if !missing.is_empty() {
                let (options, have) = if missing.len() == 1 { ("optie", "heeft") } else { ("opties", "hebben") };
                self.report(
                    format!("{path}.scores_on"),
                    format!(
                        "Vraag `{id}` scoort op `{principle}`, maar {options} {} {have} daarvoor geen `score`. Geef elke optie een score.",
                        missing.join(", ")
                    ),
                );
                continue;
            }
            let reachable = crate::model::scoring::max_points(q, question, principle);
            if reachable <= q.scale.min {
                self.report(
                    format!("{path}.options"),
                    format!("Bij vraag `{id}` levert geen enkele optie punten op voor `{principle}`. Geef ten minste één optie een hogere score."),
                );
            }
        }
        for principle in options.iter().flat_map(|o| o.scores.keys()) {
            if !question.scores_on.contains(principle) && q.principle(principle).is_some() {
                self.report(
                    format!("{path}.scores_on"),
                    format!("Een optie van vraag `{id}` geeft een score voor `{principle}`, maar de vraag scoort daar niet op. Voeg `{principle}` toe aan `scores_on`."),
                );
                break;
            }
        }
        if let Some(max) = question.max_score {
            if !(max > q.scale.min && max <= q.scale.max) {
                self.report(
                    format!("{path}.max_score"),
                    format!(
                        "`max_score` {max} van vraag `{id}` moet boven {} en hoogstens {} liggen.",
                        q.scale.min, q.scale.max
                    ),
                );
            }
        }
        if question.kind == QuestionType::SingleChoice && options.iter().any(|o| o.exclusive) {
            self.report(
                format!("{path}.options"),
                format!("`exclusive` heeft alleen betekenis bij `multi_choice`; vraag `{id}` is `single_choice`."),
            );
        }
    }

    /// `minimum`, `maximum` and `whole_numbers` of a number question agree with each other and
    /// with the bands: no band may start beyond the answers the question accepts.
    pub(super) fn number_bounds(&mut self, path: &str, question: &Question) {
        let id = &question.id;
        for (field, bound) in [("minimum", question.minimum), ("maximum", question.maximum)] {
            let Some(bound) = bound else { continue };
            if !bound.is_finite() {
                self.report(format!("{path}.{field}"), format!("`{field}` van vraag `{id}` moet een getal zijn."));
            } else if question.whole_numbers && bound.fract() != 0.0 {
                self.report(
                    format!("{path}.{field}"),
                    format!("Vraag `{id}` vraagt om hele getallen (`whole_numbers: true`), maar `{field}` is {bound}. Kies een heel getal."),
                );
            }
        }
        if let (Some(min), Some(max)) = (question.minimum, question.maximum) {
            if min >= max {
                self.report(
                    format!("{path}.maximum"),
                    format!("`maximum` ({max}) van vraag `{id}` moet groter zijn dan `minimum` ({min})."),
                );
            }
        }
        for (i, band) in question.bands.iter().enumerate() {
            if question.maximum.is_some_and(|max| band.min > max) {
                self.report(
                    format!("{path}.bands[{i}].min"),
                    format!(
                        "De band vanaf {} van vraag `{id}` kan nooit gelden: het antwoord is hoogstens `maximum`.",
                        band.min
                    ),
                );
            }
        }
    }

    pub(super) fn bands(&mut self, q: &Questionnaire, path: &str, question: &Question) {
        let mut previous = f64::NEG_INFINITY;
        for (i, band) in question.bands.iter().enumerate() {
            let band_path = format!("{path}.bands[{i}]");
            if !band.min.is_finite() || band.min <= previous {
                self.report(
                    format!("{band_path}.min"),
                    format!("De grenzen in `bands` van vraag `{}` moeten van laag naar hoog oplopen.", question.id),
                );
            }
            previous = band.min;
            if !band.score.is_finite() || band.score < q.scale.min || band.score > q.scale.max {
                self.report(
                    format!("{band_path}.score"),
                    format!("De score {} valt buiten de schaal {} tot {}.", band.score, q.scale.min, q.scale.max),
                );
            }
        }
        if !question.bands.is_empty() && question.bands.iter().all(|b| b.score <= q.scale.min) {
            self.report(
                format!("{path}.bands"),
                format!("Geen enkele band van vraag `{}` levert punten op.", question.id),
            );
        }
    }
}
