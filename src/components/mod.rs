//! Small reusable view pieces.

pub mod charts;
pub mod key_point_list;
pub mod progress_controls;
pub mod question_filters;
pub mod question_meta;
pub mod question_row;
pub mod shortcuts;
pub mod site_header;
pub mod storage_banner;
