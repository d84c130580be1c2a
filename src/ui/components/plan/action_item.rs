//! One action: a compact line (include it, its title, principle, priority, owner, deadline,
//! period, status), and when opened its text, where it comes from, and its fields.

use leptos::prelude::*;

use super::own_action_form::OWN_ACTION_HEADING;
use super::{lazy_extra, use_plan_view, Extra};
use crate::model::plan::period::Period;
use crate::model::plan::views::{inclusion_note, own_action_removed_note, priority_moved_note};
use crate::model::plan::{valid_deadline, ActionEdits, ActionStatus, DateNotice, PlanRow, RowKind};
use crate::model::questionnaire::Priority;
use crate::model::text::or_dash;
use crate::ui::browser::focus::{focus_element, focus_later};
use crate::ui::components::checkbox::Checkbox;
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::components::text_input::TextInput;
use crate::ui::latch::stays_true;

/// The id of one of an action's elements: its title button (`titel`), a field (`deadline`), a
/// date notice (its key).
pub(super) fn field_id(action_key: &str, name: &str) -> String {
    format!("plan-{action_key}-{name}")
}

#[component]
pub(super) fn ActionItem(row: PlanRow) -> impl IntoView {
    let view = use_plan_view();
    let owner = view.owner;
    let key = row.key.clone();
    let field = {
        let key = key.clone();
        move |name: &str| field_id(&key, name)
    };
    // The row as the plan has it now: it knows each row's choices, also of a row not edited yet
    // (the `row` this line was drawn with keeps its first choices).
    let live = {
        let key = key.clone();
        let first = row.clone();
        Memo::new(move |_| {
            view.rows.with(|rows| rows.iter().find(|r| r.key == key).cloned()).unwrap_or_else(|| first.clone())
        })
    };
    let current = Memo::new(move |_| live.with(|r| r.edits.clone()));
    // The plan's number for an included action, as the downloads and the printed plan have it.
    let number = Memo::new(move |_| live.with(|r| r.number));
    let priority = Signal::derive(move || live.with(PlanRow::priority));
    let open = {
        let key = key.clone();
        Signal::derive(move || view.is_open(&key))
    };
    // The fields (six, with over 30 options) are most of an action's elements: they are drawn when
    // the action is first opened and then kept, so a plan of 40 actions opens without 40 forms.
    let fields_drawn = stays_true(move || open.get());
    let edit = {
        let key = key.clone();
        Callback::new(move |change: EditsChange| {
            if let Some(row) = view.rows.with_untracked(|rows| rows.iter().find(|r| r.key == key).cloned()) {
                owner.edit_row(&row, |edits| change.apply(edits));
            }
        })
    };
    // An action open past its deadline says so, against the page's date (renewed when printing).
    let notices = Memo::new(move |_| view.today.with(|today| current.with(|e| e.date_notices(today))));
    let notice_id = field.clone();
    let details_id = field("details");
    let toggle = {
        let key = key.clone();
        move |_| view.set_open(&key, !view.is_open(&key))
    };
    let facts = move || {
        current.with(|e| {
            vec![
                format!("Eigenaar: {}", or_dash(&e.owner)),
                format!("Deadline: {}", e.deadline_label()),
                format!("Periode: {}", e.period_label()),
                format!("Status: {}", e.status.label()),
            ]
            .into_iter()
            .map(|fact| view! { <span class="actie-regel__feit">{fact}</span> })
            .collect_view()
        })
    };
    // Taken in or left out: the count changes elsewhere on the page, so it is read out.
    let include = {
        let title = row.title.clone();
        Callback::new(move |checked| {
            edit.run(EditsChange::Selected(checked));
            view.announcement.set(view.rows.with_untracked(|rows| inclusion_note(&title, checked, rows)));
        })
    };
    view! {
        <li
            class="plan__actie actie-regel"
            class:plan__actie--weggelaten=move || !current.with(|e| e.selected)
            data-testid=format!("actie-{key}")
        >
            <div class="actie-regel__kop">
                <div class="geen-print actie-regel__opnemen">
                    <Checkbox
                        id=field("opnemen")
                        label="Opnemen"
                        label_detail=format!("in het plan: {}", row.title)
                        checked=Signal::derive(move || current.with(|e| e.selected))
                        on_toggle=include
                    />
                </div>
                <h3 class="utrecht-heading-4 actie-regel__titel">
                    {move || number.get().map(|n| view! { <span class="actie-nummer" data-testid="actie-nummer">{format!("{n}. ")}</span> })}
                    <button
                        type="button"
                        class="actie-regel__knop"
                        id=field("titel")
                        aria-expanded=move || open.get().to_string()
                        aria-controls=details_id.clone()
                        on:click=toggle
                    >
                        {row.title.clone()}
                    </button>
                </h3>
                <p class="utrecht-paragraph plan__meta actie-regel__feiten">
                    <span class="actie-regel__feit">{move || priority.get().label()}</span>
                    {(!row.principle_label.is_empty()).then(|| view! { <span class="actie-regel__feit">{row.principle_label.clone()}</span> })}
                    {facts}
                </p>
                // A live region from the start: a notice that appears while the user is in the
                // Deadline or Periode field below is read out.
                <div role="status" class="actie-regel__meldingen">
                    {move || notices.get().into_iter().map(|notice| view! {
                        <p class="utrecht-paragraph plan__datum-melding" id=notice_id(notice.key()) data-testid=notice.key()>
                            {notice.message()}
                        </p>
                    }).collect_view()}
                </div>
            </div>
            // On paper: the action's text and its choices as a line of text.
            <div class="alleen-print">
                {(!row.text.is_empty()).then(|| view! { <p class="utrecht-paragraph">{row.text.clone()}</p> })}
                <p class="utrecht-paragraph">{move || current.with(ActionEdits::summary_line)}</p>
            </div>
            <div class="actie-regel__details geen-print" id=details_id hidden=move || !open.get()>
                {(!row.text.is_empty()).then(|| view! { <p class="utrecht-paragraph">{row.text.clone()}</p> })}
                <p class="utrecht-paragraph plan__meta">{move || live.with(PlanRow::meta_line)}</p>
                {move || fields_drawn.get().then(|| lazy_extra(Extra::ActionFields { row: row.clone(), current, priority, notices, edit }))}
            </div>
        </li>
    }
}

/// The fields of an opened action. Drawn when it is first opened; every field follows
/// changes from another tab. The owner and the note are saved as they are typed where the owner
/// saves after a pause (an evaluation), else when the field is left (a region, saved at once).
#[component]
pub(super) fn ActionFields(
    row: PlanRow,
    current: Memo<ActionEdits>,
    priority: Signal<Priority>,
    /// The action's date notices (drawn in its line): the Deadline and Periode fields they are
    /// about are described by them while they show.
    notices: Memo<Vec<DateNotice>>,
    edit: Callback<EditsChange>,
) -> impl IntoView {
    let view = use_plan_view();
    let field = |name: &str| field_id(&row.key, name);
    let notice_ids = |about_period: bool| {
        let key = row.key.clone();
        Signal::derive(move || {
            let ids: Vec<String> = notices.with(|all| {
                all.iter().filter(|n| !about_period || n.concerns_period()).map(|n| field_id(&key, n.key())).collect()
            });
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let (deadline_error, set_deadline_error) = signal(None::<String>);
    let now = current.get_untracked();
    let priority_id = field("prioriteit");
    let title = row.title.clone();
    let priority_options =
        Priority::ALL.into_iter().map(|priority| SelectOption::new(priority.key(), priority.label())).collect();
    let status_options =
        ActionStatus::ALL.into_iter().map(|status| SelectOption::new(status.key(), status.label())).collect();
    let period_options = view.today.with_untracked(|today| period_options(now.period, today));
    let remove = (row.kind == RowKind::Own).then(|| {
        let key = row.key.clone();
        let title = row.title.clone();
        let remove = move |_| {
            view.announcement.set(own_action_removed_note(&title));
            // A later own action may get this key again; it should not open already.
            view.set_open(&key, false);
            view.owner.remove_own_action(&key);
            focus_element(OWN_ACTION_HEADING);
        };
        view! {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=remove>
                "Eigen actie verwijderen"
            </button>
        }
    });
    view! {
        <div class="plan__velden">
            <FormField id=field("eigenaar") label="Eigenaar">
                {
                    let value = Signal::derive(move || current.with(|e| e.owner.clone()));
                    let store = Callback::new(move |owner| edit.run(EditsChange::Owner(owner)));
                    view.owner.line_input(value, store)
                }
            </FormField>
            <FormField id=field("deadline") label="Deadline" error=deadline_error notices=notice_ids(false)>
                <TextInput
                    date=true
                    value=Signal::derive(move || current.with(|e| e.deadline.clone()))
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
            <FormField id=field("prioriteit") label="Prioriteit" layout=FieldLayout::Other>
                <Select
                    options=priority_options
                    selected=Signal::derive(move || priority.get().key().to_owned())
                    on_change={
                        let id = priority_id;
                        Callback::new(move |key: String| {
                            if let Some(chosen) = Priority::from_key(&key) {
                                edit.run(EditsChange::Priority(chosen));
                                view.announcement.set(priority_moved_note(&title, chosen));
                                // The action moves to its place for the new priority (another
                                // group, or further down): the field keeps the keyboard focus.
                                focus_later(id.clone());
                            }
                        })
                    }
                />
            </FormField>
            <FormField id=field("periode") label="Periode" layout=FieldLayout::Other notices=notice_ids(true)>
                <Select
                    options=period_options
                    selected=Signal::derive(move || current.with(|e| e.period.map(|p| p.key()).unwrap_or_default()))
                    on_change=Callback::new(move |key: String| edit.run(EditsChange::Period(Period::parse(&key))))
                />
            </FormField>
            <FormField id=field("status") label="Status" layout=FieldLayout::Other>
                <Select
                    options=status_options
                    selected=Signal::derive(move || current.with(|e| e.status.key().to_owned()))
                    on_change=Callback::new(move |key: String| edit.run(EditsChange::Status(ActionStatus::from_key(&key))))
                />
            </FormField>
        </div>
        <FormField id=field("notitie") label="Notitie">
            {
                let value = Signal::derive(move || current.with(|e| e.note.clone()));
                let store = Callback::new(move |note| edit.run(EditsChange::Note(note)));
                view.owner.text_area(value, store, 2)
            }
        </FormField>
        {remove}
    }
}

/// "Nog geen periode", then the periods from now on; a stored period outside them stays choosable.
fn period_options(stored: Option<Period>, today: &str) -> Vec<SelectOption> {
    let mut periods = Period::choices(today);
    if let Some(stored) = stored.filter(|p| !periods.contains(p)) {
        periods.insert(0, stored);
    }
    std::iter::once(SelectOption::new("", "Nog geen periode"))
        .chain(periods.into_iter().map(|p| SelectOption::new(p.key(), p.long_label())))
        .collect()
}

/// One change a plan item's fields make to its edits.
pub(super) enum EditsChange {
    Selected(bool),
    Priority(Priority),
    Owner(String),
    Deadline(String),
    Period(Option<Period>),
    Status(ActionStatus),
    Note(String),
}

impl EditsChange {
    fn apply(self, edits: &mut ActionEdits) {
        match self {
            EditsChange::Selected(selected) => edits.selected = selected,
            EditsChange::Priority(priority) => edits.priority = Some(priority),
            EditsChange::Owner(owner) => edits.owner = owner,
            EditsChange::Deadline(deadline) => edits.deadline = deadline,
            EditsChange::Period(period) => edits.period = period,
            EditsChange::Status(status) => edits.status = status,
            EditsChange::Note(note) => edits.note = note,
        }
    }
}
