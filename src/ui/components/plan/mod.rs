//! The verbeterplan page: the plan's summary and details, a compact overview of the actions
//! (grouped, filtered, included in bulk or one by one, each opened to edit it), a roadmap of the
//! included actions per period, the downloads, and the printed plan.
//!
//! The page's view state (grouping, filter, which actions are open) lives in [`PlanView`],
//! shared by its parts through context; everything stored goes through [`owner::PlanOwner`]: an
//! evaluation's plan and a region's use the same page.

mod action_item;
mod details_form;
mod downloads;
mod overview;
mod own_action_form;
pub mod owner;
mod region_side;
mod roadmap;
mod tools;

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::export::plan_title;
use crate::model::figures::FigureFile;
use crate::model::plan::views::{group_rows, roadmap, Grouping, PlanFilter, RoadmapPeriod, RowGroup};
use crate::model::plan::{ActionEdits, DateNotice, PlanRow};
use crate::model::questionnaire::{Principle, Priority};
use crate::model::scoring::percent_label;
use crate::ui::components::lazy_page::lazy_part;
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::components::score_chart::ScoreChart;
use crate::ui::latch::stays_true;
use crate::ui::lazy::{fetch_plan_extras, fetch_plan_files_part, plan_extra, prefetch};
use crate::ui::print::use_print_date;
use action_item::{ActionFields, EditsChange};
use details_form::PlanDetailsForm;
use downloads::PlanDownloads;
pub use downloads::PlanFileRequest;
use overview::PlanOverview;
use own_action_form::AddOwnAction;
use owner::PlanOwner;
use roadmap::Roadmap;
use tools::PlanTools;

/// Which of the two views of the actions is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    #[default]
    Overview,
    Roadmap,
}

/// The page's view state and the rows derived from the evaluation, shared by its parts.
#[derive(Clone, Copy)]
struct PlanView {
    owner: PlanOwner,
    /// Every row of the plan, most important first.
    rows: Memo<Vec<PlanRow>>,
    /// The rows the overview shows (its filter applied), in groups.
    groups: Memo<Vec<RowGroup>>,
    shown: Memo<Vec<PlanRow>>,
    roadmap: Memo<Vec<RoadmapPeriod>>,
    grouping: RwSignal<Grouping>,
    filter: RwSignal<PlanFilter>,
    tab: RwSignal<Tab>,
    /// The actions opened for editing, by key.
    open: RwSignal<BTreeSet<String>>,
    /// The page's date: printed under the title, and what deadlines are checked against.
    today: ReadSignal<String>,
    /// What a screen reader is told of a change it cannot see (an action moved by its priority).
    announcement: RwSignal<String>,
    figures: StoredValue<Option<Arc<FigureFile>>>,
}

impl PlanView {
    fn is_open(&self, key: &str) -> bool {
        self.open.with(|open| open.contains(key))
    }

    fn set_open(&self, key: &str, open: bool) {
        self.open.update(|set| {
            if open {
                set.insert(key.to_owned());
            } else {
                set.remove(key);
            }
        });
    }
}

fn use_plan_view() -> PlanView {
    expect_context::<PlanView>()
}

#[component]
pub fn PlanPage(
    owner: PlanOwner,
    /// National figures, for the rapport of an evaluation.
    #[prop(optional_no_strip)]
    figures: Option<Arc<FigureFile>>,
) -> impl IntoView {
    let questionnaire = owner.questionnaire();
    let rows = Memo::new(move |_| owner.rows());
    let grouping = RwSignal::new(Grouping::default());
    let filter = RwSignal::new(PlanFilter::default());
    let shown = Memo::new(move |_| filter.with(|f| rows.with(|rows| f.apply(rows))));
    let principles = questionnaire.principles.clone();
    let groups = Memo::new(move |_| shown.with(|rows| group_rows(&questionnaire, rows, grouping.get())));
    let (today, print) = use_print_date();
    let view = PlanView {
        owner,
        rows,
        groups,
        shown,
        roadmap: Memo::new(move |_| rows.with(|rows| roadmap(rows))),
        grouping,
        filter,
        tab: RwSignal::new(Tab::default()),
        open: RwSignal::new(BTreeSet::new()),
        today,
        announcement: RwSignal::new(String::new()),
        figures: StoredValue::new(figures),
    };
    provide_context(view);
    // The rest of the page's code while the user reads the plan, then the document writers.
    prefetch(async {
        let _ = fetch_plan_extras().await;
        fetch_plan_files_part().await
    });

    view! {
        <div class="alleen-print">
            // On paper the plan says for whom and from when, like the documents.
            <PrintedStart owner today />
            {move || {
                let summary = owner.details().summary.trim().to_owned();
                (!summary.is_empty()).then(|| view! {
                    <h2 class="utrecht-heading-2">"Samenvatting"</h2>
                    <p class="utrecht-paragraph plan__samenvatting">{summary}</p>
                })
            }}
            <h2 class="utrecht-heading-2">"Acties"</h2>
        </div>
        <p class="utrecht-paragraph geen-print">
            "Het plan volgt uit uw antwoorden: bij elk zwak antwoord hoort een actie, met de hoogste prioriteit bovenaan. "
            "Kies wat u de komende periode oppakt, geef acties een periode, een eigenaar en een deadline, en houd de "
            "voortgang bij. Alles wordt bij de evaluatie bewaard."
        </p>
        <PlanTools />
        <PlanTabs />
        // Not on paper, also while it loads: its status line, or a message that it did not arrive.
        <div class="geen-print">{lazy_extra(Extra::End { print, principles })}</div>
    }
}

/// A part of the plan page that reading the plan does not need. Its code is a chunk of its own
/// ([`crate::ui::lazy::plan_extra`]), fetched as soon as the plan is drawn, so a click on
/// *Verbeterplan* fetches and builds only what shows the plan.
#[derive(Clone)]
pub struct PlanExtra(Extra);

#[derive(Clone)]
enum Extra {
    /// An action's fields, when it is first opened.
    ActionFields {
        row: PlanRow,
        current: Memo<ActionEdits>,
        priority: Signal<Priority>,
        notices: Memo<Vec<DateNotice>>,
        edit: Callback<EditsChange>,
    },
    /// The roadmap, when its tab is first shown.
    Roadmap,
    /// Below the actions: the plan as a document (its details and downloads), and the form for
    /// an own action.
    End { print: Callback<()>, principles: Vec<Principle> },
}

impl PlanExtra {
    /// Called by [`crate::ui::lazy::plan_extra`] only: what this calls is what its chunk holds.
    pub fn draw(self) -> AnyView {
        match self.0 {
            Extra::ActionFields { row, current, priority, notices, edit } => {
                view! { <ActionFields row current priority notices edit /> }.into_any()
            }
            Extra::Roadmap => view! { <Roadmap /> }.into_any(),
            Extra::End { print, principles } => view! {
                <section class="plan-document geen-print" aria-labelledby="plan-document-kop">
                    <h2 class="utrecht-heading-2" id="plan-document-kop">"Het plan als document"</h2>
                    <PlanDetailsForm />
                    <PlanDownloads print />
                </section>
                <AddOwnAction principles />
            }
            .into_any(),
        }
    }
}

/// `extra` where it is placed, with a status line until its code is there.
fn lazy_extra(extra: Extra) -> AnyView {
    lazy_part(move || plan_extra(PlanExtra(extra.clone())))
}

/// How the printed plan starts: for an evaluation its title with gemeente, the evaluation and
/// the date, and where it stands; for a region its title and the date.
#[component]
fn PrintedStart(owner: PlanOwner, today: ReadSignal<String>) -> impl IntoView {
    match owner {
        PlanOwner::Evaluation(state) => view! {
            <PrintedHeading state title=plan_title date=today test_id="plan-afdrukkop" />
            <h2 class="utrecht-heading-2">"Stand van zaken"</h2>
            {move || view! { <ScoreChart principles=state.report.get().principles /> }}
            <p class="utrecht-paragraph">
                {move || state.report.with(|r| {
                    r.principles
                        .iter()
                        .map(|p| format!("{}: {}", p.label, percent_label(p.percent)))
                        .collect::<Vec<_>>()
                        .join(" · ")
                })}
            </p>
        }
        .into_any(),
        PlanOwner::Region(side) => side.get_value().printed_start(today),
    }
}

/// The two views of the actions, as tabs: the overview to decide and edit, the roadmap to see
/// what happens when. Arrow keys move between the tabs, as the ARIA tabs pattern has it.
#[component]
fn PlanTabs() -> impl IntoView {
    let view = use_plan_view();
    // Drawn when first shown and then kept: the plan opens on the overview.
    let roadmap_drawn = stays_true(move || view.tab.get() == Tab::Roadmap);
    let tab = |which: Tab, id: &'static str, label: &'static str| {
        let selected = move || view.tab.get() == which;
        let other = match which {
            Tab::Overview => Tab::Roadmap,
            Tab::Roadmap => Tab::Overview,
        };
        view! {
            <button
                type="button"
                role="tab"
                id=id
                class="plan-tabs__tab"
                aria-selected=move || selected().to_string()
                aria-controls=format!("{id}-paneel")
                tabindex=move || if selected() { "0" } else { "-1" }
                on:click=move |_| view.tab.set(which)
                on:keydown=move |ev| {
                    if matches!(ev.key().as_str(), "ArrowLeft" | "ArrowRight" | "Home" | "End") {
                        ev.prevent_default();
                        view.tab.set(other);
                        let target = match other {
                            Tab::Overview => "tab-overzicht",
                            Tab::Roadmap => "tab-planning",
                        };
                        crate::ui::browser::focus::focus_element(target);
                    }
                }
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="plan-tabs geen-print" role="tablist" aria-label="Weergave van de acties">
            {tab(Tab::Overview, "tab-overzicht", "Overzicht van de acties")}
            {tab(Tab::Roadmap, "tab-planning", "Planning per periode")}
        </div>
        <div role="tabpanel" id="tab-overzicht-paneel" aria-labelledby="tab-overzicht" class="plan-paneel"
            class:plan-paneel--verborgen=move || view.tab.get() != Tab::Overview>
            <PlanOverview />
        </div>
        <div role="tabpanel" id="tab-planning-paneel" aria-labelledby="tab-planning" class="plan-paneel geen-print"
            hidden=move || view.tab.get() != Tab::Roadmap>
            {move || roadmap_drawn.get().then(|| lazy_extra(Extra::Roadmap))}
        </div>
    }
}
