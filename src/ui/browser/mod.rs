//! Small wrappers around the browser's own APIs, one concern per file. Components call these
//! instead of `web_sys` directly, so each browser quirk is handled in one place.

pub mod clock;
pub mod downloads;
pub mod files;
pub mod focus;
pub mod ids;
pub mod page;
pub mod random;
pub mod timing;
