//! Fresh ids for new evaluations and regional overviews.

/// A fresh, unguessable-enough id for a new evaluation (time plus randomness, base 36).
pub fn new_assessment_id() -> String {
    fresh_id('e')
}

/// A fresh id for a new regional overview; the `r` keeps it apart from evaluation ids.
pub fn new_region_id() -> String {
    fresh_id('r')
}

fn fresh_id(prefix: char) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{prefix}{}{}", radix36(time), radix36(random))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
