//! The verbeterplan: edit every action, add your own, and download the plan.

use leptos::prelude::*;

use crate::model::export::{plan_title, ExportContext, PlanDownload};
use crate::model::plan::{plan_rows, valid_deadline, ActionEdits, ActionStatus, OwnAction, PlanRow, RowKind};
use crate::model::questionnaire::{Principle, Priority};
use crate::model::scoring::percent_label;
use crate::ui::browser::clock::local_iso_date;
use crate::ui::browser::downloads::offer;
use crate::ui::browser::focus::{clear_value, focus_element, input_value};
use crate::ui::components::checkbox::Checkbox;
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::components::score_chart::ScoreChart;
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_input::TextInput;
use crate::ui::print::use_print_date;
use crate::ui::state::AssessmentState;

#[component]
pub fn PlanEditor(state: AssessmentState) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let rows = {
        let questionnaire = questionnaire.clone();
        Memo::new(move |_| state.assessment.with(|a| plan_rows(&questionnaire, &a.answers, &a.plan)))
    };
    let (message, set_message) = signal(None::<String>);
    let export = {
        let questionnaire = questionnaire.clone();
        Callback::new(move |kind: PlanDownload| {
            let assessment = state.assessment.get_untracked();
            let date = local_iso_date();
            let report = state.report.get_untracked();
            let context =
                ExportContext { questionnaire: &questionnaire, assessment: &assessment, report: &report, date: &date };
            set_message.set(Some(offer(&kind.make(&context, &rows.get_untracked()))));
        })
    };
    let download_button = move |kind: PlanDownload, label: &'static str| {
        view! {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| export.run(kind)>
                {label}
            </button>
        }
    };

    // The page's date: printed under the title, and what deadlines are checked against.
    let (printed_on, print) = use_print_date();
    // Keyed by action: editing one field does not rebuild the list, so focus and typing stay put.
    let list = view! {
        <Show when=move || rows.with(|r| r.is_empty())>
            <p class="utrecht-paragraph">"Uw antwoorden leveren (nog) geen verbeteracties op. U kunt hieronder zelf acties toevoegen."</p>
        </Show>
        <ol class="plan" data-testid="plan">
            <For each=move || rows.get() key=|row| row.key.clone() let:row>
                <PlanItem state row today=printed_on />
            </For>
        </ol>
    };
    let principles = questionnaire.principles.clone();

    view! {
        <div class="alleen-print">
            // On paper the plan says for whom and from when, like the Markdown download.
            <PrintedHeading state title=plan_title date=printed_on test_id="plan-afdrukkop" />
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
            <h2 class="utrecht-heading-2">"Acties"</h2>
        </div>
        <p class="utrecht-paragraph geen-print">
            "Het plan volgt uit uw antwoorden: bij elk zwak antwoord hoort een actie, met de hoogste prioriteit bovenaan. "
            "Neem acties op of laat ze weg, wijs een eigenaar en een deadline toe en houd de voortgang bij. "
            "Alles wordt bij de evaluatie bewaard."
        </p>
        <div class="downloads geen-print" role="group" aria-labelledby="downloads-kop">
            <h2 class="utrecht-heading-3" id="downloads-kop">"Downloaden"</h2>
            {download_button(PlanDownload::Markdown, "Verbeterplan (Markdown)")}
            {download_button(PlanDownload::Csv, "Verbeterplan (CSV voor Excel)")}
            <PrintButton print />
            {download_button(PlanDownload::Evaluation, "Hele evaluatie (JSON)")}
            <p class="status-melding" role="status" data-testid="download-melding">{move || message.get()}</p>
        </div>
        {list}
        <AddOwnAction state principles />
    }
}

/// One action with its editable fields.
#[component]
fn PlanItem(state: AssessmentState, row: PlanRow, today: ReadSignal<String>) -> impl IntoView {
    let field = |name: &str| format!("plan-{}-{name}", row.key);
    // Every field of the action changes its edits through this one callback.
    let edit = {
        let key = row.key.clone();
        Callback::new(move |change: EditsChange| state.edit_plan_row(&key, |edits| change.apply(edits)))
    };
    let current = {
        let key = row.key.clone();
        Memo::new(move |_| state.assessment.with(|a| a.plan.edits_of(&key)))
    };
    let (deadline_error, set_deadline_error) = signal(None::<String>);
    // An action open past its deadline says so, against the page's date (renewed when printing).
    let overdue = move || today.with(|today| current.with(|e| e.overdue(today)));
    let status_options =
        ActionStatus::ALL.into_iter().map(|status| SelectOption::new(status.key(), status.label())).collect();
    let remove = (row.kind == RowKind::Own).then(|| {
        let key = row.key.clone();
        view! {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| state.remove_own_action(&key)>
                "Eigen actie verwijderen"
            </button>
        }
    });
    view! {
        <li class="plan__actie" class:plan__actie--weggelaten=move || !current.with(|e| e.selected) data-testid=format!("actie-{}", row.key)>
            <h3 class="utrecht-heading-3">{row.title.clone()}</h3>
            <p class="utrecht-paragraph plan__meta">{row.meta_line()}</p>
            {move || overdue().then(|| view! {
                <p class="utrecht-paragraph plan__verstreken" data-testid="deadline-verstreken">
                    "De deadline is verstreken en de actie is nog niet gereed."
                </p>
            })}
            {(!row.text.is_empty()).then(|| view! { <p class="utrecht-paragraph">{row.text.clone()}</p> })}
            <p class="utrecht-paragraph alleen-print">{move || current.with(ActionEdits::summary_line)}</p>
            <div class="geen-print">
                <Checkbox
                    id=field("opnemen")
                    label="Opnemen in het plan"
                    checked=Signal::derive(move || current.with(|e| e.selected))
                    on_toggle=Callback::new(move |checked| edit.run(EditsChange::Selected(checked)))
                />
            </div>
            <div class="plan__velden geen-print">
                <FormField id=field("eigenaar") label="Eigenaar">
                    <TextInput
                        value=row.edits.owner.clone()
                        on_change=Callback::new(move |owner| edit.run(EditsChange::Owner(owner)))
                    />
                </FormField>
                <FormField id=field("deadline") label="Deadline" error=deadline_error>
                    <TextInput
                        date=true
                        value=row.edits.deadline.clone()
                        on_change=Callback::new(move |deadline: String| {
                            if valid_deadline(&deadline) {
                                set_deadline_error.set(None);
                                edit.run(EditsChange::Deadline(deadline));
                            } else {
                                set_deadline_error.set(Some("Vul een datum in, bijvoorbeeld 31-12-2026.".to_owned()));
                            }
                        })
                    />
                </FormField>
                <FormField id=field("status") label="Status" layout=FieldLayout::Other>
                    <Select
                        options=status_options
                        selected=row.edits.status.key()
                        on_change=Callback::new(move |key: String| edit.run(EditsChange::Status(ActionStatus::from_key(&key))))
                    />
                </FormField>
            </div>
            <FormField id=field("notitie") label="Notitie" class="geen-print">
                <TextArea value=row.edits.note.clone() on_change=Callback::new(move |note| edit.run(EditsChange::Note(note))) />
            </FormField>
            {remove}
        </li>
    }
}

/// One change a plan item's fields make to its edits.
enum EditsChange {
    Selected(bool),
    Owner(String),
    Deadline(String),
    Status(ActionStatus),
    Note(String),
}

impl EditsChange {
    fn apply(self, edits: &mut ActionEdits) {
        match self {
            EditsChange::Selected(selected) => edits.selected = selected,
            EditsChange::Owner(owner) => edits.owner = owner,
            EditsChange::Deadline(deadline) => edits.deadline = deadline,
            EditsChange::Status(status) => edits.status = status,
            EditsChange::Note(note) => edits.note = note,
        }
    }
}

#[component]
fn AddOwnAction(state: AssessmentState, principles: Vec<Principle>) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = OwnAction::from_form(
            &input_value("eigen-titel"),
            &input_value("eigen-tekst"),
            &input_value("eigen-principe"),
            &input_value("eigen-prioriteit"),
        );
        match form {
            Ok(action) => {
                state.add_own_action(action);
                set_error.set(None);
                clear_value("eigen-titel");
                clear_value("eigen-tekst");
            }
            Err(message) => {
                set_error.set(Some(message));
                focus_element("eigen-titel");
            }
        }
    };
    let priority_options = Priority::ALL.into_iter().map(|p| SelectOption::new(p.key(), p.label())).collect();
    let principle_options = std::iter::once(SelectOption::new("", "Geen"))
        .chain(principles.into_iter().map(|p| SelectOption::new(p.id, p.label)))
        .collect();
    view! {
        <form class="utrecht-form eigen-actie geen-print" on:submit=add novalidate>
            <h2 class="utrecht-heading-2">"Eigen actie toevoegen"</h2>
            <FormField id="eigen-titel" label="Titel" error=error>
                <TextInput />
            </FormField>
            <FormField id="eigen-tekst" label="Omschrijving (optioneel)">
                <TextArea />
            </FormField>
            <div class="plan__velden">
                <FormField id="eigen-prioriteit" label="Prioriteit" layout=FieldLayout::Other>
                    <Select options=priority_options selected=Priority::Medium.key() />
                </FormField>
                <FormField id="eigen-principe" label="Principe" layout=FieldLayout::Other>
                    <Select options=principle_options />
                </FormField>
            </div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">"Actie toevoegen"</button>
        </form>
    }
}
