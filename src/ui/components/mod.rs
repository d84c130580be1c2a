pub mod problem_list;
pub mod question_field;
pub mod save_status;
pub mod score_summary;
