//! Every shape problem of a file at once. serde stops at the first value that does not fit the
//! format; to find the others, that value is set aside and the file is read again, until it
//! reads. The rules beyond the shape then run on what remains (see [`Reading::withholds`]).
//!
//! Setting aside never removes an item from a list, so every later path still names the same
//! place in the file: a misspelt field is left out, a value of the wrong kind is replaced by a
//! stand-in of the right kind (0, an empty text, `false`, an empty list, the first allowed
//! word), and a missing field gets one. An error about a stand-in is a follow-up, not a
//! problem of the file: it is repaired but not reported.

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};

use super::problem::Problem;
use super::yaml_errors::ReadError;
use super::yaml_path::position_of;

/// More shape problems than this are not listed one by one: the file needs another look first.
const MAX_SHAPE_PROBLEMS: usize = 50;
/// Each round writes and reads the whole file again; together at most this many bytes, so a
/// large file full of errors still answers within a fraction of a second.
const MAX_BYTES_READ_AGAIN: usize = 16 * 1024 * 1024;

/// What reading on after the first shape error found.
pub(crate) struct Reading<T> {
    /// Every shape problem, in the order found; the first is located exactly, the others by
    /// their path.
    pub problems: Vec<Problem>,
    /// The file read with two different sets of stand-ins, when it could be read at all.
    pub stand_ins: Option<(T, T)>,
    set_aside: Vec<SetAside>,
}

/// One value that was set aside: where, and the words it held.
struct SetAside {
    path: Vec<Segment>,
    /// Whether a stand-in took its place (a misspelt field is just left out: nothing reads it).
    replaced: bool,
    /// A missing top-level field, or a top-level list or mapping of the wrong kind (`principles`,
    /// `sections`): every other rule reads it, so none is reported until it is fixed.
    frame: bool,
    /// The texts in the value the user wrote, to recognise problems that mention them.
    words: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// A stand-in, in the two versions that tell a real problem from one a stand-in causes.
#[derive(Clone)]
enum Repair {
    Remove,
    Replace(Value, Value),
}

impl<T> Reading<T> {
    /// Whether a problem found by the rules beyond the shape may come from a set-aside value
    /// rather than from the file, and is therefore not reported until the file reads: it lies
    /// in the same list item (a question, an option) or top-level field as a stand-in, or it
    /// quotes a word of a set-aside value. (The caller also drops a problem that is not found
    /// with both sets of stand-ins.)
    pub fn withholds(&self, problem: &Problem) -> bool {
        let Some(at) = parse_path(&problem.path) else { return true };
        if self.set_aside.iter().any(|s| s.frame) {
            return true;
        }
        self.set_aside.iter().filter(|s| s.replaced).any(|set_aside| {
            let item = enclosing_item(&set_aside.path);
            let inside = at.len() >= item.len() && at[..item.len()] == *item;
            inside || set_aside.words.iter().any(|word| problem.message.contains(&format!("`{word}`")))
        })
    }
}

/// Reads `source` on after its first shape error `first`, as described in the module comment.
pub(crate) fn read_on<T: DeserializeOwned>(file: &str, source: &str, first: &ReadError) -> Reading<T> {
    let mut reading = Reading { problems: vec![first.problem(file)], stand_ins: None, set_aside: Vec::new() };
    // The whole file as a plain tree; when even that fails (an alias bomb, say), the first
    // problem is all there is to say.
    let Ok(original) = serde_yaml::from_str::<Value>(source) else { return reading };
    let mut value = original.clone();
    let mut repairs: Vec<(Vec<Segment>, Repair)> = Vec::new();
    let mut error = first.clone();
    let rounds = (MAX_BYTES_READ_AGAIN / source.len().max(1)).max(1);
    for round in 0..rounds {
        let Some((path, repair)) = repair_for(&error) else { return reading };
        let follow_up = reading.set_aside.iter().any(|s| path.starts_with(&s.path));
        if round > 0 && !follow_up {
            // A field that is missing at the top has no place of its own: the document's start.
            let (line, column) =
                position_of(source, &path_text(&path)).unwrap_or_else(|| (first_content_line(source), 1));
            let stop = reading.problems.len() == MAX_SHAPE_PROBLEMS;
            let mut problem = if stop {
                // Where the reading stopped, so the editor knows which part is still unchecked.
                Problem::at_path(
                    file,
                    "",
                    format!("Het bestand heeft meer dan {MAX_SHAPE_PROBLEMS} van zulke problemen; vanaf hier is het niet verder gecontroleerd. Herstel eerst de problemen hiervoor en controleer het bestand dan opnieuw."),
                )
            } else {
                error.problem(file)
            };
            (problem.line, problem.column) = (Some(line), Some(column));
            reading.problems.push(problem);
            if stop {
                return reading;
            }
        }
        if !follow_up {
            let words = node(&original, &path).map(texts_in).unwrap_or_default();
            let frame = path.len() == 1
                && (error.message.starts_with("missing field ")
                    || matches!(&repair, Repair::Replace(Value::Sequence(_) | Value::Mapping(_), _)));
            reading.set_aside.push(SetAside {
                path: path.clone(),
                replaced: !matches!(repair, Repair::Remove),
                frame,
                words,
            });
        }
        if !apply(&mut value, &path, &repair, Version::A) {
            return reading;
        }
        repairs.push((path, repair));
        match read_again::<T>(&value) {
            Ok(Some(a)) => {
                let mut other = original;
                let b = repairs.iter().all(|(path, repair)| apply(&mut other, path, repair, Version::B));
                reading.stand_ins = b.then(|| read_again::<T>(&other).ok().flatten()).flatten().map(|b| (a, b));
                return reading;
            }
            Ok(None) => return reading,
            Err(next) => error = next,
        }
    }
    reading
}

/// Writes the tree as YAML and reads it as `T`: `Ok(None)` when that fails for another reason
/// than a shape error (then there is nothing more to learn), the next shape error otherwise.
fn read_again<T: DeserializeOwned>(value: &Value) -> Result<Option<T>, ReadError> {
    let Ok(text) = serde_yaml::to_string(value) else { return Ok(None) };
    match serde_yaml::from_str::<T>(&text) {
        Ok(read) => Ok(Some(read)),
        Err(error) => {
            let error = ReadError::from_yaml(&error);
            if error.is_shape_error() {
                Err(error)
            } else {
                Ok(None)
            }
        }
    }
}

/// The place an error is about and what to put there; `None` when it cannot be repaired.
fn repair_for(error: &ReadError) -> Option<(Vec<Segment>, Repair)> {
    let mut path = parse_path(&error.path)?;
    let message = error.message.as_str();
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let repair = if message.starts_with("unknown field ") {
        path.push(Segment::Key(quoted.first()?.to_string()));
        Repair::Remove
    } else if message.starts_with("missing field ") {
        path.push(Segment::Key(quoted.first()?.to_string()));
        Repair::Replace(Value::String(String::new()), Value::String("-".to_owned()))
    } else if message.starts_with("unknown variant ") {
        let allowed = quoted.get(1..)?;
        let (first, last) = (allowed.first()?, allowed.last()?);
        Repair::Replace(Value::String(first.to_string()), Value::String(last.to_string()))
    } else if message.starts_with("invalid type: ") || message.starts_with("invalid value: ") {
        let expected = message.rsplit_once(", expected ")?.1;
        stand_in(expected)?
    } else {
        return None;
    };
    // The whole file of the wrong kind (a list, a text) has nothing left to read on.
    (!path.is_empty()).then_some((path, repair))
}

/// A value of the kind serde expected, in two versions.
fn stand_in(expected: &str) -> Option<Repair> {
    let number = ["u8", "u16", "u32", "u64", "usize", "i32", "i64", "f32", "f64"];
    let (a, b) = match expected {
        e if number.contains(&e) => (Value::from(0), Value::from(1)),
        "a string" => (Value::String(String::new()), Value::String("-".to_owned())),
        "a boolean" => (Value::Bool(false), Value::Bool(true)),
        "a sequence" => (Value::Sequence(Vec::new()), Value::Sequence(Vec::new())),
        e if e.starts_with("struct ") || e == "a map" => {
            (Value::Mapping(Mapping::new()), Value::Mapping(Mapping::new()))
        }
        _ => return None,
    };
    Some(Repair::Replace(a, b))
}

#[derive(Clone, Copy)]
enum Version {
    A,
    B,
}

/// Applies a repair to the tree; false when the path does not lead anywhere.
fn apply(value: &mut Value, path: &[Segment], repair: &Repair, version: Version) -> bool {
    let Some((last, parent)) = path.split_last() else { return false };
    let Some(parent) = node_mut(value, parent) else { return false };
    let new = match (repair, version) {
        (Repair::Remove, _) => None,
        (Repair::Replace(a, _), Version::A) => Some(a.clone()),
        (Repair::Replace(_, b), Version::B) => Some(b.clone()),
    };
    match (parent, last, new) {
        (Value::Mapping(map), Segment::Key(key), None) => map.remove(key.as_str()).is_some(),
        (Value::Mapping(map), Segment::Key(key), Some(new)) => {
            map.insert(Value::String(key.clone()), new);
            true
        }
        (Value::Sequence(items), Segment::Index(index), Some(new)) if *index < items.len() => {
            items[*index] = new;
            true
        }
        _ => false,
    }
}

fn node<'v>(value: &'v Value, path: &[Segment]) -> Option<&'v Value> {
    path.iter().try_fold(value, |value, segment| match (value, segment) {
        (Value::Mapping(map), Segment::Key(key)) => map.get(key.as_str()),
        (Value::Sequence(items), Segment::Index(index)) => items.get(*index),
        _ => None,
    })
}

fn node_mut<'v>(value: &'v mut Value, path: &[Segment]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |value, segment| match (value, segment) {
        (Value::Mapping(map), Segment::Key(key)) => map.get_mut(key.as_str()),
        (Value::Sequence(items), Segment::Index(index)) => items.get_mut(*index),
        _ => None,
    })
}

/// Every text and number in a value, as the user wrote them.
fn texts_in(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => vec![text.clone()],
        Value::Number(number) => vec![number.to_string()],
        Value::Sequence(items) => items.iter().flat_map(texts_in).collect(),
        Value::Mapping(map) => map.iter().flat_map(|(k, v)| texts_in(k).into_iter().chain(texts_in(v))).collect(),
        Value::Tagged(tagged) => texts_in(&tagged.value),
        Value::Null | Value::Bool(_) => Vec::new(),
    }
}

/// The list item a path lies in (`sections[1].questions[0]` for a question's field), or its
/// top-level field when it lies in none.
fn enclosing_item(path: &[Segment]) -> &[Segment] {
    match path.iter().rposition(|s| matches!(s, Segment::Index(_))) {
        Some(index) => &path[..=index],
        None => &path[..path.len().min(1)],
    }
}

/// `sections[1].questions[0].id` → its segments; `None` for what serde writes for places it
/// cannot name (`?`) and for keys with dots or brackets.
fn parse_path(path: &str) -> Option<Vec<Segment>> {
    let mut segments = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut indexes) = part.split_at(part.find('[').unwrap_or(part.len()));
        if key == "?" {
            return None;
        }
        if !key.is_empty() {
            segments.push(Segment::Key(key.to_owned()));
        }
        while let Some(rest) = indexes.strip_prefix('[') {
            let (index, after) = rest.split_once(']')?;
            segments.push(Segment::Index(index.parse().ok()?));
            indexes = after;
        }
        if !indexes.is_empty() {
            return None;
        }
    }
    Some(segments)
}

fn first_content_line(source: &str) -> usize {
    let is_content = |line: &str| !line.trim().is_empty() && !line.trim_start().starts_with('#');
    source.lines().position(is_content).map_or(1, |index| index + 1)
}

fn path_text(path: &[Segment]) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) if text.is_empty() => text.push_str(key),
            Segment::Key(key) => {
                text.push('.');
                text.push_str(key);
            }
            Segment::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_and_write_back() {
        let path = parse_path("sections[1].questions[0].id").unwrap();
        assert_eq!(path.len(), 5);
        assert_eq!(path_text(&path), "sections[1].questions[0].id");
        assert_eq!(enclosing_item(&path).len(), 4);
        assert_eq!(enclosing_item(&parse_path("scale.max").unwrap()).len(), 1);
        assert_eq!(parse_path("."), Some(Vec::new()));
        assert_eq!(parse_path("casus.?"), None);
    }
}
