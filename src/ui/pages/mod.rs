pub mod not_found;
pub mod questionnaire_page;
pub mod start_page;
