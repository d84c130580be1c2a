//! Every part of the app whose code loads on first use. In the release build (where
//! scripts/build.sh sets `wasm_split`) each function here is a split point: its code, and code
//! only it uses, is a separate WebAssembly chunk that the browser fetches the first time the
//! function is called. The first download then holds the start page and the walk through a
//! section; results, the plan (the rest of its page, then its documents, while it is read), the
//! answers page, the casus overview, the regional overview, the about page, importing and
//! reading YAML come when they are used.
//! Other builds (tests, `trunk serve`) link them in as ordinary `async fn`s.
//!
//! A chunk that cannot be fetched (the network is gone, a tab left open across a new build)
//! is an error the page shows, with a retry, never a crash: each function returns
//! `Result<_, PartNotLoaded>`. (Leptos's own `#[lazy]` panics then; [`split_point!`] asks
//! wasm-split for its `fallible` form instead.)
//!
//! A split point's arguments and result cross a WebAssembly boundary: concrete types only.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::catalog::{Catalog, Unreadable};
use crate::model::export::Download;
use crate::model::figures::{load_figures, FigureFile};
use crate::model::import::read_evaluation_file;
use crate::model::route::RegionPart;
use crate::model::{load_questionnaire, Assessment, Problem, Questionnaire};
use crate::ui::browser::timing::measured;
use crate::ui::components::answer_review::AnswerReview;
use crate::ui::components::case_overview::CaseOverviewTable;
use crate::ui::components::plan::owner::PlanOwner;
use crate::ui::components::plan::{PlanExtra, PlanFileRequest, PlanPage};
use crate::ui::components::results::ResultsView;
use crate::ui::pages::about_page::AboutPage;
use crate::ui::pages::region::RegionPage;
use crate::ui::pages::regions::RegionsPage;
use crate::ui::state::AssessmentState;

/// The code of a part of the app could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartNotLoaded;

impl PartNotLoaded {
    /// What the user reads, for a part called `what` ("Dit deel van de app").
    pub fn message(self, what: &str) -> String {
        format!(
            "{what} kon niet worden geladen: de verbinding met de website is weggevallen, of er staat intussen een nieuwe versie van de app klaar. \
             Controleer de verbinding en probeer het opnieuw, of laad de pagina opnieuw. Wat u al had ingevuld, is bewaard."
        )
    }
}

impl PartNotLoaded {
    /// The problem of a file that could not be read because the code that reads YAML did not
    /// arrive: the file itself may be fine.
    pub fn problem(self, file: &str) -> Problem {
        Problem::whole_file(
            file,
            "Dit bestand kon nu niet worden gelezen: het deel van de app dat het leest, kwam niet binnen (de verbinding met de website is weggevallen, of er staat intussen een nieuwe versie van de app klaar). \
             Het bestand zelf is waarschijnlijk in orde. Laad de pagina opnieuw als de verbinding er weer is.",
        )
    }

    /// A file read by a split point: its own problems, or the one of a missing chunk.
    pub fn flatten<T>(file: &str, read: Result<Result<T, Vec<Problem>>, PartNotLoaded>) -> Result<T, Vec<Problem>> {
        read.unwrap_or_else(|missing| Err(vec![missing.problem(file)]))
    }

    /// The same for a catalog entry, which tells the two apart: a missing chunk says nothing
    /// about the file.
    pub fn unreadable<T>(file: &str, read: Result<Result<T, Vec<Problem>>, PartNotLoaded>) -> Result<T, Unreadable> {
        match read {
            Ok(read) => read.map_err(Unreadable::Faulty),
            Err(missing) => Err(Unreadable::NotArrived(missing.problem(file))),
        }
    }
}

impl From<::leptos::wasm_split::SplitLoaderError> for PartNotLoaded {
    fn from(_: ::leptos::wasm_split::SplitLoaderError) -> Self {
        PartNotLoaded
    }
}

/// `split_point! { pub async fn name(args) -> T { body } }`: an `async fn` returning
/// `Result<T, PartNotLoaded>`, a split point of its own (named after the function) in the release
/// build. What Leptos's `#[lazy]` generates, with wasm-split's `fallible` option.
///
/// `split_point! { preload fetch_name; pub async fn name … }` also makes `fetch_name()`, which
/// fetches the chunk without calling the function (and does nothing where nothing is split).
macro_rules! split_point {
    ($(preload $preload:ident;)? $(#[$meta:meta])* pub async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$meta])*
        #[cfg(wasm_split)]
        #[::leptos::wasm_split::wasm_split(
            $name,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            $(preload($preload),)?
            return_wrapper(let future = _; { future.await } -> Result<$ret, PartNotLoaded>),
        )]
        pub fn $name(
            $($arg: $ty),*
        ) -> ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Result<$ret, PartNotLoaded>> + Send + Sync>> {
            Box::pin(::send_wrapper::SendWrapper::new(async move { Ok($body) }))
        }

        $(
            #[cfg(not(wasm_split))]
            pub async fn $preload() -> Result<(), PartNotLoaded> {
                Ok(())
            }
        )?

        $(#[$meta])*
        #[cfg(not(wasm_split))]
        pub async fn $name($($arg: $ty),*) -> Result<$ret, PartNotLoaded> {
            Ok($body)
        }
    };
}

split_point! {
    pub async fn about_page() -> AnyView {
        view! { <AboutPage /> }.into_any()
    }
}

split_point! {
    preload fetch_results_part;
    pub async fn results_part(state: AssessmentState, figures: Option<Arc<FigureFile>>) -> AnyView {
        view! { <ResultsView state figures /> }.into_any()
    }
}

split_point! {
    preload fetch_plan_part;
    pub async fn plan_part(state: AssessmentState, figures: Option<Arc<FigureFile>>) -> AnyView {
        view! { <PlanPage owner=PlanOwner::Evaluation(state) figures /> }.into_any()
    }
}

split_point! {
    preload fetch_plan_extras;
    /// What the plan page needs after it is read: an action's fields, the roadmap, the plan as a
    /// document and the form for an own action (see [`PlanExtra`]), for an evaluation and a region.
    pub async fn plan_extra(part: PlanExtra) -> AnyView {
        part.draw()
    }
}

split_point! {
    preload fetch_plan_files_part;
    /// The plan's downloads (Word, OpenDocument, Markdown, CSV, JSON), for an evaluation and a
    /// region: the document writers load only here, fetched when a plan is drawn.
    pub async fn plan_file(request: PlanFileRequest) -> Result<Download, String> {
        request.make()
    }
}

split_point! {
    pub async fn answers_part(state: AssessmentState, id: String) -> AnyView {
        view! { <AnswerReview state id /> }.into_any()
    }
}

split_point! {
    pub async fn case_overview_part(state: AssessmentState) -> AnyView {
        view! { <CaseOverviewTable state /> }.into_any()
    }
}

split_point! {
    pub async fn regions_page() -> AnyView {
        view! { <RegionsPage /> }.into_any()
    }
}

split_point! {
    pub async fn region_page(id: String, part: Memo<RegionPart>) -> AnyView {
        view! { <RegionPage id part /> }.into_any()
    }
}

split_point! {
    /// An evaluation file from a colleague, checked against its questionnaire in `catalog`.
    pub async fn read_evaluation(catalog: Catalog, name: String, text: String) -> Result<Assessment, String> {
        read_evaluation_file(&catalog, &name, &text)
    }
}

split_point! {
    /// Reading YAML: a large parser that a normal visit never needs (the build prepared JSON): an own
    /// questionnaire, or a file changed on the host. `measure` names the User Timing measure of the
    /// reading itself (without fetching the chunk).
    pub async fn read_yaml_questionnaire(measure: String, file: String, text: String) -> Result<Questionnaire, Vec<Problem>> {
        measured(&measure, || load_questionnaire(&file, &text))
    }
}

split_point! {
    /// See [`read_yaml_questionnaire`].
    pub async fn read_yaml_figures(file: String, text: String) -> Result<FigureFile, Vec<Problem>> {
        load_figures(&file, &text)
    }
}

/// Fetches the code of results and plan in the background, a few seconds after an evaluation
/// opened: a policy officer goes there in the end, and on a slow line the plan's chunk would
/// otherwise take a noticeable moment after the click. A failure is not an error here: the part
/// is fetched again (with its message if need be) when it is opened.
pub fn fetch_evaluation_parts_soon() {
    leptos::prelude::set_timeout(
        || {
            prefetch(fetch_results_part());
            prefetch(fetch_plan_part());
        },
        std::time::Duration::from_secs(3),
    );
}

/// An event handler for a link to a part (`fetch_…_part` of a split point) that fetches the part's
/// code at the first sign the link will be followed: the pointer over it, focus on it, and the
/// click itself. Voice control and a screen reader's browse mode activate a link without either of
/// the first two; on the click the fetch starts before the address changes and the current page is
/// taken down (its requests 4–13 instead of 17–30 ms after the click in the benchmark, although
/// the click as a whole was not measurably shorter there: see tests/benchmark/README.md).
pub fn fetch_on_approach<E, F: std::future::Future + 'static>(fetch: fn() -> F) -> impl Fn(E) + Copy + 'static {
    move |_| prefetch(fetch())
}

/// Fetches a part's code in the background (`fetch_…_part()` of a split point): also when the
/// pointer is over a link to it, or the link has focus, since the click usually follows within a
/// few hundred milliseconds (see [`fetch_on_approach`]). A chunk is fetched once however often
/// this is called; a failure is said when the part is opened. (Its result is wasm-split's own
/// error in the split build, and `PartNotLoaded` elsewhere: either way it is not looked at here.)
pub fn prefetch(fetch: impl std::future::Future + 'static) {
    leptos::task::spawn_local(async {
        let _ = fetch.await;
    });
}
