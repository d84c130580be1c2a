//! The verbeterplan: edit every action, add your own, and download the plan.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::export::{file_name, plan_csv, plan_markdown, plan_title, ExportContext};
use crate::model::plan::{plan_rows, valid_deadline, ActionEdits, ActionStatus, OwnAction, PlanRow, RowKind};
use crate::model::questionnaire::Priority;
use crate::model::scoring::percent_label;
use crate::ui::components::controls::{checkbox, print_button};
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::components::score_chart::ScoreChart;
use crate::ui::dom::{download_report, focus_element, input_value, local_iso_date};
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
        move |kind: &'static str| {
            let assessment = state.assessment.get_untracked();
            let date = local_iso_date();
            let rows = rows.get_untracked();
            let report = state.report.get_untracked();
            let context =
                ExportContext { questionnaire: &questionnaire, assessment: &assessment, report: &report, date: &date };
            let (name, mime, content) = match kind {
                "md" => (
                    file_name("verbeterplan", &assessment, &date, "md"),
                    "text/markdown;charset=utf-8",
                    plan_markdown(&context, &rows),
                ),
                "csv" => {
                    (file_name("verbeterplan", &assessment, &date, "csv"), "text/csv;charset=utf-8", plan_csv(&rows))
                }
                _ => (
                    file_name("evaluatie", &assessment, &date, "json"),
                    "application/json",
                    assessment.to_pretty_json(),
                ),
            };
            set_message.set(Some(download_report(&name, mime, &content)));
        }
    };
    let export_md = export.clone();
    let export_csv = export.clone();
    let export_json = export;

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
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| export_md("md")>
                "Verbeterplan (Markdown)"
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| export_csv("csv")>
                "Verbeterplan (CSV voor Excel)"
            </button>
            {print_button(print)}
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| export_json("json")>
                "Hele evaluatie (JSON)"
            </button>
            <p class="status-melding" role="status" data-testid="download-melding">{move || message.get()}</p>
        </div>
        {list}
        <AddOwnAction state principles />
    }
}

/// One action with its editable fields.
#[component]
fn PlanItem(state: AssessmentState, row: PlanRow, today: ReadSignal<String>) -> impl IntoView {
    let key = row.key.clone();
    let field = |name: &str| format!("plan-{}-{name}", row.key);
    let (deadline_error, set_deadline_error) = signal(None::<String>);
    let edit = {
        let key = key.clone();
        move |change: Box<dyn FnOnce(&mut ActionEdits)>| state.edit_plan_row(&key, change)
    };
    let (e1, e2, e3, e4, e5) = (edit.clone(), edit.clone(), edit.clone(), edit.clone(), edit);
    let current = {
        let key = key.clone();
        Memo::new(move |_| {
            state.assessment.with(|a| {
                a.plan
                    .own
                    .iter()
                    .find(|o| o.id == key)
                    .map(|o| o.edits.clone())
                    .or_else(|| a.plan.recommendations.get(&key).cloned())
                    .unwrap_or_default()
            })
        })
    };
    // An action open past its deadline says so, against the page's date (renewed when printing).
    let overdue = move || today.with(|today| current.with(|e| e.overdue(today)));
    let print_line = move || current.with(ActionEdits::summary_line);
    let meta = row.meta_line();
    let status_options = ActionStatus::ALL
        .into_iter()
        .map(
            |status| view! { <option value=status.key() selected=status == row.edits.status>{status.label()}</option> },
        )
        .collect_view();
    let remove = (row.kind == RowKind::Own).then(|| {
        let key = key.clone();
        view! {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| state.remove_own_action(&key)>
                "Eigen actie verwijderen"
            </button>
        }
    });
    let deadline_id = field("deadline");
    let deadline_error_id = field("deadline-fout");
    view! {
        <li class="plan__actie" class:plan__actie--weggelaten=move || !current.with(|e| e.selected) data-testid=format!("actie-{}", row.key)>
            <h3 class="utrecht-heading-3">{row.title.clone()}</h3>
            <p class="utrecht-paragraph plan__meta">{meta}</p>
            {move || overdue().then(|| view! {
                <p class="utrecht-paragraph plan__verstreken" data-testid="deadline-verstreken">
                    "De deadline is verstreken en de actie is nog niet gereed."
                </p>
            })}
            {(!row.text.is_empty()).then(|| view! { <p class="utrecht-paragraph">{row.text.clone()}</p> })}
            <p class="utrecht-paragraph alleen-print">{print_line}</p>
            <div class="geen-print">
                {checkbox(
                    field("opnemen"),
                    "Opnemen in het plan".to_owned(),
                    move || current.with(|e| e.selected),
                    move |checked| e1(Box::new(move |edits| edits.selected = checked)),
                )}
            </div>
            <div class="plan__velden geen-print">
                <div class="utrecht-form-field utrecht-form-field--text">
                    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=field("eigenaar")>"Eigenaar"</label></div>
                    <div class="utrecht-form-field__input">
                        <input type="text" class="utrecht-textbox utrecht-textbox--html-input" id=field("eigenaar") value=row.edits.owner.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); e2(Box::new(move |edits| edits.owner = v)); } />
                    </div>
                </div>
                <div class="utrecht-form-field utrecht-form-field--text">
                    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=deadline_id.clone()>"Deadline"</label></div>
                    {move || deadline_error.get().map(|e| view! { <p class="utrecht-form-field-error-message" id=deadline_error_id.clone()>{e}</p> })}
                    <div class="utrecht-form-field__input">
                        <input type="date" class="utrecht-textbox utrecht-textbox--html-input" id=deadline_id value=row.edits.deadline.clone()
                            aria-describedby=move || deadline_error.get().map(|_| format!("plan-{}-deadline-fout", key))
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if valid_deadline(&v) {
                                    set_deadline_error.set(None);
                                    e3(Box::new(move |edits| edits.deadline = v));
                                } else {
                                    set_deadline_error.set(Some("Vul een datum in, bijvoorbeeld 31-12-2026.".to_owned()));
                                }
                            } />
                    </div>
                </div>
                <div class="utrecht-form-field">
                    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=field("status")>"Status"</label></div>
                    <div class="utrecht-form-field__input">
                        <select class="utrecht-select utrecht-select--html-select" id=field("status")
                            on:change=move |ev| { let v = ActionStatus::from_key(&event_target_value(&ev)); e4(Box::new(move |edits| edits.status = v)); }>
                            {status_options}
                        </select>
                    </div>
                </div>
            </div>
            <div class="utrecht-form-field utrecht-form-field--text geen-print">
                <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=field("notitie")>"Notitie"</label></div>
                <div class="utrecht-form-field__input">
                    <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id=field("notitie") rows="2"
                        on:change=move |ev| { let v = event_target_value(&ev); e5(Box::new(move |edits| edits.note = v)); }>
                        {row.edits.note.clone()}
                    </textarea>
                </div>
            </div>
            {remove}
        </li>
    }
}

fn clear_value(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value("");
        } else if let Some(text) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            text.set_value("");
        }
    }
}

#[component]
fn AddOwnAction(state: AssessmentState, principles: Vec<crate::model::questionnaire::Principle>) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = OwnAction::from_form(
            &input_value("eigen-titel"),
            &input_value("eigen-tekst"),
            &input_value("eigen-principe"),
            &input_value("eigen-prioriteit"),
        );
        let action = match form {
            Ok(action) => action,
            Err(message) => {
                set_error.set(Some(message));
                focus_element("eigen-titel");
                return;
            }
        };
        state.add_own_action(action);
        set_error.set(None);
        clear_value("eigen-titel");
        clear_value("eigen-tekst");
    };
    let priority_options = Priority::ALL
        .into_iter()
        .map(|p| view! { <option value=p.key() selected=p == Priority::Middel>{p.label()}</option> })
        .collect_view();
    let principle_options =
        principles.into_iter().map(|p| view! { <option value=p.id.clone()>{p.label.clone()}</option> }).collect_view();
    view! {
        <form class="utrecht-form eigen-actie geen-print" on:submit=add novalidate>
            <h2 class="utrecht-heading-2">"Eigen actie toevoegen"</h2>
            <div class="utrecht-form-field utrecht-form-field--text">
                <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="eigen-titel">"Titel"</label></div>
                {move || error.get().map(|e| view! { <p class="utrecht-form-field-error-message" id="eigen-titel-fout">{e}</p> })}
                <div class="utrecht-form-field__input">
                    <input type="text" class="utrecht-textbox utrecht-textbox--html-input" id="eigen-titel"
                        aria-describedby=move || error.get().map(|_| "eigen-titel-fout") />
                </div>
            </div>
            <div class="utrecht-form-field utrecht-form-field--text">
                <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="eigen-tekst">"Omschrijving (optioneel)"</label></div>
                <div class="utrecht-form-field__input">
                    <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="eigen-tekst" rows="2"></textarea>
                </div>
            </div>
            <div class="plan__velden">
                <div class="utrecht-form-field">
                    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="eigen-prioriteit">"Prioriteit"</label></div>
                    <div class="utrecht-form-field__input">
                        <select class="utrecht-select utrecht-select--html-select" id="eigen-prioriteit">
                            {priority_options}
                        </select>
                    </div>
                </div>
                <div class="utrecht-form-field">
                    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="eigen-principe">"Principe"</label></div>
                    <div class="utrecht-form-field__input">
                        <select class="utrecht-select utrecht-select--html-select" id="eigen-principe">
                            <option value="">"Geen"</option>
                            {principle_options}
                        </select>
                    </div>
                </div>
            </div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">"Actie toevoegen"</button>
        </form>
    }
}
