//! The roadmap: the included actions per period, in time order, like a SAMM roadmap or a SELFIE
//! action plan. Each action opens in the overview to change it.

use leptos::prelude::*;

use super::action_item::field_id;
use super::{use_plan_view, Tab};
use crate::model::text::or_dash;
use crate::ui::browser::focus::focus_later;

#[component]
pub(super) fn Roadmap() -> impl IntoView {
    let view = use_plan_view();
    let edit = move |key: String| {
        view.set_open(&key, true);
        view.tab.set(Tab::Overview);
        focus_later(field_id(&key, "titel"));
    };
    move || {
        let periods = view.roadmap.get();
        if periods.is_empty() {
            return view! {
                <p class="utrecht-paragraph" data-testid="planning-leeg">
                    "Er zijn nog geen acties opgenomen. Kies in het overzicht welke acties u oppakt."
                </p>
            }
            .into_any();
        }
        let columns = periods
            .into_iter()
            .map(|period| {
                let title = period.title();
                let heading_id = format!("periode-{}", period.period.map(|p| p.key()).unwrap_or_else(|| "geen".into()));
                let items = period
                    .rows
                    .into_iter()
                    .map(|row| {
                        let key = row.key.clone();
                        let label = format!("Bewerken: {}", row.title);
                        view! {
                            <li class="planning__actie" data-testid=format!("planning-{}", row.key)>
                                <span class="planning__kop">
                                    {row.number.map(|n| view! { <span class="actie-nummer">{format!("{n}. ")}</span> })}
                                    <span class="planning__titel">{row.title.clone()}</span>
                                </span>
                                <span class="planning__feiten">
                                    {format!("{} · {} · {}", row.priority().label(), or_dash(&row.edits.owner), row.edits.status.label())}
                                </span>
                                <button type="button" class="utrecht-button utrecht-button--subtle planning__bewerken" aria-label=label on:click=move |_| edit(key.clone())>
                                    "Bewerken"
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                let labelled_by = heading_id.clone();
                view! {
                    <section class="planning__periode" aria-labelledby=labelled_by data-testid="planning-periode">
                        <h2 class="utrecht-heading-3" id=heading_id>{title}</h2>
                        <ul class="planning__acties">{items}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <p class="utrecht-paragraph">"De opgenomen acties per periode. Een periode geeft u een actie in het overzicht."</p>
            <div class="planning" data-testid="planning">{columns}</div>
        }
        .into_any()
    }
}
