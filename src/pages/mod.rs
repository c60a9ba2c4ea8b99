//! One file per route.

pub mod browse;
pub mod companies;
pub mod company;
pub mod dashboard;
pub mod data;
pub mod home;
pub mod interview_history;
pub mod interview_report;
pub mod interview_run;
pub mod interview_setup;
pub mod lists;
pub mod own_question;
pub mod plan;
pub mod question;
pub mod tips;
pub mod today;
