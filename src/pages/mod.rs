//! One file per route.

pub mod browse;
pub mod companies;
pub mod company;
pub mod home;
pub mod not_found;
pub mod question;
pub mod tips;
