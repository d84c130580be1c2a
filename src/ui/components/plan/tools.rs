//! What goes into the plan in one go ("alleen hoog", "hoog en middel", "alles", "niets"), and
//! how the overview is filtered (principle, status) and grouped (priority, principle).

use leptos::prelude::*;

use super::use_plan_view;
use crate::model::plan::views::{included_count_label, BulkInclude, Grouping, PlanFilter};
use crate::model::plan::ActionStatus;
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::radio::Radio;
use crate::ui::components::select::{Select, SelectOption};

#[component]
pub(super) fn PlanTools() -> impl IntoView {
    let view = use_plan_view();
    let (message, set_message) = signal(None::<String>);
    let bulk = move |choice: BulkInclude| {
        view! {
            <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                on:click=move |_| {
                    view.owner.include_in_bulk(choice, &view.rows.get_untracked());
                    set_message.set(Some(format!(
                        "{}: {}.",
                        choice.label(),
                        included_count_label(&view.rows.get_untracked())
                    )));
                }
            >
                {choice.label()}
            </button>
        }
    };
    let principles: Vec<SelectOption> = std::iter::once(SelectOption::new("", "Alle principes"))
        .chain(view.owner.questionnaire().principles.iter().map(|p| SelectOption::new(p.id.clone(), p.label.clone())))
        .collect();
    let statuses: Vec<SelectOption> = std::iter::once(SelectOption::new("", "Elke status"))
        .chain(ActionStatus::ALL.into_iter().map(|s| SelectOption::new(s.key(), s.label())))
        .collect();
    let grouping = |value: Grouping, id: &'static str, label: &'static str| {
        view! {
            <Radio
                name="plan-groeperen"
                id
                label
                checked=Signal::derive(move || view.grouping.get() == value)
                on_choose=Callback::new(move |()| view.grouping.set(value))
            />
        }
    };
    view! {
        <div class="plan-gereedschap geen-print">
            <div class="plan-gereedschap__opnemen" role="group" aria-labelledby="opnemen-kop">
                <h2 class="utrecht-heading-3" id="opnemen-kop">"Opnemen in het plan"</h2>
                <p class="utrecht-paragraph" data-testid="aantal-opgenomen">{move || view.rows.with(|rows| included_count_label(rows))}</p>
                <div class="knoppen">{BulkInclude::ALL.into_iter().map(bulk).collect_view()}</div>
                <p class="status-melding" role="status">{move || message.get()}</p>
            </div>
            <div class="plan-gereedschap__filter">
                <h2 class="utrecht-heading-3">"Tonen"</h2>
                <div class="plan__velden">
                    <FormField id="plan-filter-principe" label="Toon principe" layout=FieldLayout::Other>
                        <Select
                            options=principles
                            on_change=Callback::new(move |id: String| {
                                view.filter.update(|f| f.principle = (!id.is_empty()).then_some(id))
                            })
                        />
                    </FormField>
                    <FormField id="plan-filter-status" label="Toon status" layout=FieldLayout::Other>
                        <Select
                            options=statuses
                            on_change=Callback::new(move |key: String| {
                                view.filter.update(|f| f.status = (!key.is_empty()).then(|| ActionStatus::from_key(&key)))
                            })
                        />
                    </FormField>
                </div>
                <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">"Groeperen"</legend>
                    <div class="vraag__opties vraag__opties--rij">
                        {grouping(Grouping::ByPriority, "groeperen-prioriteit", "Op prioriteit")}
                        {grouping(Grouping::ByPrinciple, "groeperen-principe", "Op principe")}
                    </div>
                </fieldset>
                {move || view.filter.with(PlanFilter::is_active).then(|| view! {
                    <p class="utrecht-paragraph" data-testid="filter-actief">
                        {move || format!(
                            "U ziet {} van de {} acties.",
                            view.shown.with(Vec::len),
                            view.rows.with(Vec::len)
                        )}
                    </p>
                })}
            </div>
        </div>
    }
}
