//! Sorting, and building sorted maps and sets, with one copy of the sort code for the whole app.
//! The standard library's sort is generic: every element type and comparison that calls it, and
//! every `collect()` into a `BTreeMap` or `BTreeSet` (which sorts its input first), brings its own
//! copy of the algorithm into the WebAssembly, about 2–4 KB each. The main module had 21 of them
//! (35 KB), eleven for merging two tabs' versions alone. Here the only sort sorts positions
//! (`usize`), through a comparison behind a `dyn`; the maps and sets are filled by inserting,
//! which their types have anyway. Use these instead of `sort_by`, `sort_by_key`, `sort` and
//! `collect()` into a tree (tests/benchmark/README.md has the numbers).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// `items.sort_by(compare)`: stable, so equal items keep their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    put_in_order(items, order);
}

/// `items.sort_by_key(key)`: stable, so items with equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// `items.sort()`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them; equal ones in their own order. Not
/// generic, so the standard library's sort is compiled once, for `usize`.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves `items[order[i]]` to position `i`, cycle by cycle (`order` holds each position once).
fn put_in_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// `entries.collect::<BTreeMap<_, _>>()`: a later entry with the same key replaces the value.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

/// `items.collect::<BTreeSet<_>>()`.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_their_order() {
        // (key, where it came from): a stable sort keeps the second field ascending per key.
        let items: Vec<(u8, usize)> =
            [3, 1, 2, 3, 1, 0, 2, 3, 3, 1].into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |item| item.0);
        let mut std = items.clone();
        std.sort_by_key(|item| item.0);
        assert_eq!(ours, std);
        assert_eq!(&ours[..3], &[(0, 5), (1, 1), (1, 4)]);

        let mut descending = items.clone();
        sort_by(&mut descending, |a, b| b.0.cmp(&a.0));
        assert_eq!(&descending[..4], &[(3, 0), (3, 3), (3, 7), (3, 8)]);

        let mut words = vec!["peer", "appel", "kers", "appel"];
        sort(&mut words);
        assert_eq!(words, ["appel", "appel", "kers", "peer"]);
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());

        // Many orders, with long cycles and repeated keys, against the standard library.
        for seed in 1..200u64 {
            let mut state = seed;
            let items: Vec<(u64, usize)> = (0..(seed as usize % 37))
                .map(|i| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((state >> 33) % 7, i)
                })
                .collect();
            let (mut ours, mut std) = (items.clone(), items);
            sort_by_key(&mut ours, |item| item.0);
            std.sort_by_key(|item| item.0);
            assert_eq!(ours, std, "seed {seed}");
        }
    }

    #[test]
    fn maps_and_sets_like_collect_also_for_repeated_keys() {
        let entries = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)];
        assert_eq!(map_of(entries), entries.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(map_of(entries)["b"], 3, "the last value of a key wins");
        let items = ["z", "y", "z", "x"];
        assert_eq!(set_of(items), items.into_iter().collect::<BTreeSet<_>>());
        assert!(map_of(Vec::<(u8, u8)>::new()).is_empty());
    }
}
