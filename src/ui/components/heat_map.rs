//! The heat map of a regional overview: one row per municipality, one column per section, each
//! cell coloured by its level and showing its score. Colours come from classes in
//! style/app.css (the Content-Security-Policy allows no inline styles); the score in each cell
//! keeps it readable without colour (forced colours, black-and-white print). The columns are
//! numbered and the numbers explained below; the table next to it has every number in words.

use leptos::prelude::*;

use crate::model::questionnaire::Level;
use crate::model::region::labels::{colour_step, level_band, shortened};
use crate::model::region::overview::HeatMap as HeatMapData;

const LABEL_WIDTH: f64 = 220.0;
const CELL_WIDTH: f64 = 64.0;
const CELL_HEIGHT: f64 = 26.0;
const HEADER_HEIGHT: f64 = 30.0;
/// Longer names are shortened in the picture; the table next to it has them in full.
const LABEL_CHARS: usize = 26;

/// The CSS class of a cell's colour: `hittekaart--stap-0` (lowest band) to `hittekaart--stap-4`,
/// or `hittekaart--geen` without a score.
pub fn colour_class(level_index: Option<usize>, level_count: usize) -> String {
    match level_index {
        Some(index) => format!("hittekaart--stap-{}", colour_step(index, level_count)),
        None => "hittekaart--geen".to_owned(),
    }
}

#[component]
pub fn HeatMap(
    data: HeatMapData,
    /// The questionnaire's levels, lowest first, for the colours and the legend.
    levels: Vec<Level>,
    /// Unique on the page: the SVG's title is found by it.
    id: &'static str,
) -> impl IntoView {
    let level_count = levels.len();
    let width = LABEL_WIDTH + CELL_WIDTH * data.columns.len() as f64;
    let height = HEADER_HEIGHT + CELL_HEIGHT * data.rows.len() as f64;
    let headers = (0..data.columns.len())
        .map(|i| {
            let x = LABEL_WIDTH + CELL_WIDTH * (i as f64 + 0.5);
            view! { <text x=x y=HEADER_HEIGHT - 10.0 text-anchor="middle" class="hittekaart__kop">{(i + 1).to_string()}</text> }
        })
        .collect_view();
    let rows = data
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let y = HEADER_HEIGHT + CELL_HEIGHT * r as f64;
            let cells = row
                .cells
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let x = LABEL_WIDTH + CELL_WIDTH * c as f64;
                    let class = colour_class(cell.level_index, level_count);
                    let score = cell.percent.map_or_else(|| "–".to_owned(), |p| p.round().to_string());
                    view! {
                        <rect x=x y=y width=CELL_WIDTH height=CELL_HEIGHT class=format!("hittekaart__cel {class}") />
                        <text x=x + CELL_WIDTH / 2.0 y=y + CELL_HEIGHT * 0.68 text-anchor="middle" class=format!("hittekaart__score {class}")>{score}</text>
                    }
                })
                .collect_view();
            view! {
                <text x=LABEL_WIDTH - 8.0 y=y + CELL_HEIGHT * 0.68 text-anchor="end" class="hittekaart__naam">{shortened(&row.label, LABEL_CHARS)}</text>
                {cells}
            }
        })
        .collect_view();
    let title_id = format!("{id}-titel");
    let labelled_by = title_id.clone();
    let columns = data.columns.iter().map(|column| view! { <li>{column.label.clone()}</li> }).collect_view();
    let legend = levels
        .iter()
        .enumerate()
        .map(|(i, level)| {
            let class = format!("hittekaart__staal {}", colour_class(Some(i), level_count));
            view! { <li><span class=class></span>{level_band(level)}</li> }
        })
        .chain(std::iter::once(
            view! { <li><span class="hittekaart__staal hittekaart--geen"></span>"Nog geen score (–)"</li> },
        ))
        .collect_view();
    view! {
        <figure class="hittekaart-figuur" data-testid="hittekaart">
            // As wide as its cells need; on a narrow screen it scrolls sideways in its own region
            // (focusable, so the keyboard can scroll it too) instead of shrinking its text.
            <div class="hittekaart__schuif" role="region" tabindex="0" aria-label="Hittekaart (schuift opzij op een smal scherm)">
            <svg
                    class="hittekaart"
                    viewBox=format!("0 0 {width} {height}")
                    width=width
                    height=height
                    role="img"
                    aria-labelledby=labelled_by
                >
                    <title id=title_id>
                        "Hittekaart: de score per onderdeel voor elke gemeente, gekleurd naar niveau. Alle cijfers staan ook in de tabel hieronder."
                    </title>
                    {headers}
                    {rows}
                </svg>
            </div>
            <figcaption class="hittekaart__uitleg">
                <p class="utrecht-paragraph">"De kolommen zijn de onderdelen van de vragenlijst:"</p>
                <ol class="hittekaart__kolommen">{columns}</ol>
                <p class="utrecht-paragraph">"Kleuren en cijfers: de score in procenten, gekleurd naar het niveau."</p>
                <ul class="hittekaart__legenda">{legend}</ul>
            </figcaption>
        </figure>
    }
}
