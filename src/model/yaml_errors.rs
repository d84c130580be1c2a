//! The errors of the YAML reader (libyaml) and of serde, in Dutch and at the place where the
//! mistake starts. No English parser text reaches the user.
//!
//! serde_yaml writes an error as `path: message at line L column C` (a shape error: the YAML is
//! readable but a value does not fit), or libyaml's `problem at line L column C, while … at line
//! L2 column C2` (a syntax error). The second mark, libyaml's "context", is where the construct
//! began that the problem was found in: the opening quote of a text that is never closed, the
//! `[` of a list. That is where the mistake is, so the problem points there.

use super::problem::Problem;

/// A reader error taken apart.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReadError {
    /// Where in the structure, for shape errors (`sections[1].questions[0]`); empty otherwise.
    pub path: String,
    /// serde's or libyaml's own words, without path and positions.
    pub message: String,
    /// The 1-based line and column where the reader noticed the problem.
    pub mark: Option<(usize, usize)>,
    /// libyaml's context ("while scanning a quoted scalar") and where that construct began.
    pub context: Option<(String, Option<(usize, usize)>)>,
}

/// The kinds of error serde reports when a readable value does not fit the format.
const SHAPE_ERRORS: [&str; 7] = [
    "unknown field ",
    "missing field ",
    "invalid type: ",
    "invalid value: ",
    "unknown variant ",
    "duplicate field ",
    "invalid length ",
];

impl ReadError {
    pub fn from_yaml(error: &serde_yaml::Error) -> ReadError {
        let mut parsed = ReadError::parse(&error.to_string());
        if let Some(location) = error.location() {
            parsed.mark = Some((location.line(), location.column()));
        }
        parsed
    }

    /// Takes serde_yaml's display text apart (see the module comment for its two forms).
    fn parse(text: &str) -> ReadError {
        let (head, context) = match text.find(", while ") {
            Some(at) => (&text[..at], Some(&text[at + 2..])),
            None => (text, None),
        };
        let (head, mark) = split_mark(head);
        let context = context.map(|context| {
            let (words, mark) = split_mark(context);
            (words.to_owned(), mark)
        });
        let (path, message) = match head.split_once(": ") {
            Some((path, rest)) if !path.is_empty() && !path.contains(' ') => (path.to_owned(), rest.to_owned()),
            _ => (String::new(), head.to_owned()),
        };
        ReadError { path, message, mark, context }
    }

    /// A readable value of the wrong shape (as opposed to text that is not valid YAML).
    pub fn is_shape_error(&self) -> bool {
        SHAPE_ERRORS.iter().any(|kind| self.message.starts_with(kind))
    }

    /// The Dutch, located problem.
    pub fn problem(&self, file: &str) -> Problem {
        let (message, at_start) = if self.is_shape_error() {
            (dutch_shape_message(&self.message), false)
        } else {
            let context = self.context.as_ref().map_or("", |(words, _)| words.as_str());
            dutch_syntax_message(&self.message, context)
        };
        let start = self.context.as_ref().and_then(|(_, mark)| *mark).filter(|_| at_start);
        let (line, column) = start.or(self.mark).map_or((None, None), |(l, c)| (Some(l), Some(c)));
        Problem { file: file.to_owned(), line, column, path: self.path.clone(), message }
    }
}

/// `words at line L column C` → (`words`, (L, C)).
fn split_mark(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some(at) = text.rfind(" at line ") else {
        return (text.rfind(" at position ").map_or(text, |at| &text[..at]), None);
    };
    let numbers: Vec<usize> =
        text[at + " at line ".len()..].split(" column ").filter_map(|n| n.trim().parse().ok()).collect();
    let mark = match numbers.as_slice() {
        [line, column] => Some((*line, *column)),
        _ => None,
    };
    (&text[..at], mark)
}

/// libyaml's problems in Dutch, with what to do. The flag says whether the mistake is where the
/// construct began (the context mark) rather than where the reader gave up.
fn dutch_syntax_message(problem: &str, context: &str) -> (String, bool) {
    let starts = |needle: &str| context.contains(needle);
    let (dutch, at_start) = match problem {
        p if (p.contains("end of stream") || p.contains("document indicator")) && starts("quoted scalar") => (
            "Hier begint een tekst tussen aanhalingstekens die nergens wordt afgesloten. Zet het afsluitende aanhalingsteken aan het eind van de tekst.",
            true,
        ),
        p if p.contains("expected ',' or ']'") => (
            "Hier begint een YAML-lijst tussen blokhaken (`[`) die niet goed wordt afgesloten: er ontbreekt een `]`, of een komma tussen twee items.",
            true,
        ),
        p if p.contains("expected ',' or '}'") => (
            "Hier begint een YAML-mapping tussen accolades (`{`) die niet goed wordt afgesloten: er ontbreekt een `}`, of een komma tussen twee velden.",
            true,
        ),
        p if p.contains("could not find expected ':'") && starts("simple key") => (
            "Hier begint een sleutel zonder dubbele punt. Schrijf `naam: waarde`, of zet tekst die over meer regels loopt tussen aanhalingstekens.",
            true,
        ),
        p if p.contains("could not find expected ':'") => ("Er ontbreekt een dubbele punt na een sleutel (`naam: waarde`).", false),
        p if p.contains("end of stream") => (
            "Het bestand houdt onverwacht op; waarschijnlijk mist er een afsluitend aanhalingsteken of haakje.",
            false,
        ),
        p if p.contains("tab character") => (
            "Er staat een tab in het bestand; YAML springt alleen in met spaties. Vervang de tab door spaties.",
            false,
        ),
        p if p.contains("did not find expected key") => (
            "Hier verwacht YAML een sleutel (`naam: waarde`). Controleer het inspringen en de aanhalingstekens op deze regel en de regel erboven.",
            false,
        ),
        p if p.contains("did not find expected '-' indicator") => (
            "Dit lijst-item springt anders in dan de items erboven. Zet alle items van een YAML-lijst (`- `) even ver in.",
            false,
        ),
        p if p.contains("mapping values are not allowed") => (
            "Een dubbele punt staat op een plaats waar dat niet mag. Zet tekst met een dubbele punt tussen aanhalingstekens.",
            false,
        ),
        p if p.contains("block sequence entries are not allowed") => (
            "Een lijst-item (`- `) staat op een plaats waar dat niet mag. Controleer het inspringen.",
            false,
        ),
        p if p.contains("cannot start any token") => (
            "Dit teken mag hier niet staan (bijvoorbeeld een tab of `@`). Spring in met spaties en zet tekst met zulke tekens tussen aanhalingstekens.",
            false,
        ),
        p if p.contains("undefined alias") || p.contains("unknown anchor") => {
            ("Hier wordt een alias (`*naam`) gebruikt die nergens is gedefinieerd.", false)
        }
        p if p.contains("duplicate anchor") => {
            ("Dezelfde ankernaam (`&naam`) komt twee keer voor. Geef elk anker een eigen naam.", false)
        }
        p if p.contains("recursion limit exceeded") => ("Het bestand is te diep genest. Vereenvoudig de structuur.", false),
        p if p.contains("repetition limit exceeded") => (
            "Het bestand herhaalt aliassen te vaak (mogelijk een opzettelijk opgeblazen bestand). Verwijder de aliassen.",
            false,
        ),
        p if p.contains("unknown escape character") => (
            "In een tekst tussen dubbele aanhalingstekens staat een backslash (`\\`) die YAML niet kent. Gebruik enkele aanhalingstekens, of schrijf `\\\\`.",
            false,
        ),
        p if p.contains("more than one document") => (
            "Het bestand bevat meer dan één YAML-document (gescheiden door `---`). Een vragenlijst is één document: verwijder de tweede `---` of wat erna komt.",
            false,
        ),
        p if p.contains("UTF-8") || p.contains("UTF-16") || p.contains("Unicode") => (
            "Hier staat een teken dat geen geldige UTF-8-tekst is. Sla het bestand op als UTF-8.",
            false,
        ),
        _ => (
            "De YAML-opmaak klopt hier niet. Controleer het inspringen, de dubbele punten en de aanhalingstekens op deze plaats.",
            false,
        ),
    };
    (dutch.to_owned(), at_start)
}

/// serde's messages about values that do not fit, in Dutch, each with what to do about it.
fn dutch_shape_message(message: &str) -> String {
    let quoted = |text: &str| -> Vec<String> { text.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = quoted(rest);
        let field = names.first().cloned().unwrap_or_default();
        let allowed = names[1.min(names.len())..].join(", ");
        return if allowed.is_empty() {
            format!("Onbekend veld `{field}`. Hier zijn geen velden toegestaan.")
        } else {
            format!("Onbekend veld `{field}`. Controleer de spelling; toegestaan zijn: {allowed}.")
        };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = quoted(rest).first().cloned().unwrap_or_default();
        return format!("Het verplichte veld `{field}` ontbreekt. Voeg het toe.");
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        let value = names.first().cloned().unwrap_or_default();
        let allowed = names[1.min(names.len())..].join(", ");
        return format!("Onbekende waarde `{value}`. Kies uit: {allowed}.");
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        let field = quoted(rest).first().cloned().unwrap_or_default();
        return format!("Het veld `{field}` staat hier twee keer. Verwijder één van beide.");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "iets anders"));
        return format!(
            "Verkeerd soort waarde: gevonden {}, verwacht {}. Pas de waarde aan.",
            dutch_kind(found),
            dutch_kind(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "iets anders"));
        return format!(
            "Ongeldige waarde: {}, verwacht {}. Pas de waarde aan.",
            dutch_kind(found),
            dutch_kind(expected)
        );
    }
    "Deze waarde past hier niet (bijvoorbeeld te veel of te weinig items). Vergelijk haar met het voorbeeld in de beschrijving van het formaat.".to_owned()
}

/// Translates serde's "expected"/"found" phrases.
fn dutch_kind(text: &str) -> String {
    let text = text.trim();
    let table = [
        ("a sequence", "een lijst"),
        ("sequence", "een lijst"),
        ("a map", "een mapping (`naam: waarde`)"),
        ("map", "een mapping (`naam: waarde`)"),
        ("struct", "een mapping (`naam: waarde`)"),
        ("a string", "tekst"),
        ("a boolean", "`true` of `false`"),
        ("boolean", "`true` of `false`"),
        ("u8", "een heel getal (0 of meer)"),
        ("u32", "een heel getal (0 of meer)"),
        ("u64", "een heel getal (0 of meer)"),
        ("i64", "een heel getal"),
        ("f64", "een getal"),
        ("unit value", "een lege waarde"),
    ];
    for (english, dutch) in table {
        if text == english || text.starts_with(&format!("{english} ")) {
            return dutch.to_owned();
        }
    }
    if let Some(value) = text.strip_prefix("string ") {
        return format!("de tekst {value}");
    }
    if let Some(value) = text.strip_prefix("integer ") {
        return format!("het getal {}", value.trim_matches('`'));
    }
    if let Some(value) = text.strip_prefix("floating point ") {
        return format!("het getal {}", value.trim_matches('`'));
    }
    if let Some(value) = text.strip_prefix("boolean ") {
        return format!("de waarde {}", value.trim_matches('`'));
    }
    if text.starts_with("struct ") || text.starts_with("a ") && text.contains("struct") {
        return "een mapping (`naam: waarde`)".to_owned();
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::ReadError;

    #[test]
    fn takes_both_forms_apart() {
        let shape =
            ReadError::parse("sections[1].weight: invalid type: string \"zwaar\", expected f64 at line 34 column 17");
        assert_eq!(shape.path, "sections[1].weight");
        assert_eq!(shape.message, "invalid type: string \"zwaar\", expected f64");
        assert_eq!(shape.mark, Some((34, 17)));
        assert!(shape.is_shape_error());
        let syntax = ReadError::parse(
            "found unexpected end of stream at line 96 column 1, while scanning a quoted scalar at line 59 column 5",
        );
        assert_eq!(syntax.path, "");
        assert_eq!(syntax.mark, Some((96, 1)));
        assert_eq!(syntax.context, Some(("while scanning a quoted scalar".to_owned(), Some((59, 5)))));
        assert!(!syntax.is_shape_error());
        let problem = syntax.problem("x.yaml");
        assert_eq!((problem.line, problem.column), (Some(59), Some(5)), "where the text begins");
    }
}
