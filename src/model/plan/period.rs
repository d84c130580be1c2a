//! When an action is planned: a quarter ("2027 K1") or a whole year ("2027"). Stored as
//! `"2027-K1"` or `"2027"`, ordered in time with a year before its own quarters, so a roadmap
//! lists "2027", "2027 K1" … "2027 K4", "2028".

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: u16,
    /// 1–4, or `None` for the whole year.
    pub quarter: Option<u8>,
}

/// Years a plan can be made for: a plan for before 2000 or after 2100 is a typing error.
const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

impl Period {
    pub fn year(year: u16) -> Option<Period> {
        YEARS.contains(&year).then_some(Period { year, quarter: None })
    }

    pub fn quarter(year: u16, quarter: u8) -> Option<Period> {
        (YEARS.contains(&year) && (1..=4).contains(&quarter)).then_some(Period { year, quarter: Some(quarter) })
    }

    /// The stored form: `2027-K1` or `2027`. Also the value of a form's `<option>`.
    pub fn key(&self) -> String {
        match self.quarter {
            Some(q) => format!("{}-K{q}", self.year),
            None => self.year.to_string(),
        }
    }

    /// Reads the stored form, and what people type: `2027 K1`, `2027-k1`, `K1 2027`, `2027`.
    pub fn parse(text: &str) -> Option<Period> {
        let cleaned = text.trim().to_uppercase().replace(['-', ' '], "");
        if let Ok(year) = cleaned.parse::<u16>() {
            return Period::year(year);
        }
        let (year, quarter) = match cleaned.split_once('K') {
            Some(("", rest)) if rest.len() == 5 => (&rest[1..], &rest[..1]),
            Some((year, quarter)) => (year, quarter),
            None => return None,
        };
        Period::quarter(year.parse().ok()?, quarter.parse().ok()?)
    }

    /// The periods a plan made in `this_year` offers: this year and the next three, each as a
    /// whole year and per quarter.
    pub fn choices(this_year: u16) -> Vec<Period> {
        (this_year..this_year.saturating_add(4))
            .filter_map(Period::year)
            .flat_map(|year| std::iter::once(year).chain((1..=4).filter_map(move |q| Period::quarter(year.year, q))))
            .collect()
    }
}

impl fmt::Display for Period {
    /// "2027 K1" or "2027", as the plan shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.quarter {
            Some(q) => write!(f, "{} K{q}", self.year),
            None => write!(f, "{}", self.year),
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
            serde::de::Error::custom(format!("`{text}` is geen periode (verwacht zoals 2027-K1 of 2027)"))
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
        assert_eq!(Period::parse("2027"), Period::year(2027));
        for bad in ["", "2027 K5", "2027 K0", "K 2027", "1999", "2101-K1", "volgend jaar", "2027-Q1"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        let mut periods =
            [Period::quarter(2028, 1).unwrap(), q1, Period::year(2027).unwrap(), Period::year(2028).unwrap()];
        periods.sort();
        let labels: Vec<String> = periods.iter().map(ToString::to_string).collect();
        assert_eq!(labels, ["2027", "2027 K1", "2028", "2028 K1"]);
        assert_eq!(Period::choices(2026).len(), 20);
        assert_eq!(Period::choices(2026)[1].key(), "2026-K1");
    }
}
