//! The region's median and spread of a score over its members.
//!
//! Quartiles are computed as Excel's KWARTIEL.INC (QUARTILE.INC) does, so a coordinator can check
//! them in a spreadsheet: sort the n values; the p-quantile lies at position h = (n − 1) · p
//! (counting from 0), interpolated linearly between the two values around it. The median is the
//! 0.5-quantile: the middle value, or the mean of the two middle values when n is even. The
//! interquartile range (IQR) is Q3 − Q1: the width of the middle half of the members.

use crate::model::sorted::sort_by;

/// The distribution of one score over the members that have one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// Members with a score (those without one are left out, not counted as 0).
    pub count: usize,
    pub min: f64,
    /// First quartile (25 %).
    pub q1: f64,
    pub median: f64,
    /// Third quartile (75 %).
    pub q3: f64,
    pub max: f64,
}

impl Spread {
    /// `None` when no value is given (or none is a finite number).
    pub fn of(values: impl IntoIterator<Item = f64>) -> Option<Spread> {
        let mut sorted: Vec<f64> = values.into_iter().filter(|v| v.is_finite()).collect();
        if sorted.is_empty() {
            return None;
        }
        sort_by(&mut sorted, f64::total_cmp);
        Some(Spread {
            count: sorted.len(),
            min: sorted[0],
            q1: quantile(&sorted, 0.25),
            median: quantile(&sorted, 0.5),
            q3: quantile(&sorted, 0.75),
            max: sorted[sorted.len() - 1],
        })
    }

    pub fn interquartile_range(&self) -> f64 {
        self.q3 - self.q1
    }
}

/// The p-quantile of sorted, non-empty values, interpolated as KWARTIEL.INC.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let position = (sorted.len() - 1) as f64 * p;
    let below = position.floor() as usize;
    let above = (below + 1).min(sorted.len() - 1);
    let fraction = position - below as f64;
    let (low, high) = (sorted[below], sorted[above]);
    // Clamped: rounding must never put a quantile outside the two values it lies between.
    (low + (high - low) * fraction).clamp(low, high)
}
