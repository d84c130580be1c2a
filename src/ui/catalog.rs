//! The one place that fetches the questionnaires published next to the app, so an editor can
//! update a YAML file on the static host without rebuilding.
//!
//! Only what a screen shows is fetched. The start page is drawn from `questionnaires/index.json`
//! alone (titles, counts and versions, written at build time: `model::summary`); a
//! questionnaire's content is fetched when a page needs it ([`CatalogStore::open`]), with the
//! national figures. Normally that is the build's JSON; the YAML is fetched only when it changed
//! on the host since the build (`model::freshness`) or has no JSON, and it is parsed by code that
//! is itself loaded only then. A file that fails validation is kept in the list as unavailable,
//! with its problems; the others still work.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use futures::future::{join_all, FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::catalog::{
    custom_file_name, parse_index, shipped_id_clash, Catalog, CatalogEntry, CatalogIndex, Opening, Unreadable,
};
use crate::model::figures::FigureFile;
use crate::model::freshness::{json_is_current, YamlHead};
use crate::model::prepared::{read_prepared_figures, read_prepared_questionnaire};
use crate::model::text_file::{text_from_bytes, FileRefusal};
use crate::model::{Problem, Questionnaire};
use crate::ui::lazy::{read_yaml_figures, read_yaml_questionnaire, PartNotLoaded};

/// Relative to the page, so the app works from any sub-path.
const FOLDER: &str = "questionnaires/";

/// A fetch of one file's content, shared by every page that asks for it while it travels.
type Fetch = Shared<LocalBoxFuture<'static, ()>>;

/// The catalog signal and the fetches under way. Provided once, by the app shell.
#[derive(Clone, Copy)]
pub struct CatalogStore {
    pub catalog: ReadSignal<Catalog>,
    pub set_catalog: WriteSignal<Catalog>,
    index: StoredValue<Option<CatalogIndex>>,
    fetches: StoredValue<BTreeMap<String, Fetch>, LocalStorage>,
}

/// Starts loading the catalog and makes it available to every page. The index is requested at
/// once: the request then travels while the page shell is being drawn.
pub fn provide_catalog() -> CatalogStore {
    let (catalog, set_catalog) = signal(Catalog::Loading);
    let store = CatalogStore {
        catalog,
        set_catalog,
        index: StoredValue::new(None),
        fetches: StoredValue::new_local(BTreeMap::new()),
    };
    let index = fetch_text(&format!("{FOLDER}index.json"));
    leptos::task::spawn_local(async move {
        let (index, loaded) = load_index(index.await).await;
        store.index.set_value(index);
        set_catalog.set(loaded);
    });
    provide_context(store);
    store
}

pub fn use_catalog() -> CatalogStore {
    expect_context::<CatalogStore>()
}

impl CatalogStore {
    /// What a page for the questionnaire `id` can show; asks for its content (and the national
    /// figures) when they are not there yet. The memo changes only when this questionnaire's
    /// opening does, so a page is not redrawn when another file arrives.
    pub fn open(self, id: String) -> Memo<Opening> {
        let wanted = id.clone();
        self.want(move || vec![wanted.clone()]);
        Memo::new(move |_| self.catalog.with(|catalog| catalog.opening(&id)))
    }

    /// Asks for the content of the questionnaires `ids` gives (and the national figures)
    /// whenever the catalog lists one of them still unfetched: as soon as the index has arrived.
    pub fn want(self, ids: impl Fn() -> Vec<String> + 'static) {
        Effect::new(move |_| {
            let ids = ids();
            self.catalog.with(|catalog| {
                // Each fetch is already under way; nothing here waits for it.
                for file in ids.iter().filter_map(|id| catalog.to_load(id)) {
                    let _under_way = self.fetch_questionnaire(file);
                }
                if let Some(file) = catalog.figures_to_load().filter(|_| !ids.is_empty()) {
                    let _under_way = self.fetch_figures(file);
                }
            });
        });
    }

    /// Asks for the content of the questionnaire `id` and the national figures, and resolves
    /// when they have arrived (at once when they are there, or when `id` is not listed).
    pub fn fetch(self, id: &str) -> impl Future<Output = ()> {
        let files = self.catalog.with_untracked(|catalog| catalog.to_load(id).into_iter().collect());
        self.fetch_files(files)
    }

    /// Asks for the content of every listed questionnaire and the national figures (pages that
    /// list or compare them all), and resolves when all have arrived.
    pub fn fetch_all(self) -> impl Future<Output = ()> {
        self.fetch_files(self.catalog.with_untracked(Catalog::all_to_load))
    }

    fn fetch_files(self, files: Vec<String>) -> impl Future<Output = ()> {
        let figures = self.catalog.with_untracked(Catalog::figures_to_load);
        let questionnaires = files.into_iter().map(|file| self.fetch_questionnaire(file));
        let fetches: Vec<Fetch> = questionnaires.chain(figures.map(|file| self.fetch_figures(file))).collect();
        async move {
            join_all(fetches).await;
        }
    }

    fn fetch_questionnaire(self, file: String) -> Fetch {
        self.fetch_once(file.clone(), async move {
            let Some(index) = self.index.get_value() else { return };
            let loaded = load_content(&index, &file).await.map(Arc::new);
            self.set_catalog.update(|catalog| *catalog = catalog.with_loaded(&file, loaded));
        })
    }

    fn fetch_figures(self, file: String) -> Fetch {
        self.fetch_once(file.clone(), async move {
            let Some(index) = self.index.get_value() else { return };
            let figures = load_figure_file(&index, &file).await;
            self.set_catalog.update(|catalog| *catalog = catalog.with_figures(figures));
        })
    }

    /// Each file is fetched once; a second request joins the first.
    fn fetch_once(self, file: String, fetch: impl Future<Output = ()> + 'static) -> Fetch {
        if let Some(under_way) = self.fetches.with_value(|fetches| fetches.get(&file).cloned()) {
            return under_way;
        }
        let shared = fetch.boxed_local().shared();
        self.fetches.update_value(|fetches| {
            fetches.insert(file, shared.clone());
        });
        leptos::task::spawn_local(shared.clone());
        shared
    }
}

/// Why a file from the host could not be read.
enum FetchError {
    /// No answer came (the network is gone, or broke off): the file itself may be fine.
    NoConnection,
    /// The host answered, but not with the file: the reason in a few Dutch words ("HTTP-status 404").
    Failed(String),
    /// It arrived, but is not text the app reads.
    Refused(FileRefusal),
}

impl FetchError {
    fn problem(&self, file: &str) -> Problem {
        match self {
            FetchError::NoConnection => Problem::whole_file(file, "Het bestand kon niet worden geladen (netwerkfout)."),
            FetchError::Failed(reason) => {
                Problem::whole_file(file, format!("Het bestand kon niet worden geladen ({reason})."))
            }
            FetchError::Refused(refusal) => refusal.problem(file),
        }
    }

    fn unreadable(&self, file: &str) -> Unreadable {
        match self {
            FetchError::NoConnection => Unreadable::NotArrived(self.problem(file)),
            _ => Unreadable::Faulty(vec![self.problem(file)]),
        }
    }
}

/// The index, and the catalog the start page shows from it.
async fn load_index(index: Result<Fetched, FetchError>) -> (Option<CatalogIndex>, Catalog) {
    let index = match index {
        Ok(fetched) => fetched.text,
        Err(FetchError::NoConnection) => return (None, Catalog::Failed("De lijst met vragenlijsten kon niet worden geladen (netwerkfout). Laad de pagina opnieuw als de verbinding er weer is.".to_owned())),
        Err(FetchError::Failed(error)) => return (None, Catalog::Failed(format!("De lijst met vragenlijsten kon niet worden geladen ({error}). Controleer of de map questionnaires/ naast de app staat."))),
        Err(FetchError::Refused(refusal)) => return (None, Catalog::Failed(format!("De lijst met vragenlijsten (questionnaires/index.json) is onleesbaar. {}", refusal.message()))),
    };
    let index = match parse_index(&index) {
        Ok(index) => index,
        Err(error) => return (None, Catalog::Failed(error)),
    };
    // A file added on the host after the build has no summary: its content is read now, as the
    // start page can show it only from that. All such requests go out together.
    let unsummarised: Vec<_> = index.unsummarised().map(|file| (file.clone(), load_content(&index, file))).collect();
    let mut loaded = Vec::new();
    for (file, content) in unsummarised {
        loaded.push(match content.await {
            Ok(questionnaire) => CatalogEntry::Ready { file, questionnaire: Arc::new(questionnaire), custom: false },
            Err(why) => CatalogEntry::Unavailable { file, why, id: None, own: false },
        });
    }
    // The user's own questionnaires, validated again with today's rules. One that clashes with a
    // shipped id is shown as unavailable rather than hiding the shipped one.
    let shipped = index.catalog(loaded.clone());
    for (id, text) in crate::ui::storage::list_custom_questionnaires() {
        let file = custom_file_name(&id);
        let read = read_yaml_questionnaire(format!("vragenlijst-laden {file}"), file.clone(), text).await;
        let entry = match PartNotLoaded::unreadable(&file, read) {
            Ok(questionnaire) => match shipped_id_clash(shipped.entries(), &file, &questionnaire.id) {
                Some(problem) => CatalogEntry::Unavailable {
                    file,
                    why: Unreadable::Faulty(vec![problem]),
                    id: Some(id.clone()),
                    own: true,
                },
                None => CatalogEntry::Ready { file, questionnaire: Arc::new(questionnaire), custom: true },
            },
            Err(why) => CatalogEntry::Unavailable { file, why, id: Some(id.clone()), own: true },
        };
        loaded.push(entry);
    }
    let catalog = index.catalog(loaded);
    (Some(index), catalog)
}

/// A listed questionnaire's content: from the build's JSON when it is still current, else from
/// the YAML.
async fn load_content(index: &CatalogIndex, file: &str) -> Result<Questionnaire, Unreadable> {
    if let Some(prepared) = index.prepared_file(file) {
        if let Some(json) = current_json(file, &prepared.json).await {
            let read = crate::ui::browser::timing::measured(&format!("vragenlijst-laden {file}"), || {
                read_prepared_questionnaire(file, &json, &prepared.yaml_fingerprint)
            });
            if let Some(questionnaire) = read {
                return Ok(questionnaire);
            }
        }
    }
    match fetch_text(&format!("{FOLDER}{file}")).await {
        Ok(yaml) => PartNotLoaded::unreadable(
            file,
            read_yaml_questionnaire(format!("vragenlijst-laden {file}"), file.to_owned(), yaml.text).await,
        ),
        Err(error) => Err(error.unreadable(file)),
    }
}

/// The figures are an extra: when they cannot be loaded the app works without them, and the
/// reason goes to the console for whoever maintains the site.
async fn load_figure_file(index: &CatalogIndex, file: &str) -> Option<Arc<FigureFile>> {
    let prepared = index.prepared_file(file);
    if let Some(prepared) = &prepared {
        if let Some(json) = current_json(file, &prepared.json).await {
            if let Some(figures) = read_prepared_figures(file, &json, &prepared.yaml_fingerprint) {
                return Some(Arc::new(figures));
            }
        }
    }
    let loaded = match fetch_text(&format!("{FOLDER}{file}")).await {
        Ok(yaml) => PartNotLoaded::flatten(file, read_yaml_figures(file.to_owned(), yaml.text).await)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        Err(error) => Err(error.problem(file).to_string()),
    };
    match loaded {
        Ok(figures) => Some(Arc::new(figures)),
        Err(reason) => {
            leptos::logging::warn!("Landelijke cijfers niet geladen: {reason}");
            None
        }
    }
}

/// The build's JSON of `file`, unless the YAML beside it is newer. Both requests go out
/// together; the YAML is only asked for its headers (HEAD), never its content.
async fn current_json(file: &str, json: &str) -> Option<String> {
    let head = fetch_head(&format!("{FOLDER}{file}"));
    let json = fetch_text(&format!("{FOLDER}{json}"));
    let (head, json) = futures::join!(head, json);
    let json = json.ok()?;
    let yaml = match &head {
        Some(last_modified) => YamlHead::Answered { last_modified: last_modified.as_deref() },
        None => YamlHead::NoAnswer,
    };
    json_is_current(yaml, json.last_modified.as_deref()).then_some(json.text)
}

/// A file from the host, with its `Last-Modified` header.
struct Fetched {
    text: String,
    last_modified: Option<String>,
}

/// GET a file from the app's own host. Revalidates with the server so an updated questionnaire
/// is picked up on the next visit. The request starts right away, when this is called, not when
/// the result is awaited, so requests made together travel together.
fn fetch_text(url: &str) -> impl Future<Output = Result<Fetched, FetchError>> {
    let request = request(url, "GET");
    async move {
        let failed = |reason: &str| FetchError::Failed(reason.to_owned());
        let response =
            request.ok_or_else(|| failed("geen browservenster"))?.await.map_err(|_| FetchError::NoConnection)?;
        let response = response.dyn_into::<web_sys::Response>().map_err(|_| failed("onverwacht antwoord"))?;
        if !response.ok() {
            return Err(failed(&format!("HTTP-status {}", response.status())));
        }
        let last_modified = response.headers().get("last-modified").ok().flatten();
        // The bytes, copied into WebAssembly memory in one go: `response.text()` would hand over
        // a JavaScript string that the glue code re-encodes character by character, which took
        // about 10 ms of a cold start for the catalog's files.
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| failed("onleesbaar antwoord"))?)
            .await
            .map_err(|_| FetchError::NoConnection)?; // the connection broke off mid-file
        let text = text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()).map_err(FetchError::Refused)?;
        Ok(Fetched { text, last_modified })
    }
}

/// The `Last-Modified` header of a file on the host (`Some(None)`: the host answered without
/// one), or `None` when the host did not answer (offline).
fn fetch_head(url: &str) -> impl Future<Output = Option<Option<String>>> {
    let request = request(url, "HEAD");
    async move {
        let response = request?.await.ok()?.dyn_into::<web_sys::Response>().ok()?;
        Some(response.headers().get("last-modified").ok().flatten().filter(|_| response.ok()))
    }
}

fn request(url: &str, method: &str) -> Option<JsFuture> {
    let window = web_sys::window()?;
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_cache(web_sys::RequestCache::NoCache);
    Some(JsFuture::from(window.fetch_with_str_and_init(url, &init)))
}
