//! The rules a questionnaire must follow beyond its YAML shape. All problems are collected, so an
//! editor fixes a file in one round instead of one error at a time.

use std::collections::{BTreeMap, BTreeSet};

use super::problem::Problem;
use super::questionnaire::{
    ChoiceOption, Condition, Question, QuestionType, Questionnaire, Source, SUPPORTED_SCHEMA_VERSION,
};
use super::route::is_reserved_section_id;

/// Scale questions with more points than this are not a scale any more.
const MAX_SCALE_POINTS: i64 = 21;

pub fn validate(questionnaire: &Questionnaire, file: &str) -> Vec<Problem> {
    let mut check = Checker { file, problems: Vec::new() };
    check.questionnaire(questionnaire);
    check.problems
}

/// An id as quoted in a message: long ones are cut, so one bad line cannot flood the page.
fn shorten(id: &str) -> String {
    if id.chars().count() > MAX_ID_CHARS {
        format!("{}…", id.chars().take(MAX_ID_CHARS).collect::<String>())
    } else {
        id.to_owned()
    }
}

struct Checker<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

/// Longer ids are a mistake (or an attack on storage and addresses), never a real name.
pub const MAX_ID_CHARS: usize = 64;

/// Ids are kebab-case slugs: they show up in error messages, saved answers and file names.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

impl Checker<'_> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::at_path(self.file, path, message));
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut BTreeSet<String>, kind: &str) {
        if !is_valid_id(id) {
            self.report(
                format!("{path}.id"),
                format!(
                    "Het id `{}` van deze {kind} is ongeldig. Gebruik kleine letters, cijfers en streepjes (hoogstens {MAX_ID_CHARS} tekens), zoals `toezicht-onafhankelijk`.", shorten(id)
                ),
            );
        }
        if !seen.insert(id.to_owned()) {
            self.report(
                format!("{path}.id"),
                format!("Het id `{id}` komt al eerder voor bij een {kind}. Geef elke {kind} een eigen id."),
            );
        }
    }

    fn not_empty(&mut self, path: String, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.report(path, format!("{what} is leeg. Vul een tekst in."));
        }
    }

    fn questionnaire(&mut self, q: &Questionnaire) {
        if q.schema_version != SUPPORTED_SCHEMA_VERSION {
            self.report(
                "schema_version",
                format!(
                    "Schemaversie {} wordt niet ondersteund; deze versie van de app leest schemaversie {SUPPORTED_SCHEMA_VERSION}. Gebruik een bijgewerkte app of zet het bestand om.",
                    q.schema_version
                ),
            );
        }
        if !is_valid_id(&q.id) {
            self.report(
                "id",
                format!(
                    "Het id `{}` van de vragenlijst is ongeldig. Gebruik kleine letters, cijfers en streepjes.",
                    q.id
                ),
            );
        }
        self.not_empty("version".into(), &q.version, "De versie");
        self.not_empty("title".into(), &q.title, "De titel");
        self.principles(q);
        self.scale(q);
        self.levels(q);
        self.answer_sets(q);
        self.sections(q);
        self.casus(q);
        self.every_principle_scored(q);
    }

    fn principles(&mut self, q: &Questionnaire) {
        if q.principles.is_empty() {
            self.report(
                "principles",
                "Er zijn geen principes opgegeven. Noem ten minste één principe, zoals `onafhankelijkheid`.",
            );
        }
        let mut seen = BTreeSet::new();
        for (i, principle) in q.principles.iter().enumerate() {
            let path = format!("principles[{i}]");
            self.id(&path, &principle.id, &mut seen, "principe");
            self.not_empty(format!("{path}.label"), &principle.label, "Het label van dit principe");
        }
    }

    fn scale(&mut self, q: &Questionnaire) {
        let scale = q.scale;
        if !scale.min.is_finite() || !scale.max.is_finite() || scale.min >= scale.max {
            self.report(
                "scale",
                format!(
                    "De schaal loopt van {} tot {}; het minimum moet kleiner zijn dan het maximum.",
                    scale.min, scale.max
                ),
            );
        }
    }

    fn levels(&mut self, q: &Questionnaire) {
        if q.levels.is_empty() {
            self.report("levels", "Er zijn geen niveaus opgegeven. Geef niveaus die samen 0 tot 100 beslaan.");
            return;
        }
        let mut seen = BTreeSet::new();
        let mut expected_from = 0.0;
        for (i, level) in q.levels.iter().enumerate() {
            let path = format!("levels[{i}]");
            self.id(&path, &level.id, &mut seen, "niveau");
            self.not_empty(format!("{path}.label"), &level.label, "Het label van dit niveau");
            if level.from != expected_from {
                self.report(
                    format!("{path}.from"),
                    format!(
                        "Niveau `{}` begint bij {}, maar moet aansluiten bij {expected_from}. De niveaus moeten 0 tot 100 zonder gaten of overlap beslaan.",
                        level.id, level.from
                    ),
                );
            }
            // Not `from >= to`: a NaN bound compares as neither and must be reported too.
            if level.from.partial_cmp(&level.to) != Some(std::cmp::Ordering::Less) {
                self.report(
                    format!("{path}.to"),
                    format!("Niveau `{}` eindigt ({}) niet na zijn begin ({}).", level.id, level.to, level.from),
                );
            }
            expected_from = level.to;
        }
        if expected_from != 100.0 {
            self.report(
                format!("levels[{}].to", q.levels.len() - 1),
                format!("Het laatste niveau eindigt bij {expected_from}; dat moet 100 zijn."),
            );
        }
    }

    fn answer_sets(&mut self, q: &Questionnaire) {
        let mut seen = BTreeSet::new();
        for (i, set) in q.answer_sets.iter().enumerate() {
            let path = format!("answer_sets[{i}]");
            self.id(&path, &set.id, &mut seen, "antwoordset");
            self.option_list(q, &path, &set.options);
        }
    }

    /// Checks that hold for any option list, wherever it is declared.
    fn option_list(&mut self, q: &Questionnaire, path: &str, options: &[ChoiceOption]) {
        if options.len() < 2 {
            self.report(format!("{path}.options"), "Een keuzevraag heeft ten minste twee opties nodig.");
        }
        let mut seen = BTreeSet::new();
        for (i, option) in options.iter().enumerate() {
            let option_path = format!("{path}.options[{i}]");
            if option.id == "na" {
                self.report(
                    format!("{option_path}.id"),
                    "Het id `na` is gereserveerd voor 'niet van toepassing'. Gebruik `allow_na: true` op de vraag in plaats van een eigen optie.",
                );
            }
            self.id(&option_path, &option.id, &mut seen, "optie");
            self.not_empty(format!("{option_path}.label"), &option.label, "Het label van deze optie");
            let scores = option
                .score
                .iter()
                .map(|s| ("score".to_owned(), *s))
                .chain(option.scores.iter().map(|(p, s)| (format!("scores.{p}"), *s)));
            for (field, score) in scores.collect::<Vec<_>>() {
                if !score.is_finite() || score < q.scale.min || score > q.scale.max {
                    self.report(
                        format!("{option_path}.{field}"),
                        format!(
                            "De score {score} van optie `{}` valt buiten de schaal {} tot {}. Kies een score binnen de schaal.",
                            option.id, q.scale.min, q.scale.max
                        ),
                    );
                }
            }
            for principle in option.scores.keys() {
                if q.principle(principle).is_none() {
                    self.report(
                        format!("{option_path}.scores.{principle}"),
                        format!(
                            "Optie `{}` geeft een score voor `{principle}`, maar dat principe is niet gedeclareerd onder `principles`.",
                            option.id
                        ),
                    );
                }
            }
        }
    }

    fn sections(&mut self, q: &Questionnaire) {
        if q.sections.is_empty() {
            self.report("sections", "De vragenlijst heeft geen secties. Voeg ten minste één sectie met vragen toe.");
        }
        let mut section_ids = BTreeSet::new();
        let mut question_ids = BTreeSet::new();
        let mut recommendation_ids = BTreeSet::new();
        // Questions seen so far, in document order: conditions may only look back.
        let mut earlier: BTreeMap<&str, &Question> = BTreeMap::new();
        for (s, section) in q.sections.iter().enumerate() {
            let path = format!("sections[{s}]");
            self.id(&path, &section.id, &mut section_ids, "sectie");
            if is_reserved_section_id(&section.id) {
                self.report(
                    format!("{path}.id"),
                    format!(
                        "Het id `{}` is gereserveerd voor een pagina van de app. Kies een ander id voor deze sectie.",
                        section.id
                    ),
                );
            }
            self.not_empty(format!("{path}.title"), &section.title, "De titel van deze sectie");
            if section.questions.is_empty() {
                self.report(format!("{path}.questions"), format!("Sectie `{}` heeft geen vragen.", section.id));
            }
            for (n, question) in section.questions.iter().enumerate() {
                let question_path = format!("{path}.questions[{n}]");
                self.id(&question_path, &question.id, &mut question_ids, "vraag");
                self.question(q, &question_path, question, &earlier, &mut recommendation_ids);
                earlier.entry(&question.id).or_insert(question);
            }
        }
    }

    fn question(
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
        for (i, recommendation) in question.recommendations.iter().enumerate() {
            let rec_path = format!("{path}.recommendations[{i}]");
            self.id(&rec_path, &recommendation.id, recommendation_ids, "aanbeveling");
            self.not_empty(format!("{rec_path}.title"), &recommendation.title, "De titel van deze aanbeveling");
            self.not_empty(format!("{rec_path}.text"), &recommendation.text, "De tekst van deze aanbeveling");
            if let Some(principle) = &recommendation.principle {
                if q.principle(principle).is_none() {
                    self.report(
                        format!("{rec_path}.principle"),
                        format!(
                            "Aanbeveling `{}` noemt principe `{principle}`, dat niet is gedeclareerd.",
                            recommendation.id
                        ),
                    );
                }
            }
            let trigger = &recommendation.when;
            match (&trigger.option_in, trigger.score_below_percent) {
                (Some(_), Some(_)) | (None, None) => self.report(
                    format!("{rec_path}.when"),
                    format!(
                        "Aanbeveling `{}` moet precies één voorwaarde hebben: `option_in` of `score_below_percent`.",
                        recommendation.id
                    ),
                ),
                (Some(options), None) => {
                    self.option_refs(q, &format!("{rec_path}.when.option_in"), question, options);
                }
                (None, Some(percent)) => {
                    if !question.is_scored() {
                        self.report(
                            format!("{rec_path}.when.score_below_percent"),
                            format!("Vraag `{id}` telt niet mee in de score, dus `score_below_percent` kan nooit gelden. Gebruik `option_in`."),
                        );
                    }
                    if !(percent > 0.0 && percent <= 100.0) {
                        self.report(
                            format!("{rec_path}.when.score_below_percent"),
                            format!("`score_below_percent` is {percent}; kies een percentage groter dan 0 en hoogstens 100."),
                        );
                    }
                }
            }
        }
    }

    fn source(&mut self, path: &str, source: &Source) {
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
    fn fields_fit_type(&mut self, path: &str, question: &Question) {
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

    fn scores_on(&mut self, q: &Questionnaire, path: &str, question: &Question) {
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

    fn choice(&mut self, q: &Questionnaire, path: &str, question: &Question) {
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
                self.report(
                    format!("{path}.scores_on"),
                    format!(
                        "Vraag `{id}` scoort op `{principle}`, maar optie(s) {} hebben daarvoor geen `score`. Geef elke optie een score.",
                        missing.join(", ")
                    ),
                );
                continue;
            }
            let reachable = super::scoring::max_points(q, question, principle);
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

    fn bands(&mut self, q: &Questionnaire, path: &str, question: &Question) {
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

    fn option_refs(&mut self, q: &Questionnaire, path: &str, target: &Question, options: &[String]) {
        if !target.kind.has_options() {
            self.report(
                path,
                format!("Vraag `{}` is geen keuzevraag, dus er zijn geen opties om naar te verwijzen.", target.id),
            );
            return;
        }
        if options.is_empty() {
            self.report(path, "De lijst met opties is leeg. Noem ten minste één optie.");
        }
        let known = q.options_of(target);
        for (i, option) in options.iter().enumerate() {
            if !known.iter().any(|o| &o.id == option) {
                let ids: Vec<&str> = known.iter().map(|o| o.id.as_str()).collect();
                self.report(
                    format!("{path}[{i}]"),
                    format!(
                        "Optie `{option}` bestaat niet bij vraag `{}`. Bestaande opties: {}.",
                        target.id,
                        ids.join(", ")
                    ),
                );
            }
        }
    }

    fn condition(
        &mut self,
        q: &Questionnaire,
        path: &str,
        owner: &str,
        condition: &Condition,
        earlier: &BTreeMap<&str, &Question>,
    ) {
        let forms =
            [condition.question.is_some(), condition.all.is_some(), condition.any.is_some(), condition.not.is_some()];
        if forms.iter().filter(|used| **used).count() != 1 {
            self.report(path, "Een voorwaarde gebruikt precies één van `question`, `all`, `any` of `not`.");
            return;
        }
        let tests_used = condition.option_in.is_some()
            || condition.option_not_in.is_some()
            || condition.answered.is_some()
            || condition.at_least.is_some()
            || condition.at_most.is_some();
        if let Some(list) = condition.all.as_ref().or(condition.any.as_ref()) {
            let key = if condition.all.is_some() { "all" } else { "any" };
            if list.is_empty() {
                self.report(format!("{path}.{key}"), format!("`{key}` heeft geen voorwaarden."));
            }
            for (i, inner) in list.iter().enumerate() {
                self.condition(q, &format!("{path}.{key}[{i}]"), owner, inner, earlier);
            }
        }
        if let Some(inner) = &condition.not {
            self.condition(q, &format!("{path}.not"), owner, inner, earlier);
        }
        let Some(target_id) = &condition.question else {
            if tests_used {
                self.report(path, "Toetsen als `option_in` of `answered` horen bij een `question`.");
            }
            return;
        };
        let question_path = format!("{path}.question");
        if target_id == owner {
            self.report(
                question_path,
                format!("Vraag `{owner}` hangt af van zichzelf. Een voorwaarde mag alleen naar een eerdere vraag verwijzen."),
            );
            return;
        }
        let Some(target) = earlier.get(target_id.as_str()) else {
            let message = if q.question(target_id).is_some() {
                format!("De voorwaarde van vraag `{owner}` verwijst naar `{target_id}`, die pas later komt. Een voorwaarde mag alleen naar een eerdere vraag verwijzen; verplaats een van beide vragen.")
            } else {
                format!("De voorwaarde van vraag `{owner}` verwijst naar vraag `{target_id}`, maar die bestaat niet.")
            };
            self.report(question_path, message);
            return;
        };
        if !tests_used {
            self.report(
                path,
                format!("De voorwaarde op `{target_id}` zegt niet wat er moet gelden. Voeg bijvoorbeeld `option_in: [ja]` of `answered: true` toe."),
            );
        }
        for (key, options) in [("option_in", &condition.option_in), ("option_not_in", &condition.option_not_in)] {
            if let Some(options) = options {
                self.option_refs(q, &format!("{path}.{key}"), target, options);
            }
        }
        if (condition.at_least.is_some() || condition.at_most.is_some()) && !target.kind.is_numeric() {
            self.report(
                path,
                format!(
                    "`at_least` en `at_most` werken alleen op schaal- en getalvragen; `{target_id}` is `{}`.",
                    target.kind.yaml_name()
                ),
            );
        }
    }

    fn every_principle_scored(&mut self, q: &Questionnaire) {
        for (i, principle) in q.principles.iter().enumerate() {
            let by_question =
                q.questions().any(|(_, question)| question.is_scored() && question.scores_on.contains(&principle.id));
            let by_casus_topic = q.casus.iter().flat_map(|c| &c.topics).any(|t| t.scores_on.contains(&principle.id));
            let scored = by_question || by_casus_topic;
            if !scored {
                self.report(
                    format!("principles[{i}]"),
                    format!(
                        "Geen enkele vraag scoort op principe `{}`. Koppel er een vraag aan of verwijder het principe.",
                        principle.id
                    ),
                );
            }
        }
    }
}

impl Checker<'_> {
    fn casus(&mut self, q: &Questionnaire) {
        let Some(casus) = &q.casus else { return };
        if !(1..=3).contains(&casus.max_cases) {
            self.report("casus.max_cases", format!("`max_cases` is {}; kies 1, 2 of 3 casussen.", casus.max_cases));
        }
        if casus.perspectives.is_empty() {
            self.report("casus.perspectives", "Noem ten minste één perspectief, bijvoorbeeld `dossier`.");
        }
        let mut seen = BTreeSet::new();
        for (i, perspective) in casus.perspectives.iter().enumerate() {
            let path = format!("casus.perspectives[{i}]");
            self.id(&path, &perspective.id, &mut seen, "perspectief");
            self.not_empty(format!("{path}.label"), &perspective.label, "Het label van dit perspectief");
        }
        if !q.answer_sets.iter().any(|s| s.id == casus.answer_set) {
            self.report(
                "casus.answer_set",
                format!("De casusmodus verwijst naar antwoordset `{}`, maar die bestaat niet.", casus.answer_set),
            );
        }
        if casus.topics.is_empty() {
            self.report("casus.topics", "De casusmodus heeft geen onderwerpen.");
        }
        let mut topic_ids = BTreeSet::new();
        for (i, topic) in casus.topics.iter().enumerate() {
            let path = format!("casus.topics[{i}]");
            self.id(&path, &topic.id, &mut topic_ids, "onderwerp");
            self.not_empty(format!("{path}.title"), &topic.title, "De titel van dit onderwerp");
            if let Some(section) = &topic.section {
                if !q.sections.iter().any(|s| &s.id == section) {
                    self.report(
                        format!("{path}.section"),
                        format!("Onderwerp `{}` verwijst naar sectie `{section}`, maar die bestaat niet.", topic.id),
                    );
                }
            }
            for perspective in &casus.perspectives {
                if topic.prompts.get(&perspective.id).is_none_or(|p| p.trim().is_empty()) {
                    self.report(
                        format!("{path}.prompts"),
                        format!("Onderwerp `{}` heeft geen vraag voor perspectief `{}`.", topic.id, perspective.id),
                    );
                }
            }
            for key in topic.prompts.keys() {
                if !casus.perspectives.iter().any(|p| &p.id == key) {
                    self.report(format!("{path}.prompts.{key}"), format!("`{key}` is geen gedeclareerd perspectief."));
                }
            }
            if topic.scores_on.is_empty() {
                self.report(
                    format!("{path}.scores_on"),
                    format!("Onderwerp `{}` noemt geen principe. Vul `scores_on` in.", topic.id),
                );
            }
            for (n, principle) in topic.scores_on.iter().enumerate() {
                if q.principle(principle).is_none() {
                    self.report(
                        format!("{path}.scores_on[{n}]"),
                        format!(
                            "Onderwerp `{}` scoort op `{principle}`, maar dat principe is niet gedeclareerd.",
                            topic.id
                        ),
                    );
                }
            }
        }
    }
}
