//! The app's components, one concern per file.
//!
//! The vocabulary every form and page is built from: [`form_field::FormField`] (label,
//! description, error) around a [`text_input::TextInput`], [`text_area::TextArea`] or
//! [`select::Select`]; [`radio::Radio`] and [`checkbox::Checkbox`] for choices;
//! [`data_table::DataTable`] for tables; [`alert::Alert`] for messages; and small pieces such as
//! [`page_heading::PageHeading`], [`skip_link::SkipLink`], [`print_button::PrintButton`] and [`confirm_inline::ConfirmInline`].
//! The other files are the app's own parts: a question, a section, the scores, the plan.

pub mod alert;
pub mod answer_review;
pub mod case_form;
pub mod case_overview;
pub mod checkbox;
pub mod confirm_inline;
pub mod data_table;
pub mod drop_zone;
pub mod file_chooser;
pub mod form_field;
pub mod heat_map;
pub mod lazy_page;
mod live_text;
pub mod merge_notice;
pub mod multi_file_chooser;
pub mod national_figures;
pub mod opened;
pub mod page_heading;
pub mod plan;
pub mod print_button;
pub mod printed_heading;
pub mod problem_list;
pub mod progress;
pub mod question_field;
pub mod radio;
pub mod region_plan;
pub mod rename_form;
pub mod results;
pub mod rich_text;
pub mod save_status;
pub mod score_chart;
pub mod score_summary;
pub mod section_form;
pub mod select;
pub mod skip_link;
pub mod source_item;
pub mod storage_notice;
pub mod text_area;
pub mod text_input;
pub mod unreadable_data;
pub mod upgrade_notice;
