//! Reading a file the user chose in an `<input type="file">`.

use crate::model::load::text_from_bytes;

/// A file the user chose: its name and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenFile {
    pub name: String,
    pub text: String,
}

/// The file chosen in `input`, read as bytes and decoded by the model, as the catalog's files
/// are: the same handling of a byte order mark and of text that is not UTF-8, and no
/// character-by-character copy of a large file by the glue code. `None` when nothing is chosen.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<Result<ChosenFile, String>> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    if file.size() > 5.0 * 1024.0 * 1024.0 {
        return Some(Err(format!("'{name}' is groter dan 5 MB; dat is geen bestand van deze app.")));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    Some(match buffer {
        Ok(buffer) => Ok(ChosenFile { name, text: text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()) }),
        Err(_) => Err(format!("'{name}' kon niet worden gelezen.")),
    })
}
