//! One file per route.

pub mod browse;
pub mod companies;
pub mod company;
pub mod dashboard;
pub mod data;
pub mod home;
pub mod not_found;
pub mod question;
pub mod review;
pub mod tips;
