//! A table of data in the design system's table style: a caption, column headers, and rows whose
//! first cell is the row's header. Wide tables scroll sideways inside a focusable region (so
//! keyboard users can scroll it too) instead of widening the page.

use leptos::prelude::*;

use crate::model::text::mid_sentence;

/// One body row: its header cell (the first column) and the other cells.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub header: String,
    pub cells: Vec<String>,
    /// `data-testid` of the row, for the end-to-end tests.
    pub test_id: Option<String>,
}

impl TableRow {
    pub fn new(header: impl Into<String>, cells: Vec<String>) -> Self {
        TableRow { header: header.into(), cells, test_id: None }
    }

    pub fn with_test_id(self, test_id: String) -> Self {
        TableRow { test_id: Some(test_id), ..self }
    }
}

#[component]
pub fn DataTable(
    /// What the table shows. It also names the scrollable region ("Tabel: …").
    #[prop(into)]
    caption: Signal<String>,
    /// When the heading right above says the same, the caption is for screen readers only.
    #[prop(optional)]
    caption_hidden: bool,
    /// The column headers, the first one above the row headers.
    #[prop(into)]
    columns: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<TableRow>>,
    #[prop(optional)] test_id: Option<&'static str>,
    /// Extra classes on the table.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let header = move || {
        columns
            .get()
            .into_iter()
            .map(|column| view! { <th class="utrecht-table__header-cell" scope="col">{column}</th> })
            .collect_view()
    };
    let body = move || {
        rows.get()
            .into_iter()
            .map(|row| {
                let cells = row
                    .cells
                    .into_iter()
                    .map(|cell| view! { <td class="utrecht-table__cell">{cell}</td> })
                    .collect_view();
                view! {
                    <tr class="utrecht-table__row" data-testid=row.test_id>
                        <th class="utrecht-table__header-cell" scope="row">{row.header}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    let caption_class =
        if caption_hidden { "utrecht-table__caption visueel-verborgen" } else { "utrecht-table__caption" };
    view! {
        <div
            class="utrecht-table-container utrecht-table-container--overflow-inline"
            tabindex="0"
            role="region"
            aria-label=move || format!("Tabel: {}", mid_sentence(&caption.get()))
        >
            <table class=format!("utrecht-table utrecht-table--html-table {class}").trim_end().to_owned() data-testid=test_id>
                <caption class=caption_class>{move || caption.get()}</caption>
                <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">{header}</tr>
                </thead>
                <tbody class="utrecht-table__body">{body}</tbody>
            </table>
        </div>
    }
}
