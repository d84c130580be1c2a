//! The overview: one line per action, in groups, the most important first. A line opens to show
//! the action's text and its fields.

use leptos::prelude::*;

use super::action_item::ActionItem;
use super::use_plan_view;

#[component]
pub(super) fn PlanOverview() -> impl IntoView {
    let view = use_plan_view();
    view! {
        <Show when=move || view.rows.with(Vec::is_empty)>
            <p class="utrecht-paragraph">"Uw antwoorden leveren (nog) geen verbeteracties op. U kunt hieronder zelf acties toevoegen."</p>
        </Show>
        <Show when=move || view.rows.with(|r| !r.is_empty()) && view.shown.with(Vec::is_empty)>
            <p class="utrecht-paragraph">"Geen acties met deze keuze. Kies bij 'Tonen' een ander principe of een andere status."</p>
        </Show>
        // Always in the page, so what is put in it is read out.
        <p class="visueel-verborgen" role="status" data-testid="plan-melding">{move || view.announcement.get()}</p>
        // Keyed by group and by action: editing a field does not rebuild the list, so focus and
        // typing stay put. A list without list numbers: those would restart in every group;
        // an included action shows the plan's own number (`PlanRow::number`) instead.
        <For each=move || view.groups.get() key=|group| group.key.clone() let:group>
            <section class="plan-groep" aria-labelledby=format!("groep-{}", group.key)>
                <h2 class="utrecht-heading-3 plan-groep__kop" id=format!("groep-{}", group.key)>{group.title.clone()}</h2>
                <ul class="plan" data-testid="plan">
                    <For
                        each={
                            let key = group.key.clone();
                            move || view.groups.with(|groups| {
                                groups.iter().find(|g| g.key == key).map(|g| g.rows.clone()).unwrap_or_default()
                            })
                        }
                        key=|row| row.key.clone()
                        let:row
                    >
                        <ActionItem row />
                    </For>
                </ul>
            </section>
        </For>
    }
}
