//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown`).
//! They mount the real components on a real DOM and click native controls.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use zelfevaluatie_wmo_toezicht::model::assessment::Mode;
use zelfevaluatie_wmo_toezicht::model::merge::text::SEPARATOR;
use zelfevaluatie_wmo_toezicht::model::merge::Place;
use zelfevaluatie_wmo_toezicht::model::region::{region_overview, Region};
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, AnswerValue, Assessment};
use zelfevaluatie_wmo_toezicht::ui::components::case_form::CaseForm;
use zelfevaluatie_wmo_toezicht::ui::components::case_overview::CaseOverviewTable;
use zelfevaluatie_wmo_toezicht::ui::components::checkbox::Checkbox;
use zelfevaluatie_wmo_toezicht::ui::components::heat_map::HeatMap;
use zelfevaluatie_wmo_toezicht::ui::components::lazy_page::{lazy_page, lazy_part, provide_part_retries};
use zelfevaluatie_wmo_toezicht::ui::components::multi_file_chooser::MultiFileChooser;
use zelfevaluatie_wmo_toezicht::ui::components::progress::ProgressNote;
use zelfevaluatie_wmo_toezicht::ui::components::score_summary::ScoreSummary;
use zelfevaluatie_wmo_toezicht::ui::components::section_form::SectionForm;
use zelfevaluatie_wmo_toezicht::ui::latch::stays_true;
use zelfevaluatie_wmo_toezicht::ui::state::AssessmentState;

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../questionnaires/voorbeeld-snelle-scan.yaml");
const TSD: &str = include_str!("../questionnaires/tsd-zelfevaluatie.yaml");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document().get_element_by_id(id).map(|e| e.unchecked_into())
}

fn input(id: &str) -> web_sys::HtmlInputElement {
    element(id).unwrap_or_else(|| panic!("no element #{id}")).unchecked_into()
}

fn by_test_id(id: &str) -> web_sys::Element {
    document()
        .query_selector(&format!("[data-testid={id}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no [data-testid={id}]"))
}

fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Mounts progress, every section and the scores of the sample in a fresh container, and hands
/// the state back to the test.
fn mount_form() -> (AssessmentState, Mounted) {
    mount_with(SAMPLE, Mode::Organisation, |state| {
        let sections = state.questionnaire.with_value(|q| q.sections.clone());
        view! {
            <ProgressNote state />
            {sections.into_iter().enumerate().map(|(index, section)| view! { <SectionForm state section index figures=None /> }).collect_view()}
            <ScoreSummary state />
        }
        .into_any()
    })
}

fn mount_with(
    yaml: &str,
    mode: Mode,
    build: impl FnOnce(AssessmentState) -> AnyView + 'static,
) -> (AssessmentState, Mounted) {
    let questionnaire = Arc::new(load_questionnaire("test.yaml", yaml).unwrap());
    let owner = Owner::new();
    owner.set();
    let mut assessment =
        Assessment::new("test", "Test", &questionnaire.id, &questionnaire.version, "2026-01-01T00:00:00Z");
    assessment.mode = mode;
    let state = AssessmentState::new(questionnaire, assessment, false);
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || build(state));
    (state, Mounted { _owner: owner, handle: Some(Box::new(handle)), container })
}

/// Lets the reactive system run until `done` holds, for at most ten ticks (an effect and a
/// suspended view each take one of their own).
async fn until(done: impl Fn() -> bool) {
    for _ in 0..10 {
        if done() {
            return;
        }
        leptos::task::tick().await;
    }
}

/// Mounts any view in a fresh container (for components without an evaluation's state).
fn mount_view(build: impl FnOnce() -> AnyView + 'static) -> Mounted {
    let owner = Owner::new();
    owner.set();
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), build);
    Mounted { _owner: owner, handle: Some(Box::new(handle)), container }
}

/// Unmounts and removes the test's container when a test ends, so tests do not see each
/// other's forms. (The rest of the page holds the test harness's own output.)
struct Mounted {
    _owner: Owner,
    handle: Option<Box<dyn std::any::Any>>,
    container: web_sys::HtmlElement,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.container.remove();
    }
}

#[wasm_bindgen_test]
async fn choosing_a_radio_stores_the_answer_and_updates_the_live_score() {
    let (state, _mounted) = mount_form();
    assert_eq!(text_of("[data-testid=score-waarde-onafhankelijkheid]"), "nog geen score");
    assert_eq!(text_of("[data-testid=voortgang]"), "0 van 8 vragen beantwoord");

    input("toezichthouder-aangewezen--ja").click();
    leptos::task::tick().await;

    let stored = state.assessment.with_untracked(|a| a.answers["toezichthouder-aangewezen"].value.clone());
    assert_eq!(stored, Some(AnswerValue::Choice("ja".into())));
    assert_eq!(text_of("[data-testid=score-waarde-onafhankelijkheid]"), "100% – Gevorderd");
    assert_eq!(text_of("[data-testid=voortgang]"), "1 van 8 vragen beantwoord");
}

/// Each principle's row is its own live region and stays the same element while answers change,
/// so a screen reader hears the principle an answer counts for, not the whole list again.
#[wasm_bindgen_test]
async fn the_live_score_reads_out_one_principle() {
    let (_state, _mounted) = mount_form();
    let row = by_test_id("score-onafhankelijkheid");
    let other = by_test_id("score-transparantie");
    let waarde = by_test_id("score-waarde-transparantie").text_content();
    assert_eq!(row.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(row.get_attribute("aria-atomic").as_deref(), Some("true"));
    assert!(text_of(".scores__lijst").contains("Onafhankelijkheid"));
    assert!(document().query_selector(".scores__lijst[aria-live]").unwrap().is_none(), "not the whole list");

    input("toezicht-belegd-bij--ggd").click();
    leptos::task::tick().await;
    let same = by_test_id("score-onafhankelijkheid");
    assert!(row.is_same_node(Some(&same)), "the row was not drawn anew");
    assert_ne!(text_of("[data-testid=score-waarde-onafhankelijkheid]"), "nog geen score");
    assert!(other.is_same_node(Some(&by_test_id("score-transparantie"))));
    assert_eq!(
        by_test_id("score-waarde-transparantie").text_content(),
        waarde,
        "a principle it does not count for stays as it was"
    );
}

/// A text question's answer is its own explanation: no second box for a toelichting beside it.
/// Other questions have one.
#[wasm_bindgen_test]
async fn a_text_question_has_one_text_box() {
    let (_state, _mounted) = mount_form();
    assert!(element("opmerkingen--tekst").is_some());
    assert!(element("toelichting-opmerkingen").is_none());
    assert!(element("toelichting-toezicht-belegd-bij").is_some());
}

#[wasm_bindgen_test]
async fn a_conditional_question_appears_and_disappears_with_the_answer() {
    let (state, _mounted) = mount_form();
    assert!(element("vraag-waarborgen-verstrengeling").is_none());

    input("toezicht-belegd-bij--eigen-zelfde-team").click();
    leptos::task::tick().await;
    assert!(element("vraag-waarborgen-verstrengeling").is_some());
    input("waarborgen-verstrengeling--vier-ogen").click();
    leptos::task::tick().await;

    input("toezicht-belegd-bij--ggd").click();
    leptos::task::tick().await;
    assert!(element("vraag-waarborgen-verstrengeling").is_none());
    // Hidden, but the answer is kept for when the question comes back.
    assert!(state.assessment.with_untracked(|a| a.answers.contains_key("waarborgen-verstrengeling")));
}

#[wasm_bindgen_test]
async fn an_exclusive_checkbox_clears_the_others() {
    let (_state, _mounted) = mount_form();
    input("toezicht-belegd-bij--eigen-zelfde-team").click();
    leptos::task::tick().await;
    input("waarborgen-verstrengeling--vier-ogen").click();
    input("waarborgen-verstrengeling--vastgelegd").click();
    leptos::task::tick().await;
    assert!(input("waarborgen-verstrengeling--vier-ogen").checked());

    input("waarborgen-verstrengeling--geen").click();
    leptos::task::tick().await;
    assert!(input("waarborgen-verstrengeling--geen").checked());
    assert!(!input("waarborgen-verstrengeling--vier-ogen").checked());
    assert!(!input("waarborgen-verstrengeling--vastgelegd").checked());
    // Said beforehand, under the option and read with it.
    let note = input("waarborgen-verstrengeling--geen").get_attribute("aria-describedby").unwrap();
    assert_eq!(text_of(&format!("#{note}")), "Kiest u dit, dan gaan de andere vinkjes bij deze vraag uit.");
    assert_eq!(input("waarborgen-verstrengeling--vier-ogen").get_attribute("aria-describedby"), None);
}

#[wasm_bindgen_test]
async fn not_applicable_asks_for_a_toelichting_until_one_is_given() {
    let (state, _mounted) = mount_form();
    assert!(element("toelichting-jaarverslag-openbaar-fout").is_none());
    input("jaarverslag-openbaar--nvt").click();
    leptos::task::tick().await;
    assert!(element("toelichting-jaarverslag-openbaar-fout").is_some());
    let note = element("toelichting-jaarverslag-openbaar").unwrap();
    assert_eq!(note.get_attribute("aria-describedby").as_deref(), Some("toelichting-jaarverslag-openbaar-fout"));

    state.set_note("jaarverslag-openbaar", "Geen eigen toezicht; regionaal belegd".into());
    leptos::task::tick().await;
    assert!(element("toelichting-jaarverslag-openbaar-fout").is_none());
    assert_eq!(
        text_of("[data-testid=score-transparantie] .scores__dekking"),
        "0 van 2 vragen beantwoord, 1 niet van toepassing"
    );
}

#[wasm_bindgen_test]
async fn a_number_field_explains_what_it_refuses_and_shows_what_it_stored() {
    let (state, _mounted) = mount_form();
    let stored =
        || state.assessment.with_untracked(|a| a.answers.get("meldingen-geregistreerd").and_then(|a| a.value.clone()));
    let field = input("meldingen-geregistreerd--getal");
    let change = |text: &str| {
        field.set_value(text);
        field.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    };
    assert_eq!(text_of("#meldingen-geregistreerd--getal-uitleg"), "Een heel getal van 0 tot en met 100000.");
    change("veel");
    leptos::task::tick().await;
    assert!(text_of("#meldingen-geregistreerd--getal-fout").contains("'veel' is geen getal"));
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));

    change(" 12 ");
    leptos::task::tick().await;
    assert!(element("meldingen-geregistreerd--getal-fout").is_none());
    assert_eq!(stored(), Some(AnswerValue::Number(12.0)));
    assert_eq!(field.value(), "12", "the field shows the number as stored");

    // Out of range, or not whole: explained, and the older answer does not stay behind.
    change("-1");
    leptos::task::tick().await;
    assert!(text_of("#meldingen-geregistreerd--getal-fout").contains("-1 kan hier niet"));
    assert_eq!(stored(), None);
    change("2,5");
    leptos::task::tick().await;
    assert!(text_of("#meldingen-geregistreerd--getal-fout").contains("een heel getal"));
    assert_eq!(stored(), None);
}

/// Ticking "niet van toepassing" and unticking it again brings back the number that was there:
/// the field still shows it, so the answer must hold it too (it was dropped without a word).
#[wasm_bindgen_test]
async fn unticking_not_applicable_brings_the_number_back() {
    let yaml = SAMPLE.replace("        unit: meldingen\n", "        unit: meldingen\n        allow_na: true\n");
    let (state, _mounted) = mount_with(&yaml, Mode::Organisation, |state| {
        let sections = state.questionnaire.with_value(|q| q.sections.clone());
        sections
            .into_iter()
            .enumerate()
            .map(|(index, section)| view! { <SectionForm state section index figures=None /> })
            .collect_view()
            .into_any()
    });
    let stored =
        || state.assessment.with_untracked(|a| a.answers.get("meldingen-geregistreerd").and_then(|a| a.value.clone()));
    let field = input("meldingen-geregistreerd--getal");
    field.set_value("3");
    field.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(stored(), Some(AnswerValue::Number(3.0)));

    input("meldingen-geregistreerd--nvt").click();
    leptos::task::tick().await;
    assert_eq!(stored(), Some(AnswerValue::NotApplicable));
    assert!(field.disabled());

    input("meldingen-geregistreerd--nvt").click();
    leptos::task::tick().await;
    assert_eq!(stored(), Some(AnswerValue::Number(3.0)), "the number the field shows is the answer again");
    assert_eq!(field.value(), "3");
    assert!(!field.disabled());
}

#[wasm_bindgen_test]
async fn rating_a_case_fills_the_topics_by_cases_overview() {
    let (state, _mounted) = mount_with(TSD, Mode::Cases, |state| {
        state.add_case().unwrap();
        view! {
            <ProgressNote state />
            <CaseForm state index=0 />
            <CaseOverviewTable state />
        }
        .into_any()
    });
    leptos::task::tick().await;
    assert_eq!(text_of("[data-testid=voortgang]"), "0 van 27 beoordelingen gegeven");
    assert_eq!(text_of("[data-testid=overzicht-toegang] td"), "nog niet beoordeeld");

    input("casus0-toegang-dossier--goed").click();
    input("casus0-toegang-inwoner--onvoldoende").click();
    input("casus0-toegang-professional--nvt").click();
    leptos::task::tick().await;

    assert_eq!(text_of("[data-testid=voortgang]"), "3 van 27 beoordelingen gegeven");
    assert_eq!(text_of("[data-testid=overzicht-toegang] td"), "50% – Op weg");
    let stored = state.assessment.with_untracked(|a| a.cases[0].ratings["toegang"]["professional"].value.clone());
    assert_eq!(stored, Some(AnswerValue::NotApplicable));
    assert_eq!(text_of("[data-testid=casusoverzicht] thead th:nth-child(2)"), "Casus A");
}

/// A future that waits until the test opens the gate, as a lazy page waits for its chunk.
#[derive(Clone, Default)]
struct Gate(Arc<std::sync::Mutex<(bool, Option<std::task::Waker>)>>);

impl Gate {
    fn open(&self) {
        let mut gate = self.0.lock().unwrap();
        gate.0 = true;
        if let Some(waker) = gate.1.take() {
            waker.wake();
        }
    }
}

impl std::future::Future for Gate {
    type Output = ();
    fn poll(self: std::pin::Pin<&mut Self>, context: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        let mut gate = self.0.lock().unwrap();
        if gate.0 {
            std::task::Poll::Ready(())
        } else {
            gate.1 = Some(context.waker().clone());
            std::task::Poll::Pending
        }
    }
}

#[wasm_bindgen_test]
async fn a_lazy_page_says_it_is_loading_until_its_code_is_there() {
    let gate = Gate::default();
    let waiting = gate.clone();
    let (_, _mounted) = mount_with(SAMPLE, Mode::Organisation, move |_| {
        lazy_page(move || {
            let waiting = waiting.clone();
            async move {
                waiting.await;
                Ok(view! { <h1 id="luie-kop">"Over deze zelfevaluatie"</h1> }.into_any())
            }
        })
    });
    leptos::task::tick().await;
    assert_eq!(text_of("[role=status]"), "De pagina wordt geladen…");
    assert!(element("luie-kop").is_none());

    gate.open();
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(text_of("#luie-kop"), "Over deze zelfevaluatie");
    assert!(document().query_selector("[role=status]").unwrap().is_none(), "the status line is gone");
}

#[wasm_bindgen_test]
async fn a_lazy_page_whose_code_does_not_arrive_says_so_and_tries_again() {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;
    use zelfevaluatie_wmo_toezicht::ui::lazy::PartNotLoaded;
    let tries = Arc::new(AtomicU32::new(0));
    let counted = tries.clone();
    let (_, _mounted) = mount_with(SAMPLE, Mode::Organisation, move |_| {
        let counted = counted.clone();
        lazy_page(move || {
            // The first fetch fails (the network dropped), the second arrives.
            let attempt = counted.fetch_add(1, Ordering::SeqCst);
            async move {
                if attempt == 0 {
                    Err(PartNotLoaded)
                } else {
                    Ok(view! { <h1 id="luie-kop">"Over deze zelfevaluatie"</h1> }.into_any())
                }
            }
        })
    });
    leptos::task::tick().await;
    leptos::task::tick().await;
    let notice = text_of("[data-testid=deel-niet-geladen]");
    assert!(notice.starts_with("Deze pagina kon niet worden geladen"), "{notice}");
    assert!(element("luie-kop").is_none());
    let retry: web_sys::HtmlElement =
        document().query_selector("[data-testid=deel-niet-geladen] button").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(retry.text_content().unwrap(), "Opnieuw proberen");
    retry.click();
    until(|| element("luie-kop").is_some()).await;
    assert_eq!(text_of("#luie-kop"), "Over deze zelfevaluatie");
    assert!(document().query_selector("[data-testid=deel-niet-geladen]").unwrap().is_none());
    assert_eq!(tries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn one_retry_asks_again_for_every_part_that_did_not_arrive_and_not_for_one_that_did() {
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    use zelfevaluatie_wmo_toezicht::ui::lazy::PartNotLoaded;
    let online = Arc::new(AtomicBool::new(false));
    let asked = Arc::new(AtomicU32::new(0));
    // A part whose code arrives only while `online`, counting how often it is asked for.
    let part = |id: &'static str, online: Arc<AtomicBool>, asked: Option<Arc<AtomicU32>>| {
        lazy_part(move || {
            if let Some(asked) = &asked {
                asked.fetch_add(1, Ordering::SeqCst);
            }
            let arrives = online.load(Ordering::SeqCst);
            async move {
                if arrives {
                    Ok(view! { <p id=id>"Er"</p> }.into_any())
                } else {
                    Err(PartNotLoaded)
                }
            }
        })
    };
    let (first, second, later) = (online.clone(), online.clone(), online.clone());
    let (counted, late) = (asked.clone(), RwSignal::new(false));
    let _mounted = mount_view(move || {
        provide_part_retries();
        view! {
            <div id="deel-een">{part("een", first, None)}</div>
            <div id="deel-twee">{part("twee", second, None)}</div>
            // Drawn once the connection is back, so its code arrives at once.
            {move || late.get().then(|| part("drie", later.clone(), Some(counted.clone())))}
        }
        .into_any()
    });
    until(|| document().query_selector_all("[data-testid=deel-niet-geladen]").unwrap().length() == 2).await;
    assert_eq!(document().query_selector_all("[data-testid=deel-niet-geladen]").unwrap().length(), 2);

    online.store(true, Ordering::SeqCst);
    late.set(true);
    until(|| element("drie").is_some()).await;
    assert_eq!(asked.load(Ordering::SeqCst), 1);

    let retry: web_sys::HtmlElement = document()
        .query_selector("#deel-een [data-testid=deel-niet-geladen] button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    retry.click();
    until(|| element("een").is_some() && element("twee").is_some()).await;
    assert!(element("een").is_some() && element("twee").is_some(), "one press mends both places");
    assert_eq!(document().query_selector_all("[data-testid=deel-niet-geladen]").unwrap().length(), 0);
    assert_eq!(asked.load(Ordering::SeqCst), 1, "the part that had arrived is not asked for again");
}

/// A region of the sample questionnaire: Westdorp answers the first question with the best
/// answer, Oostdorp answers nothing.
fn sample_region() -> (zelfevaluatie_wmo_toezicht::model::Questionnaire, Region) {
    let questionnaire = load_questionnaire("test.yaml", SAMPLE).unwrap();
    let now = "2026-12-01T10:00:00.000Z";
    let mut region = Region::new("r", "Regio", &questionnaire, now, 5);
    let files: Vec<(String, String)> = [("Westdorp", true), ("Oostdorp", false)]
        .into_iter()
        .map(|(gemeente, answered)| {
            let mut a = Assessment::new(gemeente, "Evaluatie", &questionnaire.id, &questionnaire.version, now);
            a.municipality = gemeente.to_owned();
            if answered {
                a.answers.insert(
                    "toezichthouder-aangewezen".into(),
                    zelfevaluatie_wmo_toezicht::model::Answer {
                        value: Some(AnswerValue::Choice("ja".into())),
                        note: String::new(),
                    },
                );
            }
            (format!("{gemeente}.json"), serde_json::to_string(&a).unwrap())
        })
        .collect();
    assert_eq!(region.import_files(Some(&questionnaire), files, now).added_count(), 2);
    (questionnaire, region)
}

#[wasm_bindgen_test]
async fn the_heat_map_colours_cells_by_level_through_classes_and_shows_every_score() {
    let (questionnaire, region) = sample_region();
    let overview = region_overview(&questionnaire, &region);
    let sections = overview.sections.len();
    let (data, levels) = (overview.heat_map(), overview.levels.clone());
    let _mounted = mount_view(move || view! { <HeatMap data levels id="testkaart" /> }.into_any());
    leptos::task::tick().await;

    let svg = document().query_selector("svg.hittekaart").unwrap().unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("aria-labelledby").as_deref(), Some("testkaart-titel"));
    assert!(text_of("#testkaart-titel").starts_with("Hittekaart"));
    let cells = document().query_selector_all("rect.hittekaart__cel").unwrap();
    assert_eq!(cells.length() as usize, 2 * sections);
    let class_of = |i: u32| cells.get(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("class").unwrap();
    assert_eq!(class_of(0), "hittekaart__cel hittekaart--stap-4", "100 % is the highest band: the darkest step");
    assert_eq!(class_of(sections as u32), "hittekaart__cel hittekaart--geen", "no score yet");
    let scores = document().query_selector_all("text.hittekaart__score").unwrap();
    assert_eq!(scores.get(0).unwrap().text_content().as_deref(), Some("100"));
    assert_eq!(scores.get(sections as u32).unwrap().text_content().as_deref(), Some("–"));
    assert!(document().query_selector(".hittekaart [style]").unwrap().is_none(), "no inline styles (CSP)");
    assert_eq!(text_of(".hittekaart__kolommen li"), overview.sections[0].label);
}

#[wasm_bindgen_test]
async fn the_file_chooser_for_a_region_takes_several_files_and_a_checkbox_points_to_its_description() {
    let _mounted = mount_view(|| {
        view! {
            <MultiFileChooser id="veel-bestanden" label="Bestanden" description="Kies er meerdere." accept=".json" on_files=Callback::new(|_| ()) />
            <Checkbox id="vinkje" label="Anoniem delen" checked=Signal::derive(|| false) description=Some("Zonder namen.".to_owned()) on_toggle=Callback::new(|_| ()) />
        }
        .into_any()
    });
    leptos::task::tick().await;
    let chooser = input("veel-bestanden");
    assert!(chooser.multiple());
    assert_eq!(chooser.get_attribute("aria-describedby").as_deref(), Some("veel-bestanden-uitleg"));
    assert_eq!(text_of("#veel-bestanden-uitleg"), "Kies er meerdere.");
    assert_eq!(input("vinkje").get_attribute("aria-describedby").as_deref(), Some("vinkje-uitleg"));
    assert_eq!(text_of("#vinkje-uitleg"), "Zonder namen.");
}

fn text_area(id: &str) -> web_sys::HtmlTextAreaElement {
    element(id).unwrap_or_else(|| panic!("no element #{id}")).unchecked_into()
}

/// Types into a field as the browser reports it: the new text, then an `input` event.
fn type_into(field: &web_sys::HtmlElement, text: &str) {
    js_sys::Reflect::set(field, &"value".into(), &text.into()).unwrap();
    let event = document().create_event("Event").unwrap();
    event.init_event_with_bubbles("input", true);
    field.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_toelichting_follows_the_state_also_while_the_user_is_in_it() {
    let (state, _mounted) = mount_form();
    let note = || state.assessment.with_untracked(|a| a.answers["toezichthouder-aangewezen"].note.clone());
    let field = text_area("toelichting-toezichthouder-aangewezen");
    // Another tab's text arrives while the field is not being edited.
    state.set_note("toezichthouder-aangewezen", "Uit het andere tabblad.".into());
    leptos::task::tick().await;
    assert_eq!(field.value(), "Uit het andere tabblad.");

    // The user's own typing is saved and not written back into the field.
    field.focus().unwrap();
    type_into(&field, "Eigen tekst");
    leptos::task::tick().await;
    assert_eq!(note(), "Eigen tekst");
    assert_eq!(field.value(), "Eigen tekst");
    field.set_selection_range(11, 11).unwrap();

    // A merge keeps both versions while the user is in the field: the field shows them, with the
    // caret still after the user's own words, so the next key adds to them.
    let both = format!("Eigen tekst\n\n{SEPARATOR}\nUit het andere tabblad.");
    state.set_note("toezichthouder-aangewezen", both.clone());
    leptos::task::tick().await;
    assert_eq!(field.value(), both);
    assert_eq!(field.selection_start().unwrap(), Some(11));
    type_into(&field, &format!("Eigen tekst, langer\n\n{SEPARATOR}\nUit het andere tabblad."));
    leptos::task::tick().await;
    assert!(note().contains("Uit het andere tabblad."), "the next key keeps the other tab's words");
}

#[wasm_bindgen_test]
async fn a_case_name_is_saved_as_typed_without_the_field_being_rewritten() {
    let (state, _mounted) = mount_with(TSD, Mode::Cases, |state| {
        state.add_case().unwrap();
        view! { <CaseForm state index=0 /> }.into_any()
    });
    leptos::task::tick().await;
    let field = input("casus-0-naam");
    field.focus().unwrap();
    type_into(&field, "Casus gezin ");
    leptos::task::tick().await;
    assert_eq!(state.assessment.with_untracked(|a| a.cases[0].label.clone()), "Casus gezin");
    assert_eq!(field.value(), "Casus gezin ", "the space just typed stays");
    // Not valid (empty): nothing is saved and nothing is said until the user leaves the field.
    type_into(&field, "");
    leptos::task::tick().await;
    assert_eq!(state.assessment.with_untracked(|a| a.cases[0].label.clone()), "Casus gezin");
    assert!(document().query_selector(".utrecht-form-field-error-message").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_merge_notice_names_each_place_and_the_save_status_says_merged_until_dismissed() {
    let (state, _mounted) = mount_form();
    assert_eq!(text_of("[data-testid=opslagstatus] [role=status]"), "Opgeslagen in deze browser");
    state.merge_conflicts.set(vec![Place::Note { question: "toezichthouder-aangewezen".into() }, Place::PlanSummary]);
    leptos::task::tick().await;
    let items: Vec<String> = {
        let list = document().query_selector_all("[data-testid=samengevoegd] li").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
    };
    assert_eq!(
        items,
        [
            "de toelichting bij vraag 'Heeft het college een of meer toezichthouders voor de Wmo 2015 aangewezen in een besluit?'",
            "de samenvatting van het plan",
        ]
    );
    assert_eq!(
        text_of("[data-testid=opslagstatus] [role=status]"),
        "Samengevoegd met een ander tabblad: kijk de melding hieronder na"
    );
    let dismiss: web_sys::HtmlElement =
        document().query_selector("[data-testid=samengevoegd] button").unwrap().unwrap().unchecked_into();
    dismiss.click();
    leptos::task::tick().await;
    assert!(document().query_selector("[data-testid=samengevoegd]").unwrap().is_none());
    assert_eq!(state.merge_conflicts.get_untracked(), []);
    assert_eq!(text_of("[data-testid=opslagstatus] [role=status]"), "Opgeslagen in deze browser");
}

#[wasm_bindgen_test]
async fn a_part_drawn_on_first_need_stays_with_what_was_typed_when_no_longer_needed() {
    let (open, set_open) = signal(false);
    let _mounted = mount_view(move || {
        let drawn = stays_true(move || open.get());
        view! {
            <Show when=move || drawn.get()>
                <input id="getekend-veld" type="text" />
            </Show>
        }
        .into_any()
    });
    leptos::task::tick().await;
    assert!(element("getekend-veld").is_none(), "not drawn before it is first needed");

    set_open.set(true);
    leptos::task::tick().await;
    let field = input("getekend-veld");
    type_into(&field, "Eigen tekst");

    set_open.set(false);
    leptos::task::tick().await;
    let kept = input("getekend-veld");
    assert!(kept.is_same_node(Some(&field)), "the same field, not drawn again");
    assert_eq!(kept.value(), "Eigen tekst");
}
