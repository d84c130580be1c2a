//! The regional overview ("Regio-overzicht"): the evaluations of several municipalities of one
//! region, read from their export files and shown side by side. It is stored apart from the
//! user's own evaluations and never changes them.
//!
//! - [`stored`]: the stored document ([`Region`], [`Member`]);
//! - [`import`]: reading a batch of files, refusals and same-municipality conflicts;
//! - [`identity`]: when two evaluations are about the same municipality;
//! - [`versions`]: answers given with another questionnaire version;
//! - [`overview`]: scores, levels, coverage, median and spread, heat map;
//! - [`statistics`]: median and quartiles;
//! - [`distribution`]: the answers per question;
//! - [`improvements`]: common improvement points and the regional plan;
//! - [`anonymous`]: the form without names ("Anoniem delen");
//! - [`labels`]: what the overview says in words (median, spread, counts, colour steps).

pub mod anonymous;
pub mod distribution;
pub mod export;
pub mod identity;
pub mod import;
pub mod improvements;
pub mod labels;
pub mod overview;
pub mod statistics;
pub mod stored;
pub mod versions;

pub use anonymous::anonymise;
pub use import::{Conflict, FileOutcome, FileResult, ImportReport, Resolution};
pub use improvements::{common_improvements, region_plan_rows, CommonImprovement};
pub use overview::{region_overview, region_view, RegionOverview};
pub use statistics::Spread;
pub use stored::{Member, Region};
