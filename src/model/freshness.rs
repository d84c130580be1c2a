//! Whether the build's JSON copy of a questionnaire is still the file to read. The YAML on the
//! host is the source: an editor may change it there without rebuilding. The app does not fetch
//! the YAML to find out (a normal start reads only the JSON); it asks the host for the YAML's
//! headers (a HEAD request, no content) and compares the YAML's `Last-Modified` with the JSON's:
//! a YAML saved after the JSON beside it was written has been changed since the build.

/// What a HEAD request for the YAML file gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlHead<'a> {
    /// No answer (offline, say): nothing says the YAML changed.
    NoAnswer,
    /// The host answered, with or without a `Last-Modified` header.
    Answered { last_modified: Option<&'a str> },
}

/// Whether the JSON (with its own `Last-Modified`, if the host sent one) may be read instead of
/// the YAML. When the host cannot tell (no dates), the YAML is read: slower, never wrong.
pub fn json_is_current(yaml: YamlHead, json_last_modified: Option<&str>) -> bool {
    match yaml {
        YamlHead::NoAnswer => true,
        YamlHead::Answered { last_modified } => {
            match (last_modified.and_then(http_date_seconds), json_last_modified.and_then(http_date_seconds)) {
                (Some(yaml), Some(json)) => yaml <= json,
                _ => false,
            }
        }
    }
}

/// Seconds since 1970 of an HTTP date as hosts send it (`Tue, 01 Dec 2026 09:18:48 GMT`, the
/// IMF-fixdate of RFC 9110); `None` for anything else.
pub fn http_date_seconds(text: &str) -> Option<i64> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [_weekday, day, month, year, time, "GMT"] = parts.as_slice() else { return None };
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = MONTHS.iter().position(|m| m == month)? as i64 + 1;
    let (day, year): (u8, u16) = (day.parse().ok()?, year.parse().ok()?);
    // Unsigned and four digits at most: a header cannot make the arithmetic below overflow.
    let clock: Vec<u8> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [hour, minute, second] = clock.as_slice() else { return None };
    if !(1..=31).contains(&day) || !(1970..=9999).contains(&year) || *hour > 23 || *minute > 59 || *second > 60 {
        return None;
    }
    let clock_seconds = i64::from(*hour) * 3_600 + i64::from(*minute) * 60 + i64::from(*second);
    Some(days_from_civil(i64::from(year), month, i64::from(day)) * 86_400 + clock_seconds)
}

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (Howard Hinnant's
/// algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_read_as_seconds() {
        assert_eq!(http_date_seconds("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(http_date_seconds("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(http_date_seconds("Tue, 01 Dec 2026 09:18:48 GMT"), Some(1_796_116_728));
        for bad in [
            "",
            "gisteren",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 99999999999999999 08:49:37 GMT",
            "Sun, 06 Nov -1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 -08:49:37 GMT",
            "Sun, 06 Nov 1994 08:-49:37 GMT",
            "Sun, -6 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(http_date_seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_json_is_read_unless_the_yaml_is_newer_or_the_host_cannot_tell() {
        let at = |t: &'static str| YamlHead::Answered { last_modified: Some(t) };
        let build = "Tue, 01 Dec 2026 09:18:48 GMT";
        assert!(json_is_current(at(build), Some(build)), "written in the same second");
        assert!(json_is_current(at("Tue, 01 Dec 2026 09:18:47 GMT"), Some(build)));
        assert!(!json_is_current(at("Tue, 01 Dec 2026 10:02:00 GMT"), Some(build)), "edited on the host afterwards");
        assert!(!json_is_current(YamlHead::Answered { last_modified: None }, Some(build)), "no date: read the YAML");
        assert!(!json_is_current(at(build), None));
        assert!(json_is_current(YamlHead::NoAnswer, None), "offline: the JSON from the cache");
    }
}
