//! ML Interview Prep: an offline-first practice app for machine-learning interviews.

pub mod domain;
