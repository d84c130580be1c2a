//! Reading files the user chose in an `<input type="file">` or dropped on the page.

use wasm_bindgen::JsCast;

use crate::model::text_file::{check_size, text_from_bytes, FileRefusal};

/// A file the user chose: its name, and its text or why it cannot be read as text.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenFile {
    pub name: String,
    pub text: Result<String, FileRefusal>,
}

/// The file chosen in `input`, read as bytes and decoded by the model, as the catalog's files
/// are: the same size limit, the same handling of a byte order mark and the same refusal of what
/// is not UTF-8 text, and no character-by-character copy of a large file by the glue code.
/// A file over the limit is refused before it is read. `None` when nothing is chosen.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<ChosenFile> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    // `size` is a whole number of bytes; a value beyond usize saturates, and is refused.
    if let Err(refusal) = check_size(file.size() as usize) {
        return Some(ChosenFile { name, text: Err(refusal) });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    let text = match buffer {
        Ok(buffer) => text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => Err(FileRefusal::Unreadable),
    };
    Some(ChosenFile { name, text })
}

/// The files of a list (from a file field or a drop), taken out before the field is emptied.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default()
}

/// Several files (chosen together, or dropped), in their order: (name, text or the reason it
/// could not be read). All are read at once, and one that fails does not stop the rest. The same
/// rules as for one file: a file over the limit is not read at all.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Result<String, String>)> {
    let checked: Vec<Result<(), FileRefusal>> = files.iter().map(|file| check_size(file.size() as usize)).collect();
    let reads: js_sys::Array = files
        .iter()
        .zip(&checked)
        .map(|(file, size)| match size {
            Ok(()) => file.array_buffer(),
            Err(_) => js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL),
        })
        .collect();
    let settled = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&reads))
        .await
        .map(|settled| js_sys::Array::from(&settled))
        .unwrap_or_default();
    files
        .iter()
        .zip(checked)
        .enumerate()
        .map(|(i, (file, size))| {
            let buffer = js_sys::Reflect::get(&settled.get(i as u32), &"value".into())
                .ok()
                .filter(|value| value.is_instance_of::<js_sys::ArrayBuffer>());
            let text = size
                .and_then(|()| buffer.ok_or(FileRefusal::Unreadable))
                .and_then(|buffer| text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()))
                .map_err(|refusal| refusal.message());
            (file.name(), text)
        })
        .collect()
}
