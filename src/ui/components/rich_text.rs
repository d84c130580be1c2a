//! Renders the safe Markdown subset of [`crate::model::markdown`] as DOM nodes. Nothing from a
//! questionnaire file is ever inserted as HTML.

use leptos::prelude::*;

use crate::model::markdown::{parse_markdown, Block, Inline};

fn inline_view(parts: Vec<Inline>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part {
            Inline::Text(text) => text.into_any(),
            Inline::Strong(text) => view! { <strong>{text}</strong> }.into_any(),
            Inline::Emphasis(text) => view! { <em>{text}</em> }.into_any(),
            Inline::Link { label, url } => view! {
                <a class="utrecht-link utrecht-link--html-a" href=url rel="noopener noreferrer">{label}</a>
            }
            .into_any(),
        })
        .collect_view()
}

#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    parse_markdown(&text)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(parts) => view! { <p class="utrecht-paragraph">{inline_view(parts)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul class="utrecht-unordered-list">
                    {items.into_iter().map(|item| view! { <li>{inline_view(item)}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
        .collect_view()
}
