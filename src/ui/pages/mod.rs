//! One module per page of the app (see `model::route` for their addresses).

pub mod about_page;
pub mod assessment_page;
pub mod new_assessment_page;
pub mod not_found;
pub mod region;
pub mod regions;
pub mod start;
