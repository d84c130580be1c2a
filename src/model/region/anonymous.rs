//! "Anoniem delen": the overview without anything that names a member. Members become
//! "Gemeente A", "Gemeente B", … (after Z: AA, AB, …); toelichtingen, open answers, evaluation
//! names, file names, dates and version strings are left out, because free text from a file can
//! name anyone.
//!
//! The order of the letters: not alphabetical (anyone who knows the region's municipalities
//! could then read the names back) and not the import order (files chosen together usually
//! arrive in alphabetical order of their file names, which contain the gemeente). Instead the
//! members are sorted by a hash of their id keyed with the region's random `anonymous_seed`,
//! which is never shown. So the letters are the same on screen and in every download of the same
//! overview, and cannot be worked out from names, file names or the order of import. When a member
//! is added or removed the letters are drawn again (otherwise comparing two downloads would show
//! which letter is new). The hash is not cryptographic; it only has to make the order say nothing.

use super::overview::{MemberView, RegionOverview};
use super::versions::NotFitting;
use crate::model::sorted::{sort, sort_by_key};

/// 0 → "Gemeente A", 25 → "Gemeente Z", 26 → "Gemeente AA", 27 → "Gemeente AB", …
pub fn anonymous_label(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let digit = (n - 1) % 26;
        letters.push(char::from(b'A' + digit as u8));
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("Gemeente {}", letters.into_iter().collect::<String>())
}

/// A 64-bit hash of `text` keyed with `seed` (FNV-1a, then the SplitMix64 finaliser).
fn keyed_hash(seed: u64, text: &str) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325 ^ seed;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut z = hash ^ seed.rotate_left(29);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The anonymous order: `order[letter] = index of the member in the named overview`.
pub fn anonymous_order(seed: u64, member_ids: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..member_ids.len()).collect();
    sort_by_key(&mut order, |&i| (keyed_hash(seed, member_ids[i]), i));
    order
}

fn without_names(member: &MemberView, letter: usize) -> MemberView {
    MemberView {
        label: anonymous_label(letter),
        identified_by: None,
        member_id: String::new(),
        municipality: String::new(),
        evaluation_name: String::new(),
        file_name: String::new(),
        updated_at: String::new(),
        questionnaire_version: String::new(),
        other_version: member.other_version,
        principles: member.principles.clone(),
        sections: member.sections.clone(),
        progress: member.progress,
        // Only the current question is named: the reason and the old answer quote the file.
        not_fitting: member
            .not_fitting
            .iter()
            .map(|n| NotFitting { question: n.question.clone(), reason: String::new(), answered: String::new() })
            .collect(),
    }
}

/// The anonymous form of a named overview; `seed` is the region's `anonymous_seed`.
pub fn anonymise(overview: &RegionOverview, seed: u64) -> RegionOverview {
    let ids: Vec<&str> = overview.members.iter().map(|m| m.member_id.as_str()).collect();
    let order = anonymous_order(seed, &ids);
    let mut letter_of = vec![0; order.len()];
    for (letter, &index) in order.iter().enumerate() {
        letter_of[index] = letter;
    }
    let mut anonymous = overview.clone();
    anonymous.anonymous = true;
    anonymous.members =
        order.iter().enumerate().map(|(letter, &index)| without_names(&overview.members[index], letter)).collect();
    for question in &mut anonymous.questions {
        question.notes.clear();
        question.texts.clear();
    }
    for improvement in &mut anonymous.improvements {
        for member in &mut improvement.members {
            *member = letter_of[*member];
        }
        sort(&mut improvement.members);
    }
    anonymous
}
