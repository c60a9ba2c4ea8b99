//! Speaking figures for a recorded answer, computed from its audio on the device: how long
//! it is, how much of it is speech, the longest pause, and its length against a target for
//! the kind of question. The audio arrives as loudness levels, one per [`FRAME_MS`].

use crate::domain::plan::Kind;
use serde::{Deserialize, Serialize};

/// The length of one loudness frame.
pub const FRAME_MS: u32 = 20;

/// A silence shorter than this between two stretches of speech is part of the speech (the gap
/// between words); a longer one is a pause.
pub const MIN_PAUSE_MS: u32 = 300;

/// No frame quieter than this counts as speech, whatever the recording's own range (RMS of
/// samples in -1..1; about -46 dBFS).
const QUIETEST_SPEECH: f32 = 0.005;

/// The root mean square of each [`FRAME_MS`] of `samples` (mono, -1..1) at `sample_rate` Hz.
/// A last partial frame counts if it is at least half a frame long.
pub fn frame_levels(samples: &[f32], sample_rate: f32) -> Vec<f32> {
    let per_frame = ((sample_rate * FRAME_MS as f32) / 1000.0).round().max(1.0) as usize;
    samples
        .chunks(per_frame)
        .filter(|c| c.len() * 2 >= per_frame)
        .map(|c| (c.iter().map(|s| s * s).sum::<f32>() / c.len() as f32).sqrt())
        .collect()
}

/// What the levels of one answer say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub duration_ms: u32,
    pub speaking_ms: u32,
    pub silent_ms: u32,
    /// The longest silence between two stretches of speech (silence before the first word
    /// or after the last is not a pause).
    pub longest_pause_ms: u32,
}

/// The speaking figures of an answer whose loudness is `levels` (one per [`FRAME_MS`]).
///
/// A frame is speech when it is louder than a threshold set between the recording's quiet
/// floor (its 10th percentile) and its loud level (95th percentile), so a noisy room and a
/// quiet microphone both work; a recording with nothing louder than a whisper is all silence.
pub fn figures(levels: &[f32]) -> Figures {
    let duration_ms = levels.len() as u32 * FRAME_MS;
    let mut speech: Vec<bool> = match threshold(levels) {
        Some(t) => levels.iter().map(|&l| l >= t).collect(),
        None => vec![false; levels.len()],
    };
    // Gaps between words are speech.
    let min_gap = MIN_PAUSE_MS.div_ceil(FRAME_MS) as usize;
    let mut longest_pause = 0usize;
    let first = speech.iter().position(|&s| s);
    let last = speech.iter().rposition(|&s| s);
    if let (Some(first), Some(last)) = (first, last) {
        let mut i = first;
        while i < last {
            if speech[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < last && !speech[i] {
                i += 1;
            }
            let len = i - start;
            if len < min_gap {
                speech[start..i].iter_mut().for_each(|s| *s = true);
            } else {
                longest_pause = longest_pause.max(len);
            }
        }
    }
    let speaking_ms = speech.iter().filter(|&&s| s).count() as u32 * FRAME_MS;
    Figures {
        duration_ms,
        speaking_ms,
        silent_ms: duration_ms - speaking_ms,
        longest_pause_ms: longest_pause as u32 * FRAME_MS,
    }
}

fn threshold(levels: &[f32]) -> Option<f32> {
    if levels.is_empty() {
        return None;
    }
    let mut sorted: Vec<f32> = levels.iter().copied().filter(|l| l.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f32::total_cmp);
    let at = |p: f32| sorted[((sorted.len() - 1) as f32 * p).round() as usize];
    let (floor, loud) = (at(0.10), at(0.95));
    if loud < QUIETEST_SPEECH * 2.0 {
        return None;
    }
    Some((floor + (loud - floor) * 0.2).max(QUIETEST_SPEECH))
}

/// How long a spoken answer to a kind of question should take, in whole minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub min_minutes: u32,
    pub max_minutes: u32,
}

/// The target length of a spoken answer: a concept explained in 2–4 minutes, a STAR story in
/// 2–3, the approach to a coding problem talked through in 1–3, a design overview in 5–10.
pub fn target(kind: Kind) -> Target {
    let (min_minutes, max_minutes) = match kind {
        Kind::Concept => (2, 4),
        Kind::Behavioral => (2, 3),
        Kind::Coding => (1, 3),
        Kind::Design => (5, 10),
    };
    Target {
        min_minutes,
        max_minutes,
    }
}

/// An answer's length against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    Short,
    Within,
    Long,
}

pub fn judge(duration_ms: u32, t: Target) -> Length {
    if duration_ms < t.min_minutes * 60_000 {
        Length::Short
    } else if duration_ms > t.max_minutes * 60_000 {
        Length::Long
    } else {
        Length::Within
    }
}

/// "2:05" for 125,000 ms (whole seconds, rounded down).
pub fn clock(ms: u32) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// A stretch of time as people say it: "0.6 s" under ten seconds, "12 s" under a minute,
/// "2:05" beyond.
pub fn span(ms: u32) -> String {
    if ms < 10_000 {
        let tenths = ms / 100;
        format!("{}.{} s", tenths / 10, tenths % 10)
    } else if ms < 60_000 {
        format!("{} s", ms / 1000)
    } else {
        clock(ms)
    }
}

/// One sentence for the figures: "1:10 long: short of the 2–4 min target for a concept
/// question. Speaking 58 s, silent 12 s; longest pause 4.0 s."
pub fn summary(f: &Figures, kind: Kind) -> String {
    let t = target(kind);
    let verdict = match judge(f.duration_ms, t) {
        Length::Short => "short of",
        Length::Within => "within",
        Length::Long => "over",
    };
    let pause = if f.longest_pause_ms == 0 {
        "no pause".to_string()
    } else {
        format!("longest pause {}", span(f.longest_pause_ms))
    };
    format!(
        "{} long: {} the {}–{} min target for a {} question. Speaking {}, silent {}; {}.",
        clock(f.duration_ms),
        verdict,
        t.min_minutes,
        t.max_minutes,
        kind.label(),
        span(f.speaking_ms),
        span(f.silent_ms),
        pause
    )
}
