//! Small reusable view pieces.

pub mod key_point_list;
pub mod question_filters;
pub mod question_meta;
pub mod question_row;
pub mod shortcuts;
pub mod site_header;
pub mod storage_banner;
