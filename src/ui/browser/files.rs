//! Reading a file the user chose in an `<input type="file">`.

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
