//! Text rules shared by the model: what users type as a name or title is kept on one line, and
//! the small pieces of Dutch that every label is built from (counts, lists, dates, numbers).

/// Runs of whitespace (spaces, tabs, line breaks) become one space; none at the ends.
pub fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A count with the right form of its noun: "1 vraag", "0 vragen", "3 vragen".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Items as Dutch lists them in a sentence: "a", "a en b", "a, b en c".
pub fn dutch_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} en {}", rest.join(", "), last.as_ref())
        }
    }
}

/// A label as it reads inside a sentence: "Dossier" becomes "dossier", but an abbreviation such
/// as "GGD" keeps its capitals.
pub fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// `2026-11-23` → `23-11-2026`.
pub fn dutch_date(iso_date: &str) -> String {
    let parts: Vec<&str> = iso_date.split('-').collect();
    match parts.as_slice() {
        [year, month, day] => format!("{day}-{month}-{year}"),
        _ => iso_date.to_owned(),
    }
}

/// A number as Dutch readers write it: decimal comma, no trailing zeros.
pub fn dutch_number(value: f64) -> String {
    let text = if value.fract() == 0.0 { format!("{value:.0}") } else { value.to_string() };
    text.replace('.', ",")
}

/// The dash shown where a value is missing (no owner, no deadline, no level).
pub const NONE_GIVEN: &str = "—";

/// The text, or [`NONE_GIVEN`] when it is empty.
pub fn or_dash(text: &str) -> String {
    let text = single_line(text);
    if text.is_empty() {
        NONE_GIVEN.to_owned()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lists_and_labels_in_dutch() {
        assert_eq!(count(1, "vraag", "vragen"), "1 vraag");
        assert_eq!(count(0, "vraag", "vragen"), "0 vragen");
        assert_eq!(dutch_list::<&str>(&[]), "");
        assert_eq!(dutch_list(&["dossier"]), "dossier");
        assert_eq!(dutch_list(&["dossier", "inwoner", "professional"]), "dossier, inwoner en professional");
        assert_eq!(mid_sentence("Dossier"), "dossier");
        assert_eq!(mid_sentence("GGD-regio"), "GGD-regio");
        assert_eq!(mid_sentence("Ö"), "Ö");
        assert_eq!(dutch_date("2027-03-31"), "31-03-2027");
        assert_eq!(dutch_number(1.5), "1,5");
        assert_eq!(dutch_number(40.0), "40");
        assert_eq!(or_dash("  "), "—");
        assert_eq!(or_dash(" Team\ttoezicht "), "Team toezicht");
    }
}
