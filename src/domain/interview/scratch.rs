//! What the user writes and ticks around a question, outside the clock: the scratchpad
//! and the key-point count. Neither takes `now_ms`: neither moves a timer.

use super::{Action, Interview, InterviewError, Outcome};

impl Interview {
    /// Replaces the scratchpad of the question being answered, paused on or scored.
    pub fn set_scratchpad(&mut self, text: &str) -> Result<(), InterviewError> {
        let Some((round, question)) = self.state.question_position() else {
            return Err(InterviewError::NotAllowed {
                action: Action::EditScratchpad,
                phase: self.phase(),
            });
        };
        let q = self.question_mut(round, question)?;
        q.scratchpad = text.to_string();
        Ok(())
    }

    /// Sets how many key points each question has, from `total(id)`, for every question not
    /// scored yet. The app builds interviews from a catalog without key points (they load
    /// later), so it calls this once they are known. Scored questions keep the count their
    /// score was checked against; `None` leaves a question as it is. Returns true if
    /// anything changed.
    pub fn fill_key_point_totals(&mut self, total: &dyn Fn(&str) -> Option<usize>) -> bool {
        let mut changed = false;
        for q in self.rounds.iter_mut().flat_map(|r| r.questions.iter_mut()) {
            if q.score.is_some() || q.outcome == Outcome::Skipped {
                continue;
            }
            if let Some(n) = total(&q.id).filter(|n| *n != q.key_points_total) {
                q.key_points_total = n;
                changed = true;
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::super::timer_tests::interview;
    use super::super::*;

    const T0: i64 = 1_750_000_000_000;
    const MIN: i64 = 60_000;

    fn reload(iv: &Interview) -> Interview {
        Interview::from_json(&iv.to_json().unwrap()).unwrap()
    }

    #[test]
    fn scratchpad_belongs_to_the_question_and_survives_a_reload() {
        let mut iv = interview();
        assert_eq!(
            iv.set_scratchpad("too early"),
            Err(InterviewError::NotAllowed {
                action: Action::EditScratchpad,
                phase: Phase::Setup
            })
        );
        iv.start(T0).unwrap();
        iv.set_scratchpad("L2 shrinks weights; L1 zeroes some")
            .unwrap();
        iv.pause(T0 + MIN).unwrap();
        iv.set_scratchpad("edited while paused").unwrap();
        let mut back = reload(&iv);
        assert_eq!(back, iv);
        assert_eq!(
            back.current_question().map(|q| q.scratchpad.as_str()),
            Some("edited while paused")
        );
        // Writing moves no clock.
        assert_eq!(back.remaining_ms(T0 + 10 * MIN), Some(44 * MIN));
        back.resume(T0 + 2 * MIN).unwrap();
        back.skip(T0 + 3 * MIN).unwrap();
        assert_eq!(
            back.current_question().map(|q| q.scratchpad.as_str()),
            Some("")
        );
        assert_eq!(
            back.rounds[0].questions[0].scratchpad,
            "edited while paused"
        );
    }

    #[test]
    fn documents_without_scratchpad_or_options_still_load() {
        let mut iv = interview();
        iv.start(T0).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&iv.to_json().unwrap()).unwrap();
        value.as_object_mut().unwrap().remove("options");
        for r in value["rounds"].as_array_mut().unwrap() {
            for q in r["questions"].as_array_mut().unwrap() {
                q.as_object_mut().unwrap().remove("scratchpad");
            }
        }
        let old = Interview::from_json(&value.to_string()).unwrap();
        assert_eq!(old, iv);
        assert_eq!(old.options, InterviewOptions::default());
        assert!(!old.options.sound && !old.options.hide_difficulty);
        // An empty scratchpad is not written at all.
        assert!(!iv.to_json().unwrap().contains("scratchpad"));
    }

    #[test]
    fn options_round_trip() {
        let mut iv = interview();
        iv.options = InterviewOptions {
            hide_difficulty: true,
            sound: true,
            record: true,
            read_aloud: true,
            voice: "Daniel".into(),
            voice_rate_pct: 120,
        };
        assert_eq!(reload(&iv).options, iv.options);
    }

    #[test]
    fn key_point_totals_fill_unscored_questions_only() {
        let mut iv = interview();
        for q in iv.rounds.iter_mut().flat_map(|r| r.questions.iter_mut()) {
            q.key_points_total = 0;
        }
        let first = iv.rounds[0].questions[0].id.clone();
        iv.start(T0).unwrap();
        iv.finish_question(T0 + MIN).unwrap();
        let score = QuestionScore {
            dimensions: vec![3; 3],
            key_points_ticked: 0,
        };
        iv.score_question(score, T0 + MIN).unwrap();
        assert!(iv.fill_key_point_totals(&|_| Some(4)));
        assert_eq!(
            iv.rounds[0].questions[0].key_points_total, 0,
            "{first} was scored"
        );
        assert_eq!(iv.rounds[0].questions[1].key_points_total, 4);
        assert_eq!(iv.rounds[1].questions[0].key_points_total, 4);
        assert!(
            !iv.fill_key_point_totals(&|_| Some(4)),
            "nothing left to change"
        );
        assert!(!iv.fill_key_point_totals(&|_| None));
        // Now four key points can be ticked on the question in hand.
        iv.finish_question(T0 + 2 * MIN).unwrap();
        let score = QuestionScore {
            dimensions: vec![3; 3],
            key_points_ticked: 4,
        };
        assert_eq!(iv.score_question(score, T0 + 2 * MIN), Ok(()));
    }
}
