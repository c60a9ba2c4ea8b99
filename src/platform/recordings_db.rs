//! Recorded answers on the device, in IndexedDB (audio is binary and large, so not
//! localStorage), through the `idb` crate. Database `mlip-recordings`, version 1:
//! - `recordings`: each recording's description ([`Recording`] as JSON text), keyed by its id;
//! - `chunks`: the audio as the recorder delivered it, one blob per chunk, keyed by
//!   `[recording id, sequence number]`, so the chunks of one recording read back in order.
//!
//! A chunk and the description it updates are written in one transaction: after a reload or
//! a crash, the description says how much audio there is.

use crate::domain::recording::Recording;
use idb::{DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

const NAME: &str = "mlip-recordings";
const RECORDINGS: &str = "recordings";
const CHUNKS: &str = "chunks";

/// An open connection.
pub struct RecordingsDb {
    db: idb::Database,
}

/// What went wrong, as a sentence for the user.
fn explain(e: idb::Error) -> String {
    let name = match &e {
        idb::Error::DomException(d) => d.name(),
        _ => String::new(),
    };
    // A request refused at once carries the browser's exception inside another variant.
    if name == "QuotaExceededError" || e.to_string().contains("QuotaExceededError") {
        "the device's storage is full (delete old recordings on the Data page, or free space)"
            .to_string()
    } else {
        format!("the browser's database refused it ({e})")
    }
}

impl RecordingsDb {
    /// Opens (and on first use creates) the database. Fails in browsers or modes without
    /// IndexedDB (some private windows) and when storage is disabled.
    pub async fn open() -> Result<RecordingsDb, String> {
        let unavailable = |e: idb::Error| {
            format!(
                "this browser does not let the app store recordings (private browsing or storage \
                 turned off?): {e}"
            )
        };
        let factory = Factory::new().map_err(unavailable)?;
        let mut request = factory.open(NAME, Some(1)).map_err(unavailable)?;
        request.on_upgrade_needed(|event| {
            // A failure here aborts the upgrade, and the open below reports it.
            if let Ok(db) = event.database() {
                let names = db.store_names();
                for store in [RECORDINGS, CHUNKS] {
                    if !names.iter().any(|n| n == store) {
                        let _ = db.create_object_store(store, ObjectStoreParams::new());
                    }
                }
            }
        });
        let db = request.await.map_err(unavailable)?;
        Ok(RecordingsDb { db })
    }

    /// Every recording's description; damaged ones are left out and counted.
    pub async fn list(&self) -> Result<(Vec<Recording>, usize), String> {
        let tx = self
            .db
            .transaction(&[RECORDINGS], TransactionMode::ReadOnly)
            .map_err(explain)?;
        let store = tx.object_store(RECORDINGS).map_err(explain)?;
        let values = store
            .get_all(None, None)
            .map_err(explain)?
            .await
            .map_err(explain)?;
        let mut damaged = 0;
        let list = values
            .into_iter()
            .filter_map(|v| {
                let r = v.as_string().map(|t| Recording::from_json(&t));
                if !matches!(r, Some(Ok(_))) {
                    damaged += 1;
                }
                r.and_then(Result::ok)
            })
            .collect();
        Ok((list, damaged))
    }

    /// Saves a description.
    pub async fn put(&self, rec: &Recording) -> Result<(), String> {
        let tx = self
            .db
            .transaction(&[RECORDINGS], TransactionMode::ReadWrite)
            .map_err(explain)?;
        put_description(&tx, rec).await?;
        finish(tx).await
    }

    /// Saves chunk `seq` of a recording's audio together with its updated description.
    pub async fn put_chunk(
        &self,
        rec: &Recording,
        seq: u32,
        audio: &web_sys::Blob,
    ) -> Result<(), String> {
        let tx = self
            .db
            .transaction(&[RECORDINGS, CHUNKS], TransactionMode::ReadWrite)
            .map_err(explain)?;
        put_chunk(&tx, &rec.id, seq, audio).await?;
        put_description(&tx, rec).await?;
        finish(tx).await
    }

    /// A recording's audio chunks, in order.
    pub async fn chunks(&self, id: &str) -> Result<Vec<web_sys::Blob>, String> {
        let tx = self
            .db
            .transaction(&[CHUNKS], TransactionMode::ReadOnly)
            .map_err(explain)?;
        let store = tx.object_store(CHUNKS).map_err(explain)?;
        let values = store
            .get_all(Some(all_chunks_of(id)?), None)
            .map_err(explain)?
            .await
            .map_err(explain)?;
        Ok(values
            .into_iter()
            .filter_map(|v| v.dyn_into::<web_sys::Blob>().ok())
            .collect())
    }

    /// Deletes a recording: its description and its audio.
    pub async fn delete(&self, id: &str) -> Result<(), String> {
        let tx = self
            .db
            .transaction(&[RECORDINGS, CHUNKS], TransactionMode::ReadWrite)
            .map_err(explain)?;
        tx.object_store(CHUNKS)
            .map_err(explain)?
            .delete(all_chunks_of(id)?)
            .map_err(explain)?
            .await
            .map_err(explain)?;
        tx.object_store(RECORDINGS)
            .map_err(explain)?
            .delete(Query::Key(id.into()))
            .map_err(explain)?
            .await
            .map_err(explain)?;
        finish(tx).await
    }

    /// Puts a deleted recording back (undo): its description and its audio.
    pub async fn restore(&self, rec: &Recording, audio: &[web_sys::Blob]) -> Result<(), String> {
        let tx = self
            .db
            .transaction(&[RECORDINGS, CHUNKS], TransactionMode::ReadWrite)
            .map_err(explain)?;
        for (seq, blob) in audio.iter().enumerate() {
            put_chunk(&tx, &rec.id, seq as u32, blob).await?;
        }
        put_description(&tx, rec).await?;
        finish(tx).await
    }
}

/// Writes a recording's description in `tx`.
async fn put_description(tx: &idb::Transaction, rec: &Recording) -> Result<(), String> {
    tx.object_store(RECORDINGS)
        .map_err(explain)?
        .put(
            &JsValue::from_str(&rec.to_json()),
            Some(&rec.id.as_str().into()),
        )
        .map_err(explain)?
        .await
        .map_err(explain)?;
    Ok(())
}

/// Writes chunk `seq` of recording `id` in `tx`.
async fn put_chunk(
    tx: &idb::Transaction,
    id: &str,
    seq: u32,
    audio: &web_sys::Blob,
) -> Result<(), String> {
    tx.object_store(CHUNKS)
        .map_err(explain)?
        .put(audio, Some(&chunk_key(id, seq)))
        .map_err(explain)?
        .await
        .map_err(explain)?;
    Ok(())
}

async fn finish(tx: idb::Transaction) -> Result<(), String> {
    match tx.await {
        Ok(r) if r.is_committed() => Ok(()),
        Ok(_) => Err("the browser's database gave up on the change".to_string()),
        Err(e) => Err(explain(e)),
    }
}

fn chunk_key(id: &str, seq: u32) -> JsValue {
    js_sys::Array::of2(&JsValue::from_str(id), &JsValue::from(seq)).into()
}

fn all_chunks_of(id: &str) -> Result<Query, String> {
    KeyRange::bound(
        &chunk_key(id, 0),
        &chunk_key(id, u32::MAX),
        Some(false),
        Some(false),
    )
    .map(Query::KeyRange)
    .map_err(explain)
}
