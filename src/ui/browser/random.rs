//! Random numbers from the browser's cryptographic generator (`crypto.getRandomValues`), for
//! what must not be guessable, such as the order of a region's anonymous letters.

/// 64 random bits, or a Dutch message when the browser has no cryptographic generator.
pub fn random_u64() -> Result<u64, String> {
    let mut bytes = [0u8; 8];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).ok())
        .ok_or_else(|| {
            "Deze browser kan geen willekeurig getal maken (window.crypto ontbreekt). Dat is nodig om gemeenten anoniem te kunnen tonen. Gebruik een recente versie van Edge, Chrome, Firefox of Safari.".to_owned()
        })?;
    Ok(u64::from_le_bytes(bytes))
}
