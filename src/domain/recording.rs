//! A recorded spoken answer's description, kept beside its audio: which question, when, how
//! long, and, for a mock interview, which interview and round. The audio itself is stored in
//! chunks as it is recorded, so a reload keeps what was said so far.

use crate::domain::speech::Figures;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recording {
    pub id: String,
    /// The question's id (the catalog's).
    pub question: String,
    pub started_ms: f64,
    /// How long the audio is; while recording, up to the last saved chunk.
    pub duration_ms: u32,
    /// The audio's MIME type as the recorder made it (for example `audio/webm;codecs=opus`).
    pub mime: String,
    /// Bytes of audio saved so far.
    pub bytes: u64,
    /// `false` while recording (and for one a reload or crash interrupted, until the app
    /// finds it and marks it `interrupted`).
    pub finished: bool,
    /// Ended by a reload or crash rather than by Stop: the audio is what was saved before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interrupted: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<InterviewPart>,
    /// Computed from the audio once it is complete (or found interrupted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<Figures>,
    /// What was said, where the browser can recognise speech on the device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}

/// Where in a mock interview a recording was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewPart {
    pub interview: String,
    pub round: usize,
}

impl Recording {
    pub fn new(id: String, question: String, started_ms: f64, mime: String) -> Recording {
        Recording {
            id,
            question,
            started_ms,
            duration_ms: 0,
            mime,
            bytes: 0,
            finished: false,
            interrupted: false,
            interview: None,
            figures: None,
            transcript: None,
        }
    }

    pub fn to_json(&self) -> String {
        // A struct of strings and numbers always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Result<Recording, String> {
        serde_json::from_str(text)
            .map_err(|e| format!("a recording's description is damaged ({e})"))
    }

    /// The file name a download gets: the question and the local date and time.
    pub fn file_name(&self, local_stamp: &str) -> String {
        let ext = if self.mime.contains("ogg") {
            "ogg"
        } else if self.mime.contains("mp4") {
            "m4a"
        } else {
            "webm"
        };
        format!("answer-{}-{}.{}", self.question, local_stamp, ext)
    }
}

/// A recording id from its start time and a random number: `r` + both in base 36.
pub fn new_id(started_ms: f64, random: u32) -> String {
    format!(
        "r{}{}",
        base36(started_ms.max(0.0) as u64),
        base36(random as u64)
    )
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Recordings newest first.
pub fn newest_first(list: &mut [Recording]) {
    list.sort_by(|a, b| b.started_ms.total_cmp(&a.started_ms));
}
