//! A bar chart of the score per principle as inline SVG. It is decoration for sighted readers
//! (and survives printing); the table next to it carries the same numbers for everyone.

use leptos::prelude::*;

use crate::model::scoring::{percent_label, PrincipleScore};

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 190.0;
const BAR_HEIGHT: f64 = 26.0;
const GAP: f64 = 18.0;

#[component]
pub fn ScoreChart(principles: Vec<PrincipleScore>) -> impl IntoView {
    let plot = WIDTH - LABEL_WIDTH - 100.0;
    let height = principles.len() as f64 * (BAR_HEIGHT + GAP) + 30.0;
    let grid = [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|tick| {
            let x = LABEL_WIDTH + plot * tick / 100.0;
            view! {
                <line x1=x x2=x y1="0" y2=height - 20.0 class="grafiek__raster" />
                <text x=x y=height - 4.0 text-anchor="middle" class="grafiek__as">{format!("{tick}%")}</text>
            }
        })
        .collect_view();
    let bars = principles
        .into_iter()
        .enumerate()
        .map(|(i, principle)| {
            let y = i as f64 * (BAR_HEIGHT + GAP) + 4.0;
            let value = principle.percent.unwrap_or(0.0);
            let label = percent_label(principle.percent);
            view! {
                <text x=LABEL_WIDTH - 10.0 y=y + BAR_HEIGHT * 0.7 text-anchor="end" class="grafiek__label">{principle.label}</text>
                <rect x=LABEL_WIDTH y=y width=plot height=BAR_HEIGHT class="grafiek__achtergrond" />
                <rect x=LABEL_WIDTH y=y width=plot * value / 100.0 height=BAR_HEIGHT class="grafiek__balk" />
                <text x=LABEL_WIDTH + plot + 8.0 y=y + BAR_HEIGHT * 0.7 class="grafiek__waarde">{label}</text>
            }
        })
        .collect_view();
    view! {
        <svg
            class="grafiek"
            viewBox=format!("0 0 {WIDTH} {height}")
            role="img"
            aria-labelledby="grafiek-titel"
            data-testid="scoregrafiek"
        >
            <title id="grafiek-titel">"Score per principe; de cijfers staan ook in de tabel eronder."</title>
            {grid}
            {bars}
        </svg>
    }
}
