//! The date and time, from the user's browser and in the user's time zone.

/// The current time as an ISO 8601 string (UTC), for `created_at`/`updated_at`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A stored ISO timestamp in the reader's own time zone, in Dutch ("23 november 2026 om 14:05").
pub fn local_date_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in
        [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")]
    {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_string("nl-NL", &options))
}

/// The current year, for default names such as "Keuzehulp Wmo-toezicht 2026".
pub fn current_year() -> u32 {
    js_sys::Date::new_0().get_full_year()
}

/// Today's date in the user's time zone as `YYYY-MM-DD`, for file names and exports.
pub fn local_iso_date() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
