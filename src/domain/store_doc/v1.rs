//! Schema version 1: the first stored format. Per question only `status`, `bookmarked`,
//! `notes` and `updated_at` (epoch ms); no ratings and no review schedule.
//!
//! ```json
//! { "schema_version": 1,
//!   "progress": { "bias-variance": { "status": "practicing", "bookmarked": true,
//!                                    "notes": "...", "updated_at": 1700000000000 } } }
//! ```

use crate::domain::progress::{QuestionProgress, Status};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct EntryV1 {
    pub status: Status,
    pub bookmarked: bool,
    pub notes: String,
    pub updated_at: i64,
}

impl From<EntryV1> for QuestionProgress {
    /// Keeps status, bookmark and notes; `updated_at` becomes `modified_ms`.
    fn from(v1: EntryV1) -> Self {
        QuestionProgress {
            status: v1.status,
            bookmarked: v1.bookmarked,
            notes: v1.notes,
            ratings: Vec::new(),
            review: None,
            modified_ms: v1.updated_at,
        }
    }
}
