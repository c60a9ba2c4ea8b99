//! Small reusable view pieces.

pub mod abandon_interview;
pub mod answer_recorder;
pub mod charts;
pub mod form_error;
pub mod goal_form;
pub mod interview_question;
pub mod key_point_list;
pub mod not_found;
pub mod progress_controls;
pub mod question_filters;
pub mod question_meta;
pub mod question_row;
pub mod recording_list;
pub mod report_tables;
pub mod retention_setting;
pub mod round_plan_editor;
pub mod round_timer;
pub mod rubric_form;
pub mod score_chart;
pub mod shortcuts;
pub mod site_header;
pub mod spoken_answers;
pub mod storage_banner;
pub mod storage_problems;
pub mod today_summary;
