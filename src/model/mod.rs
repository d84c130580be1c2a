//! The pure model: no browser, no Leptos. Everything the app decides (what a valid questionnaire
//! is, which questions show, what a score is, what is saved) lives here and is tested natively.

pub mod answers;
pub mod assessment;
pub mod cases;
pub mod catalog;
pub mod compare;
pub mod condition;
pub mod document;
pub mod export;
pub mod figures;
pub mod freshness;
pub mod import;
pub mod library;
pub mod load;
pub mod markdown;
pub mod merge;
pub mod migrate;
pub mod overview;
pub mod plan;
pub mod prepared;
pub mod problem;
pub mod questionnaire;
pub mod recommendations;
pub mod reconcile;
pub mod region;
pub mod route;
pub mod scoring;
mod shape;
pub mod sorted;
pub mod summary;
pub mod text;
pub mod text_file;
pub mod validate;
mod yaml_errors;
mod yaml_path;

pub use answers::{Answer, AnswerState, AnswerValue, Answers};
pub use assessment::Assessment;
pub use load::load_questionnaire;
pub use problem::Problem;
pub use questionnaire::Questionnaire;
pub use scoring::{score, ScoreReport};
