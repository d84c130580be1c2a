//! An open evaluation: one section per page with an overview of all sections, or, in casus
//! mode, one case per page plus the topics × cases overview. Resumes where the user left off.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::assessment::Mode;
use crate::model::cases::{can_add_case, max_cases_note};
use crate::model::export::cases_title;
use crate::model::figures::FigureFile;
use crate::model::overview::{missing_notes, missing_notes_message};
use crate::model::questionnaire::Questionnaire;
use crate::model::route::{assessment_href, resolve, Part, Route};
use crate::model::Assessment;
use crate::ui::autosave::flush_pending;
use crate::ui::browser::focus::focus_element;
use crate::ui::browser::page::set_document_title;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::case_form::CaseForm;
use crate::ui::components::lazy_page::lazy_part;
use crate::ui::components::opened::when_opened;
use crate::ui::components::page_heading::{PageHeading, PAGE_HEADING};
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::printed_heading::PrintedHeading;
use crate::ui::components::progress::ProgressNote;
use crate::ui::components::score_summary::ScoreSummary;
use crate::ui::components::section_form::SectionForm;
use crate::ui::components::skip_link::SkipLink;
use crate::ui::components::upgrade_notice::UpgradeNotice;
use crate::ui::lazy::{
    answers_part, case_overview_part, fetch_on_approach, fetch_plan_part, fetch_results_part, plan_part, results_part,
};
use crate::ui::navigation::navigate;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::print::use_print_date;
use crate::ui::state::AssessmentState;
use crate::ui::storage::{load_assessment, Stored};

#[component]
pub fn AssessmentPage(id: String, part: Memo<Part>) -> impl IntoView {
    let assessment = match load_assessment(&id) {
        Stored::Found(assessment) => *assessment,
        Stored::Nothing => {
            return view! { <NotFoundPage message="Deze evaluatie bestaat niet (meer) in deze browser." /> }.into_any();
        }
        Stored::SetAside(message) => {
            return view! { <NotFoundPage message=message /> }.into_any();
        }
    };
    let missing = format!(
        "De vragenlijst '{}' van deze evaluatie is niet beschikbaar. Uw antwoorden blijven bewaard.",
        assessment.questionnaire_id
    );
    when_opened(assessment.questionnaire_id.clone(), missing, move |questionnaire, figures| {
        view! { <OpenedAssessment assessment=assessment.clone() questionnaire figures part /> }.into_any()
    })
}

/// The evaluation once its questionnaire is there.
#[component]
fn OpenedAssessment(
    assessment: Assessment,
    questionnaire: Arc<Questionnaire>,
    figures: Option<Arc<FigureFile>>,
    part: Memo<Part>,
) -> impl IntoView {
    let mode = assessment.mode;
    let state = AssessmentState::new(questionnaire.clone(), assessment, true);
    // Leaving the evaluation (to the start page, say) writes a waiting change first.
    on_cleanup(flush_pending);
    crate::ui::lazy::fetch_evaluation_parts_soon();

    let current = {
        let questionnaire = questionnaire.clone();
        Memo::new(move |_| {
            let (position, cases) = state.assessment.with(|a| (a.position.clone(), a.cases.len()));
            resolve(&questionnaire, mode, cases, part.get(), position.as_deref())
        })
    };
    Effect::new(move |_| state.set_position(current.get().position()));

    let (name, caption) = state.assessment.with_untracked(|a| (a.name.clone(), a.caption(&questionnaire.title)));
    Effect::new({
        let (name, questionnaire) = (name.clone(), questionnaire.clone());
        move |_| {
            let part_title = part_title(&questionnaire, &state, &current.get());
            set_document_title(&format!("{part_title} – {name} – Zelfevaluatie Wmo-toezicht"));
        }
    });

    let body = match mode {
        Mode::Organisation => view! { <SectionsView state current figures /> }.into_any(),
        Mode::Cases => view! { <CasesView state current /> }.into_any(),
    };
    view! {
        <p class="terug">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"Alle evaluaties"</a>
        </p>
        <p class="evaluatie__naam" data-testid="evaluatie-naam">{caption}</p>
        <UpgradeNotice state />
        {body}
    }
    .into_any()
}

fn part_title(questionnaire: &Questionnaire, state: &AssessmentState, part: &Part) -> String {
    match part {
        Part::Section(id) => {
            questionnaire.sections.iter().find(|s| &s.id == id).map(|s| s.title.clone()).unwrap_or_default()
        }
        Part::Case(index) => {
            state.assessment.with_untracked(|a| a.cases.get(*index).map(|c| c.label.clone())).unwrap_or_default()
        }
        Part::CaseOverview => "Overzicht van de casussen".to_owned(),
        Part::Answers => "Uw antwoorden".to_owned(),
        Part::Results => "Resultaten".to_owned(),
        Part::Plan => "Verbeterplan".to_owned(),
        Part::Resume => String::new(),
    }
}

#[component]
fn SectionsView(state: AssessmentState, current: Memo<Part>, figures: Option<Arc<FigureFile>>) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let id = state.assessment.with_untracked(|a| a.id.clone());
    let sections = questionnaire.sections.clone();
    let count = sections.len();
    // None on the answers, results and plan pages: then no section is marked as the current one.
    let current_index = Memo::new(move |_| match current.get() {
        Part::Section(section) => Some(sections.iter().position(|s| s.id == section).unwrap_or(0)),
        _ => None,
    });

    let nav_items = questionnaire
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let href = assessment_href(&id, Part::Section(section.id.clone()));
            let is_current = Signal::derive(move || current_index.get() == Some(index));
            let label = move || {
                state.report.with(|r| r.sections.get(index).map(|s| s.progress.section_label()).unwrap_or_default())
            };
            view! {
                <li class="onderdelen__item" class:onderdelen__item--huidig=is_current>
                    <a class="onderdelen__link" href=href aria-current=move || is_current.get().then_some("step")>
                        {section.title.clone()}
                    </a>
                    <span class="onderdelen__voortgang" data-testid=format!("onderdeel-voortgang-{}", section.id)>
                        {label}
                    </span>
                </li>
            }
        })
        .collect_view();

    let content = {
        let questionnaire = questionnaire.clone();
        let figures = figures.clone();
        let id = id.clone();
        move || {
            match current.get() {
                Part::Answers => {
                    return view! {
                        <PageHeading>"Uw antwoorden"</PageHeading>
                        {let id = id.clone(); lazy_part(move || answers_part(state, id.clone()))}
                    }
                    .into_any();
                }
                Part::Results => {
                    return view! {
                        <PageHeading>"Resultaten"</PageHeading>
                        {let figures = figures.clone(); lazy_part(move || results_part(state, figures.clone()))}
                    }
                    .into_any();
                }
                Part::Plan => {
                    return view! {
                        <PageHeading>"Verbeterplan"</PageHeading>
                        {let figures = figures.clone(); lazy_part(move || plan_part(state, figures.clone()))}
                    }
                    .into_any();
                }
                _ => {}
            }
            let index = current_index.get().unwrap_or(0);
            let section = questionnaire.sections[index].clone();
            let previous = index.checked_sub(1).map(|i| &questionnaire.sections[i]);
            let next = questionnaire.sections.get(index + 1);
            let link = |section: &crate::model::questionnaire::Section, rel: &'static str, label: &'static str| {
                let href = assessment_href(&id, Part::Section(section.id.clone()));
                view! {
                    <a class=format!("bladeren__{rel} utrecht-link utrecht-link--html-a") href=href rel=rel>
                        <span class="bladeren__richting">{label}</span>
                        <span class="bladeren__titel">{section.title.clone()}</span>
                    </a>
                }
            };
            let heading = section.title.clone();
            view! {
                <PageHeading>{heading}</PageHeading>
                <p class="utrecht-paragraph onderdeel-nummer">{format!("Onderdeel {} van {count}", index + 1)}</p>
                <SectionForm state section index figures=figures.clone() />
                <MissingNotes state section_id=questionnaire.sections[index].id.clone() />
                <nav class="bladeren" aria-label="Vorig en volgend onderdeel">
                    {previous.map(|s| link(s, "prev", "Vorige"))}
                    {next.map(|s| link(s, "next", "Volgende"))}
                    {next.is_none().then(|| view! {
                        <a class="bladeren__next utrecht-link utrecht-link--html-a" href=assessment_href(&id, Part::Answers) rel="next">
                            <span class="bladeren__richting">"Klaar met invullen?"</span>
                            <span class="bladeren__titel">"Controleer uw antwoorden"</span>
                        </a>
                    })}
                </nav>
            }
            .into_any()
        }
    };
    let answers_current = move || current.get() == Part::Answers;
    let results_current = move || current.get() == Part::Results;
    let plan_current = move || current.get() == Part::Plan;
    // The score column repeats what the results page shows in full and has no part in the
    // answers or the plan; there the content gets its width (wide tables, forms). A memo, so moving between sections
    // does not rebuild the column.
    let answering = Memo::new(move |_| !matches!(current.get(), Part::Answers | Part::Results | Part::Plan));

    view! {
        <div class="evaluatie" class:evaluatie--breed=move || !answering.get()>
            <nav class="onderdelen" aria-labelledby="onderdelen-kop">
                // The list comes before the page's content (above it on a phone), so keyboard users
                // get a way past it to the page's heading.
                <SkipLink target=PAGE_HEADING label="Lijst met onderdelen overslaan" />
                <h2 class="onderdelen__kop" id="onderdelen-kop">"Onderdelen"</h2>
                <ol class="onderdelen__lijst">{nav_items}</ol>
                <ul class="onderdelen__lijst onderdelen__lijst--uitkomst">
                    <li class="onderdelen__item" class:onderdelen__item--huidig=answers_current>
                        <a class="onderdelen__link" href=assessment_href(&id, Part::Answers) aria-current=move || answers_current().then_some("page")>"Uw antwoorden"</a>
                    </li>
                    <li class="onderdelen__item" class:onderdelen__item--huidig=results_current>
                        <a class="onderdelen__link" href=assessment_href(&id, Part::Results) aria-current=move || results_current().then_some("page")
                            on:pointerenter=fetch_on_approach(fetch_results_part) on:focus=fetch_on_approach(fetch_results_part)
                            on:click=fetch_on_approach(fetch_results_part)>"Resultaten"</a>
                    </li>
                    <li class="onderdelen__item" class:onderdelen__item--huidig=plan_current>
                        <a class="onderdelen__link" href=assessment_href(&id, Part::Plan) aria-current=move || plan_current().then_some("page")
                            on:pointerenter=fetch_on_approach(fetch_plan_part) on:focus=fetch_on_approach(fetch_plan_part)
                            on:click=fetch_on_approach(fetch_plan_part)>"Verbeterplan"</a>
                    </li>
                </ul>
            </nav>
            <div class="evaluatie__inhoud">
                <ProgressNote state />
                {content}
            </div>
            {move || answering.get().then(|| view! {
                <aside class="evaluatie__scores" aria-label="Scores">
                    <ScoreSummary state />
                </aside>
            })}
        </div>
    }
}

/// What keeps a section from being "klaar" although every question is answered: a 'niet van
/// toepassing' without the toelichting the questionnaire asks for. Each links to its field.
#[component]
fn MissingNotes(state: AssessmentState, section_id: String) -> impl IntoView {
    let missing = Memo::new(move |_| {
        let questionnaire = state.questionnaire.get_value();
        state.assessment.with(|a| missing_notes(&questionnaire, &a.answers, &section_id))
    });
    move || {
        let missing = missing.get();
        (!missing.is_empty()).then(|| {
            let items = missing
                .iter()
                .map(|question| {
                    let field = format!("toelichting-{}", question.question_id);
                    let href = format!("#{field}");
                    // The address bar holds the route, so jump by focus instead of by fragment.
                    let jump = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        focus_element(&field);
                    };
                    view! { <li><a class="utrecht-link utrecht-link--html-a" href=href on:click=jump>{question.text.clone()}</a></li> }
                })
                .collect_view();
            view! {
                <Alert kind=AlertKind::Warning test_id="toelichting-ontbreekt">
                    <p class="utrecht-paragraph">{missing_notes_message(missing.len())}</p>
                    <ul class="utrecht-unordered-list">{items}</ul>
                </Alert>
            }
        })
    }
}

#[component]
fn CasesView(state: AssessmentState, current: Memo<Part>) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let case_mode = questionnaire.case_mode.clone();
    let max_cases_note = max_cases_note(&questionnaire);
    let intro = case_mode.as_ref().map(|c| c.intro.clone()).unwrap_or_default();
    let id = state.assessment.with_untracked(|a| a.id.clone());
    let (add_error, set_add_error) = signal(None::<String>);

    let case_links = {
        let id = id.clone();
        move || {
            let labels: Vec<String> = state.assessment.with(|a| a.cases.iter().map(|c| c.label.clone()).collect());
            labels
                .into_iter()
                .enumerate()
                .map(|(index, label)| {
                    let is_current = move || current.get() == Part::Case(index);
                    view! {
                        <li class="onderdelen__item" class:onderdelen__item--huidig=is_current>
                            <a class="onderdelen__link" href=assessment_href(&id, Part::Case(index)) aria-current=move || is_current().then_some("step")>
                                {label}
                            </a>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let overview_current = move || current.get() == Part::CaseOverview;
    let add_case = {
        let id = id.clone();
        move |_| match state.add_case() {
            Ok(index) => {
                set_add_error.set(None);
                navigate(&Route::Assessment { id: id.clone(), part: Part::Case(index) });
            }
            Err(error) => set_add_error.set(Some(error)),
        }
    };
    let content = move || match current.get() {
        Part::Case(index) => {
            let label =
                state.assessment.with_untracked(|a| a.cases.get(index).map(|c| c.label.clone()).unwrap_or_default());
            view! {
                <PageHeading>{label}</PageHeading>
                <CaseForm state index />
            }
            .into_any()
        }
        _ => {
            let (printed_on, print) = use_print_date();
            view! {
                <PageHeading>"Overzicht van de casussen"</PageHeading>
                <PrintedHeading state title=cases_title date=printed_on test_id="casussen-afdrukkop" />
                <p class="utrecht-paragraph geen-print">{intro.clone()}</p>
                {move || (state.assessment.with(|a| a.cases.is_empty())).then(|| view! {
                    <p class="utrecht-paragraph">"Er zijn nog geen casussen. Voeg een casus toe om te beginnen."</p>
                })}
                {lazy_part(move || case_overview_part(state))}
                <p class="utrecht-paragraph geen-print">
                    <PrintButton print />
                </p>
            }
            .into_any()
        }
    };

    view! {
        <div class="evaluatie evaluatie--casus">
            <nav class="onderdelen" aria-labelledby="onderdelen-kop">
                <SkipLink target=PAGE_HEADING label="Lijst met casussen overslaan" />
                <h2 class="onderdelen__kop" id="onderdelen-kop">"Casussen"</h2>
                <ol class="onderdelen__lijst">
                    <li class="onderdelen__item" class:onderdelen__item--huidig=overview_current>
                        <a class="onderdelen__link" href=assessment_href(&id, Part::CaseOverview) aria-current=move || overview_current().then_some("step")>
                            "Overzicht"
                        </a>
                    </li>
                    {case_links}
                </ol>
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    disabled=move || state.assessment.with(|a| !can_add_case(&questionnaire, &a.cases))
                    on:click=add_case
                >
                    "Casus toevoegen"
                </button>
                <p class="utrecht-paragraph onderdelen__hint">{max_cases_note}</p>
                {move || add_error.get().map(|e| view! { <p class="utrecht-form-field-error-message" role="alert">{e}</p> })}
            </nav>
            <div class="evaluatie__inhoud">
                <ProgressNote state />
                {content}
            </div>
        </div>
    }
}
