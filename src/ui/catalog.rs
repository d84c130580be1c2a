//! Loads the questionnaires published next to the app at run time, so an editor can update a
//! YAML file on the static host without rebuilding. A file that fails validation is kept in the
//! list as unavailable, with its problems; the others still work.

use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::catalog::{custom_file_name, parse_index, shipped_id_clash, Catalog, CatalogEntry, CatalogIndex};
use crate::model::figures::FigureFile;
use crate::model::prepared::{load_prepared_figures, load_prepared_questionnaire};
use crate::model::text_file::{text_from_bytes, FileRefusal};
use crate::model::{load_questionnaire, Problem};

/// Relative to the page, so the app works from any sub-path.
const FOLDER: &str = "questionnaires/";

/// Loads the catalog. The index is requested at once, when this is called: the request then
/// travels while the page shell is being drawn.
pub fn load_catalog() -> impl std::future::Future<Output = Catalog> {
    let index = fetch_text(&format!("{FOLDER}index.json"));
    async move { load_listed(index.await).await }
}

/// Why a file from the host could not be read.
enum FetchError {
    /// The request failed: the reason in a few Dutch words ("netwerkfout", "HTTP-status 404").
    Failed(String),
    /// It arrived, but is not text the app reads.
    Refused(FileRefusal),
}

impl FetchError {
    fn problem(&self, file: &str) -> Problem {
        match self {
            FetchError::Failed(reason) => {
                Problem::whole_file(file, format!("Het bestand kon niet worden geladen ({reason})."))
            }
            FetchError::Refused(refusal) => refusal.problem(file),
        }
    }
}

async fn load_listed(index: Result<String, FetchError>) -> Catalog {
    let index = match index {
        Ok(text) => text,
        Err(FetchError::Failed(error)) => return Catalog::Failed(format!("De lijst met vragenlijsten kon niet worden geladen ({error}). Controleer of de map questionnaires/ naast de app staat.")),
        Err(FetchError::Refused(refusal)) => return Catalog::Failed(format!("De lijst met vragenlijsten (questionnaires/index.json) is onleesbaar. {}", refusal.message())),
    };
    let index = match parse_index(&index) {
        Ok(index) => index,
        Err(error) => return Catalog::Failed(error),
    };
    // All requests go out together; the files are then read in the index's order.
    let figures = index.figures.as_deref().map(|file| (file.to_owned(), download(&index, file)));
    let downloads: Vec<_> = index.files.iter().map(|file| (file.clone(), download(&index, file))).collect();
    let mut entries = Vec::with_capacity(downloads.len());
    for (file, download) in downloads {
        let (yaml, prepared) = download.await;
        let entry = match yaml {
            Ok(text) => match crate::ui::browser::timing::measured(&format!("vragenlijst-laden {file}"), || {
                load_prepared_questionnaire(&file, &text, prepared.as_deref())
            }) {
                Ok(questionnaire) => {
                    CatalogEntry::Ready { file, questionnaire: Arc::new(questionnaire), custom: false }
                }
                Err(problems) => CatalogEntry::Unavailable { file, problems, own: None },
            },
            Err(error) => CatalogEntry::Unavailable { problems: vec![error.problem(&file)], file, own: None },
        };
        entries.push(entry);
    }
    // The user's own questionnaires, validated again with today's rules. One that clashes with a
    // shipped id is shown as unavailable rather than hiding the shipped one.
    for (id, text) in crate::ui::storage::list_custom_questionnaires() {
        let file = custom_file_name(&id);
        let entry = match load_questionnaire(&file, &text) {
            Ok(questionnaire) => match shipped_id_clash(&entries, &file, &questionnaire.id) {
                Some(problem) => CatalogEntry::Unavailable { file, problems: vec![problem], own: Some(id.clone()) },
                None => CatalogEntry::Ready { file, questionnaire: Arc::new(questionnaire), custom: true },
            },
            Err(problems) => CatalogEntry::Unavailable { file, problems, own: Some(id.clone()) },
        };
        entries.push(entry);
    }
    let figures = match figures {
        Some((file, download)) => {
            let (yaml, prepared) = download.await;
            load_figure_file(&file, yaml, prepared.as_deref())
        }
        None => None,
    };
    Catalog::Loaded { entries, figures }
}

/// The figures are an extra: when they cannot be loaded the app works without them, and the
/// reason goes to the console for whoever maintains the site.
fn load_figure_file(
    file: &str,
    download: Result<String, FetchError>,
    prepared: Option<&str>,
) -> Option<Arc<FigureFile>> {
    let loaded = match download {
        Ok(text) => load_prepared_figures(file, &text, prepared)
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

/// A listed file and, when the build prepared one, its JSON (`model::prepared`), requested
/// together. The YAML is always read: it decides whether the JSON still matches it. A missing or
/// unreadable JSON only means the YAML is parsed instead.
fn download(
    index: &CatalogIndex,
    file: &str,
) -> impl std::future::Future<Output = (Result<String, FetchError>, Option<String>)> {
    let yaml = fetch_text(&format!("{FOLDER}{file}"));
    let prepared = index.prepared_file(file).map(|json| fetch_text(&format!("{FOLDER}{json}")));
    async move {
        let yaml = yaml.await;
        let prepared = match prepared {
            Some(json) => json.await.ok(),
            None => None,
        };
        (yaml, prepared)
    }
}

/// GET a file from the app's own host. Revalidates with the server so an updated questionnaire
/// is picked up on the next visit. The request starts right away, when this is called, not when
/// the result is awaited: the catalog asks for all its files at once.
fn fetch_text(url: &str) -> impl std::future::Future<Output = Result<String, FetchError>> {
    let request = web_sys::window().map(|window| {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoCache);
        JsFuture::from(window.fetch_with_str_and_init(url, &init))
    });
    async move {
        let failed = |reason: &str| FetchError::Failed(reason.to_owned());
        let response = request
            .ok_or_else(|| failed("geen browservenster"))?
            .await
            .map_err(|_| failed("netwerkfout"))?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| failed("onverwacht antwoord"))?;
        if !response.ok() {
            return Err(failed(&format!("HTTP-status {}", response.status())));
        }
        // The bytes, copied into WebAssembly memory in one go: `response.text()` would hand over
        // a JavaScript string that the glue code re-encodes character by character, which took
        // about 10 ms of a cold start for the catalog's files.
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| failed("onleesbaar antwoord"))?)
            .await
            .map_err(|_| failed("onleesbaar antwoord"))?;
        text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()).map_err(FetchError::Refused)
    }
}
