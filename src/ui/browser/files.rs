//! Reading files the user chose in an `<input type="file">` or dropped on the page.

use wasm_bindgen::JsCast;

use crate::model::load::text_from_bytes;

/// A file the user chose: its name and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenFile {
    pub name: String,
    pub text: String,
}

/// No file of this app comes near this size; a larger one is refused before it is read.
const MAX_FILE_BYTES: f64 = 5.0 * 1024.0 * 1024.0;

/// The file chosen in `input`, read as bytes and decoded by the model, as the catalog's files
/// are: the same handling of a byte order mark and of text that is not UTF-8, and no
/// character-by-character copy of a large file by the glue code. `None` when nothing is chosen.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<Result<ChosenFile, String>> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return Some(Err(format!("'{name}' is groter dan 5 MB; dat is geen bestand van deze app.")));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    Some(match buffer {
        Ok(buffer) => Ok(ChosenFile { name, text: text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()) }),
        Err(_) => Err(format!("'{name}' kon niet worden gelezen.")),
    })
}

/// The files of a list (from a file field or a drop), taken out before the field is emptied.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default()
}

/// Several files (chosen together, or dropped), in their order: (name, text or the reason it
/// could not be read). All are read at once, and one that fails does not stop the rest.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Result<String, String>)> {
    let too_large = |file: &web_sys::File| file.size() > MAX_FILE_BYTES;
    let reads: js_sys::Array =
        files
            .iter()
            .map(|file| {
                if too_large(file) {
                    js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)
                } else {
                    file.array_buffer()
                }
            })
            .collect();
    let settled = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&reads))
        .await
        .map(|settled| js_sys::Array::from(&settled))
        .unwrap_or_default();
    files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let buffer = js_sys::Reflect::get(&settled.get(i as u32), &"value".into())
                .ok()
                .filter(|value| value.is_instance_of::<js_sys::ArrayBuffer>());
            let text = match buffer {
                _ if too_large(file) => {
                    Err("Het bestand is groter dan 5 MB; dat is geen bestand van deze app.".to_owned())
                }
                Some(buffer) => Ok(text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec())),
                None => {
                    Err("Het bestand kon niet worden gelezen. Kies het opnieuw, of vraag om een nieuwe export."
                        .to_owned())
                }
            };
            (file.name(), text)
        })
        .collect()
}
