//! When an action is planned: a whole year ("2027"), a half year ("2027 H1") or a quarter
//! ("2027 K1"). Stored as `"2027"`, `"2027-H1"` or `"2027-K1"`, ordered in time, a longer period
//! before the shorter ones that start with it, so a roadmap lists "2027", "2027 H1", "2027 K1",
//! "2027 K2", "2027 H2", "2027 K3", "2027 K4", "2028".

use std::cmp::{Ordering, Reverse};
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    // Private: a period is made only by the checked constructors, so `Half(0)` cannot exist.
    year: u16,
    part: PartOfYear,
}

/// Which part of its year a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfYear {
    Whole,
    /// 1 or 2.
    Half(u8),
    /// 1–4.
    Quarter(u8),
}

impl PartOfYear {
    /// The quarters it spans, first and last (1–4).
    fn quarters(self) -> (u8, u8) {
        match self {
            PartOfYear::Whole => (1, 4),
            PartOfYear::Half(h) => (2 * h - 1, 2 * h),
            PartOfYear::Quarter(q) => (q, q),
        }
    }
}

/// Years a plan can be made for: a plan for before 2000 or after 2100 is a typing error.
const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

impl Period {
    pub fn year(year: u16) -> Option<Period> {
        YEARS.contains(&year).then_some(Period { year, part: PartOfYear::Whole })
    }

    pub fn half(year: u16, half: u8) -> Option<Period> {
        (YEARS.contains(&year) && (1..=2).contains(&half)).then_some(Period { year, part: PartOfYear::Half(half) })
    }

    pub fn quarter(year: u16, quarter: u8) -> Option<Period> {
        (YEARS.contains(&year) && (1..=4).contains(&quarter))
            .then_some(Period { year, part: PartOfYear::Quarter(quarter) })
    }

    /// The stored form: `2027`, `2027-H1` or `2027-K1`. Also the value of a form's `<option>`.
    pub fn key(&self) -> String {
        match self.part {
            PartOfYear::Whole => self.year.to_string(),
            PartOfYear::Half(h) => format!("{}-H{h}", self.year),
            PartOfYear::Quarter(q) => format!("{}-K{q}", self.year),
        }
    }

    /// Reads the stored form, and what people type: `2027 K1`, `2027-k1`, `K1 2027`, `2027 H2`,
    /// `2027`.
    pub fn parse(text: &str) -> Option<Period> {
        let cleaned = text.trim().to_uppercase().replace(['-', ' '], "");
        // Only digits, K and H make a period; this also keeps the slicing below on characters.
        if !cleaned.is_ascii() {
            return None;
        }
        if let Ok(year) = cleaned.parse::<u16>() {
            return Period::year(year);
        }
        let letter = if cleaned.contains('K') { 'K' } else { 'H' };
        let (year, number) = match cleaned.split_once(letter) {
            Some(("", rest)) if rest.len() == 5 => (&rest[1..], &rest[..1]),
            Some((year, number)) => (year, number),
            None => return None,
        };
        let (year, number) = (year.parse().ok()?, number.parse().ok()?);
        if letter == 'K' {
            Period::quarter(year, number)
        } else {
            Period::half(year, number)
        }
    }

    /// The periods a plan offers on `today` (`YYYY-MM-DD`): from the one running now through
    /// three more years, each year whole, per half and per quarter; a period that is over is not
    /// offered (a stored one stays shown where it is used).
    pub fn choices(today: &str) -> Vec<Period> {
        let this_year: u16 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
        let this_quarter =
            today.get(5..7).and_then(|m| m.parse::<u8>().ok()).map_or(1, |month| month.clamp(1, 12).div_ceil(3));
        let parts = [
            PartOfYear::Whole,
            PartOfYear::Half(1),
            PartOfYear::Quarter(1),
            PartOfYear::Quarter(2),
            PartOfYear::Half(2),
            PartOfYear::Quarter(3),
            PartOfYear::Quarter(4),
        ];
        (this_year..this_year.saturating_add(4))
            .filter(|year| YEARS.contains(year))
            .flat_map(|year| parts.into_iter().map(move |part| Period { year, part }))
            .filter(|p| p.year > this_year || p.part.quarters().1 >= this_quarter)
            .collect()
    }

    /// The day it starts, as `YYYY-MM-DD`.
    pub fn first_day(&self) -> String {
        let first_month = (self.part.quarters().0 - 1) * 3 + 1;
        format!("{}-{first_month:02}-01", self.year)
    }

    /// As a list of choices and a roadmap name it: "2027 (heel het jaar)", "2027 H1 (eerste
    /// halfjaar)", "2027 K1".
    pub fn long_label(&self) -> String {
        match self.part {
            PartOfYear::Whole => format!("{self} (heel het jaar)"),
            PartOfYear::Half(1) => format!("{self} (eerste halfjaar)"),
            PartOfYear::Half(_) => format!("{self} (tweede halfjaar)"),
            PartOfYear::Quarter(_) => self.to_string(),
        }
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        let order = |p: &Period| {
            let (first, last) = p.part.quarters();
            (p.year, first, Reverse(last))
        };
        order(self).cmp(&order(other))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    /// "2027", "2027 H1" or "2027 K1", as the plan shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.part {
            PartOfYear::Whole => write!(f, "{}", self.year),
            PartOfYear::Half(h) => write!(f, "{} H{h}", self.year),
            PartOfYear::Quarter(q) => write!(f, "{} K{q}", self.year),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key())
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is geen periode (verwacht zoals 2027-K1, 2027-H1 of 2027)"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Period;

    #[test]
    fn periods_read_as_people_type_them_and_order_in_time() {
        let q1 = Period::quarter(2027, 1).unwrap();
        for text in ["2027-K1", "2027 K1", "2027 k1", " K1 2027 ", "2027K1"] {
            assert_eq!(Period::parse(text), Some(q1), "{text}");
        }
        let h2 = Period::half(2027, 2).unwrap();
        for text in ["2027-H2", "2027 h2", "H2 2027"] {
            assert_eq!(Period::parse(text), Some(h2), "{text}");
        }
        assert_eq!(Period::parse("2027"), Period::year(2027));
        for bad in
            ["", "2027 K5", "2027 K0", "2027 H3", "2027 H0", "K 2027", "1999", "2101-K1", "volgend jaar", "2027-Q1"]
        {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        // Five bytes after the letter, but not five characters: refused, not a panic.
        for bad in ["Hé202", "Kü202", "K€2027", "2027 K½"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        for period in Period::choices("2027-01-01") {
            assert_eq!(Period::parse(&period.key()), Some(period), "{period}");
        }
        let mut periods = [
            Period::quarter(2028, 1).unwrap(),
            Period::quarter(2027, 3).unwrap(),
            h2,
            q1,
            Period::half(2027, 1).unwrap(),
            Period::quarter(2027, 2).unwrap(),
            Period::year(2027).unwrap(),
            Period::year(2028).unwrap(),
        ];
        periods.sort();
        let labels: Vec<String> = periods.iter().map(ToString::to_string).collect();
        assert_eq!(labels, ["2027", "2027 H1", "2027 K1", "2027 K2", "2027 H2", "2027 K3", "2028", "2028 K1"]);
    }

    #[test]
    fn the_choices_start_with_the_period_running_now() {
        let keys = |today: &str| Period::choices(today).iter().map(Period::key).collect::<Vec<_>>();
        let january = keys("2026-01-15");
        assert_eq!(january.len(), 28, "four years of seven periods");
        assert_eq!(january[..4], ["2026", "2026-H1", "2026-K1", "2026-K2"]);
        // In December only what still runs: the year, its second half and its last quarter.
        let december = keys("2026-12-02");
        assert_eq!(december[..4], ["2026", "2026-H2", "2026-K4", "2027"]);
        assert_eq!(december.last().map(String::as_str), Some("2029-K4"));
        assert_eq!(keys("2026-05-31")[..4], ["2026", "2026-H1", "2026-K2", "2026-H2"]);
        assert_eq!(Period::half(2027, 1).unwrap().long_label(), "2027 H1 (eerste halfjaar)");
        assert_eq!(Period::year(2027).unwrap().long_label(), "2027 (heel het jaar)");
        assert_eq!(Period::half(2027, 2).unwrap().first_day(), "2027-07-01");
        assert_eq!(Period::quarter(2027, 4).unwrap().first_day(), "2027-10-01");
        assert_eq!(Period::year(2027).unwrap().first_day(), "2027-01-01");
    }
}
