//! What the plan says about itself: why it exists and what the municipality wants to reach (the
//! summary), and for whom, from when, which version and by whom. Shown on the title page of the
//! documents and stored with the evaluation.

use serde::{Deserialize, Serialize};

use crate::model::text::single_line;

/// Who the plan is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// The college van burgemeester en wethouders.
    #[serde(rename = "college")]
    Executive,
    /// The gemeenteraad.
    #[serde(rename = "raad")]
    Council,
    #[serde(rename = "intern")]
    Internal,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Executive, Audience::Council, Audience::Internal];

    /// As a title page says it: "Voor: het college van burgemeester en wethouders".
    pub fn label(self) -> &'static str {
        match self {
            Audience::Executive => "het college van burgemeester en wethouders",
            Audience::Council => "de gemeenteraad",
            Audience::Internal => "intern gebruik",
        }
    }

    /// The word for a form's `<option value>`: the same as stored.
    pub fn key(self) -> &'static str {
        match self {
            Audience::Executive => "college",
            Audience::Council => "raad",
            Audience::Internal => "intern",
        }
    }

    pub fn from_key(key: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The plan's own texts and facts. Every field is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanDetails {
    /// Why this plan, and what the municipality wants to reach with it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// The plan's date as `YYYY-MM-DD`; empty means the day it is downloaded.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
}

/// Longer one-line facts (version, author) are a mistake, and would not fit a title page.
pub const MAX_DETAIL_CHARS: usize = 120;

impl PlanDetails {
    pub fn is_empty(&self) -> bool {
        *self == PlanDetails::default()
    }

    /// A version or author as typed: on one line, at most [`MAX_DETAIL_CHARS`] characters.
    pub fn clean_line(input: &str) -> Result<String, String> {
        let line = single_line(input);
        if line.chars().count() > MAX_DETAIL_CHARS {
            return Err(format!("Dit is te lang; gebruik hoogstens {MAX_DETAIL_CHARS} tekens."));
        }
        Ok(line)
    }

    /// The date the plan carries: its own, or else `today` (both `YYYY-MM-DD`).
    pub fn date_or<'a>(&'a self, today: &'a str) -> &'a str {
        if self.date.is_empty() {
            today
        } else {
            &self.date
        }
    }
}
