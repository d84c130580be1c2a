//! "Anoniem delen": a switch stored with the region. With it on, every part of the overview shows
//! Gemeente A, B, C… instead of names and leaves out every piece of free text.

use leptos::prelude::*;

use crate::ui::components::checkbox::Checkbox;
use crate::ui::region_state::RegionState;

#[component]
pub(super) fn AnonymousToggle(state: RegionState) -> impl IntoView {
    let toggle = Callback::new(move |on: bool| {
        state.change(|region, _| {
            let changed = region.anonymous != on;
            region.anonymous = on;
            (changed, ())
        })
    });
    view! {
        <div class="anoniem" data-testid="anoniem-delen">
            <Checkbox
                id="anoniem-delen"
                label="Anoniem delen"
                checked=Signal::derive(move || state.anonymous())
                description=Some("Toont Gemeente A, B, C… in plaats van de namen en laat toelichtingen, open antwoorden, bestands- en evaluatienamen weg, want vrije tekst kan iemand noemen. Welke gemeente welke letter krijgt, is willekeurig; de letters worden opnieuw verdeeld als er een gemeente bij komt of af gaat.".to_owned())
                on_toggle=toggle
            />
        </div>
    }
}
