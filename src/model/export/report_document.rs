//! The rapport: the whole evaluation in one document for the college or the raad. The same title
//! page as the plan; the score per principle (chart as an image with alternative text, and the
//! table), per section, the national comparison with year and source, the verbeterplan, every
//! answer with its toelichting as an appendix, and the sources the questions cite.

use super::plan_document::{meta, paragraphs, plan_body, principle_table, title_page, Depth, PlanSubject};
use super::{report_title, title_page_lines, ExportContext};
use crate::model::answers::answer_text;
use crate::model::document::png::bar_chart_png;
use crate::model::document::{Block, Document, HeadingLevel, Image, Span, Table, TEXT_WIDTH_MM};
use crate::model::overview::answers_overview;
use crate::model::plan::PlanRow;
use crate::model::questionnaire::cited_sources;
use crate::model::scoring::{levels_explanation, percent_label, score_row};
use crate::model::text::dutch_list;

pub fn report_document(context: &ExportContext, rows: &[PlanRow]) -> Document {
    let ExportContext { questionnaire, assessment, report, .. } = context;
    let title = report_title(assessment);
    let mut blocks = title_page(&title, &title_page_lines(context));
    let chapter = |text: &str| Block::heading(HeadingLevel::One, text);

    blocks.push(chapter("Score per principe"));
    let progress = report.progress;
    blocks.push(Block::text(format!(
        "{} van {} vragen beantwoord, {} niet van toepassing. De score telt alleen beantwoorde vragen.",
        progress.done, progress.visible, progress.not_applicable
    )));
    let values: Vec<Option<f64>> = report.principles.iter().map(|p| p.percent).collect();
    let marks: Vec<f64> = questionnaire.levels.iter().skip(1).map(|l| l.from).collect();
    let described: Vec<String> =
        report.principles.iter().map(|p| format!("{} {}", p.label, percent_label(p.percent))).collect();
    blocks.push(Block::Image(Image {
        png: bar_chart_png(&values, &marks),
        width_mm: TEXT_WIDTH_MM,
        alt: format!(
            "Staafdiagram van de score per principe: {}. De tabel hieronder geeft dezelfde cijfers.",
            dutch_list(&described)
        ),
    }));
    blocks.push(Block::Table(principle_table(context)));
    blocks.push(Block::text(levels_explanation(questionnaire)));

    blocks.push(chapter("Score per onderdeel"));
    blocks.push(Block::Table(Table {
        caption: "Score per onderdeel van de vragenlijst".to_owned(),
        header: ["Onderdeel", "Score", "Niveau", "Beantwoord", "Niet van toepassing"].map(str::to_owned).to_vec(),
        rows: report
            .sections
            .iter()
            // The results page's cells (score_row over the scored questions), so screen and
            // document give the same counts.
            .map(|s| std::iter::once(s.title.clone()).chain(score_row(s.percent, s.level.as_ref(), &s.tally)).collect())
            .collect(),
        column_widths: vec![4, 1, 2, 2, 2],
    }));

    blocks.push(chapter("Vergelijking met het landelijk beeld"));
    let comparisons: Vec<Block> = context
        .figures
        .map(|figures| {
            questionnaire
                .questions()
                .filter(|(_, q)| report.visible.shows(&q.id))
                .flat_map(|(_, question)| {
                    let shown: Vec<_> = figures.shown_for(&question.figures).collect();
                    if shown.is_empty() {
                        return Vec::new();
                    }
                    let answer = answer_text(questionnaire, question, assessment.answers.get(&question.id));
                    let mut blocks = vec![
                        Block::Paragraph(vec![Span::bold(question.text.clone())]),
                        Block::Paragraph(vec![Span::bold("Uw antwoord: "), Span::plain(answer)]),
                    ];
                    blocks.extend(shown.into_iter().map(|figure| {
                        Block::text(format!(
                            "{} Bron: {} ({}).",
                            figure.statement, figure.source.label, figure.source.url
                        ))
                    }));
                    blocks
                })
                .collect()
        })
        .unwrap_or_default();
    if comparisons.is_empty() {
        blocks.push(Block::text(
            "Bij de vragen van deze evaluatie hoort geen landelijk cijfer van de Inspectie Gezondheidszorg en Jeugd om de antwoorden mee te vergelijken.",
        ));
    } else {
        blocks.push(Block::text(
            "Cijfers uit de jaarlijkse rapportages van de Inspectie Gezondheidszorg en Jeugd, met het jaar waarover ze gaan.",
        ));
        blocks.extend(comparisons);
    }

    blocks.push(chapter("Verbeterplan"));
    blocks.extend(plan_body(&PlanSubject::of_evaluation(context), rows, Depth::Chapter));

    blocks.push(Block::PageBreak);
    blocks.push(chapter("Bijlage: alle antwoorden"));
    for section in answers_overview(questionnaire, &assessment.answers) {
        blocks.push(Block::heading(HeadingLevel::Two, section.title));
        if section.questions.is_empty() {
            blocks.push(Block::text("Door de eerdere antwoorden zijn hier geen vragen aan de orde."));
        }
        for question in section.questions {
            blocks.push(Block::Paragraph(vec![Span::bold(question.text)]));
            let mut answer = vec![Span::plain(format!("Antwoord: {}", question.answer))];
            if !question.note.is_empty() {
                answer.push(Span::plain(format!("\nToelichting: {}", question.note)));
            }
            if question.note_missing {
                answer.push(Span::italic("\nToelichting ontbreekt."));
            }
            blocks.push(Block::Paragraph(answer));
        }
    }

    blocks.push(chapter("Bronnen"));
    blocks.extend(paragraphs("De vragen van deze evaluatie zijn gebaseerd op:"));
    blocks.push(Block::BulletList(
        cited_sources([*questionnaire])
            .into_iter()
            .map(|source| match &source.url {
                Some(url) => vec![Span::plain(format!("{} ({url})", source.label))],
                None => vec![Span::plain(source.label.clone())],
            })
            .collect(),
    ));
    let details = &assessment.plan.details;
    Document { meta: meta(title, "Rapport", questionnaire, details, context.date), blocks }
}
