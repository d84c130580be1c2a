//! "Over dit plan": the plan's summary (why this plan, what the municipality wants to reach) and
//! its details for the title page: for whom, date, version, author.

use leptos::prelude::*;

use super::use_plan_view;
use crate::model::plan::details::{Audience, PlanDetails};
use crate::model::plan::valid_deadline;
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::components::text_input::TextInput;

#[component]
pub(super) fn PlanDetailsForm() -> impl IntoView {
    let owner = use_plan_view().owner;
    let (date_error, set_date_error) = signal(None::<String>);
    let (version_error, set_version_error) = signal(None::<String>);
    let (author_error, set_author_error) = signal(None::<String>);
    let audiences: Vec<SelectOption> = std::iter::once(SelectOption::new("", "Nog niet gekozen"))
        .chain(Audience::ALL.into_iter().map(|a| SelectOption::new(a.key(), a.label())))
        .collect();
    // A version or author as typed, kept on one line; too long says so and keeps the old value.
    // Stored with every key where the owner saves after a pause (so another tab sees it at once),
    // else when the field is left.
    let line = move |error: WriteSignal<Option<String>>, set: fn(&mut PlanDetails, String)| {
        Callback::new(move |text: String| match PlanDetails::clean_line(&text) {
            Ok(value) => {
                error.set(None);
                owner.edit_details(|d| set(d, value));
            }
            Err(message) => error.set(Some(message)),
        })
    };
    let line_input = move |value: Signal<String>, store: Callback<String>| owner.line_input(value, store);
    view! {
        <details class="plan-over geen-print">
            <summary>"Over dit plan: samenvatting, voor wie, datum en versie"</summary>
            <FormField
                id="plan-samenvatting"
                label="Samenvatting"
                description="Waarom dit plan, en wat wil de gemeente ermee bereiken? Komt bovenaan het verbeterplan en het rapport."
            >
                {
                    let store = Callback::new(move |summary| owner.edit_details(|d| d.summary = summary));
                    let summary = Signal::derive(move || owner.details().summary);
                    owner.text_area(summary, store, 4)
                }
            </FormField>
            <div class="plan__velden">
                <FormField id="plan-voor" label="Voor" layout=FieldLayout::Other>
                    <Select
                        options=audiences
                        selected=Signal::derive(move || owner.details().audience.map(|a| a.key()).unwrap_or_default())
                        on_change=Callback::new(move |key: String| owner.edit_details(|d| d.audience = Audience::from_key(&key)))
                    />
                </FormField>
                <FormField id="plan-datum" label="Datum van het plan" description="Leeg: de dag van downloaden." error=date_error>
                    <TextInput
                        date=true
                        value=Signal::derive(move || owner.details().date)
                        on_change=Callback::new(move |date: String| {
                            if valid_deadline(&date) {
                                set_date_error.set(None);
                                owner.edit_details(|d| d.date = date);
                            } else {
                                set_date_error.set(Some("Vul een datum in, bijvoorbeeld 15-01-2027.".to_owned()));
                            }
                        })
                    />
                </FormField>
                <FormField id="plan-versie" label="Versie (optioneel)" error=version_error>
                    {line_input(Signal::derive(move || owner.details().version), line(set_version_error, |d, v| d.version = v))}
                </FormField>
                <FormField id="plan-auteur" label="Opgesteld door (optioneel)" error=author_error>
                    {line_input(Signal::derive(move || owner.details().author), line(set_author_error, |d, v| d.author = v))}
                </FormField>
            </div>
        </details>
    }
}
