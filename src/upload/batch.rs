//! Files through HeyGen's batch direct upload: one request presigns up to 100 files, their
//! bytes go straight to storage (which HeyGen's rate limit does not count), one request
//! completes the batch, and a few reads of its pages say what became of each file. A run of
//! many files then costs a handful of API requests instead of one or more per file.

use std::collections::BTreeMap;
use std::time::Duration;

use futures_util::future::join_all;
use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{Semaphore, SemaphorePermit, watch};

use crate::api::batches::{BatchItem, MAX_FILES};
use crate::api::idempotency_key;
use crate::error::{Failure, Result};
use crate::transfer::body::FileBody;
use crate::transfer::checksum;
use crate::transfer::local_file::LocalFile;
use crate::transfer::put::{self, Stored};
use crate::ui::interrupt;
use crate::upload::{Route, SIMPLE_LIMIT, Uploaded, Uploader};

/// A file of the run: its place among the arguments, and its SHA-256 when known already.
pub struct Member<'a> {
    pub index: usize,
    pub file: &'a LocalFile,
    pub sha256: Option<String>,
}

/// How a run's files fill batches, in argument order: files up to 32,000,000 bytes fill
/// batches of 100, larger ones batches of their own, so that no small file's id waits for a
/// large PUT. Each batch lists positions in `sizes`.
pub fn plan(sizes: &[u64]) -> Vec<Vec<usize>> {
    let (small, large): (Vec<usize>, Vec<usize>) =
        (0..sizes.len()).partition(|&i| sizes[i] <= SIMPLE_LIMIT);
    let mut batches: Vec<Vec<usize>> = small.chunks(MAX_FILES).map(<[usize]>::to_vec).collect();
    batches.extend(large.chunks(MAX_FILES).map(<[usize]>::to_vec));
    batches.sort_by_key(|batch| batch[0]);
    batches
}

/// The PUTs of a run's batches: `jobs` at a time, and batch by batch, so that the first batch's
/// files go first whichever batch was presigned first.
pub struct Puts {
    slots: Semaphore,
    /// The batch whose PUTs may queue for a slot: each passes the turn once all of its own
    /// have one.
    turn: watch::Sender<usize>,
}

impl Puts {
    pub fn new(jobs: usize) -> Puts {
        Puts {
            slots: Semaphore::new(jobs),
            turn: watch::Sender::new(0),
        }
    }

    /// Waits for batch `number`'s turn, then for a slot.
    async fn slot(&self, number: usize) -> Option<SemaphorePermit<'_>> {
        let _ = self.turn.subscribe().wait_for(|turn| *turn >= number).await;
        self.slots.acquire().await.ok()
    }

    /// Batch `number` has queued all it will: the next may.
    fn pass(&self, number: usize) {
        self.turn.send_if_modified(|turn| {
            let passed = *turn == number;
            if passed {
                *turn += 1;
            }
            passed
        });
    }
}

/// Uploads batch `number` of the run: PUTs under `puts`, complete once they are stored, then
/// the batch's pages until every item is done. Returns each member's result by its index.
pub async fn upload(
    uploader: &Uploader<'_>,
    number: usize,
    members: Vec<Member<'_>>,
    puts: &Puts,
) -> Vec<(usize, Result<Uploaded>)> {
    let results = upload_in_turn(uploader, number, members, puts).await;
    puts.pass(number);
    results
}

async fn upload_in_turn(
    uploader: &Uploader<'_>,
    number: usize,
    members: Vec<Member<'_>>,
    puts: &Puts,
) -> Vec<(usize, Result<Uploaded>)> {
    let mut members = members;
    if uploader.checksum {
        let digests = join_all(members.iter().map(|m| async {
            match &m.sha256 {
                Some(known) => Ok(known.clone()),
                None => checksum::sha256_hex(m.file.path.clone()).await,
            }
        }))
        .await;
        let mut failed = Vec::new();
        for (member, digest) in members.iter_mut().zip(digests) {
            match digest {
                Ok(digest) => member.sha256 = Some(digest),
                Err(failure) => failed.push((member.index, Err(failure))),
            }
        }
        if !failed.is_empty() {
            let mut results: Vec<_> = members
                .iter()
                .filter(|m| m.sha256.is_some())
                .map(|m| (m.index, Err(not_started(m.file))))
                .collect();
            results.extend(failed);
            return results;
        }
    }
    let client = uploader.client;
    let declared: Vec<(&LocalFile, Option<&str>)> = members
        .iter()
        .map(|m| (m.file, m.sha256.as_deref()))
        .collect();
    let init = match client
        .api()
        .create_batch(&declared, &idempotency_key())
        .await
    {
        Ok(init) => init,
        Err(failure) => {
            return members
                .iter()
                .map(|m| (m.index, Err(failure.clone())))
                .collect();
        }
    };

    // The bytes, each file straight to its URL; one whose URL expired first gets a fresh
    // single upload of its own.
    let queued = &AtomicUsize::new(0);
    let count = members.len();
    let stored = join_all(
        members
            .iter()
            .zip(&init.items)
            .map(|(member, item)| async move {
                let _slot = puts.slot(number).await;
                if queued.fetch_add(1, Ordering::Relaxed) + 1 == count {
                    puts.pass(number);
                }
                let _in_flight = interrupt::in_flight(&member.file.shown);
                let mut source = FileBody::new(
                    member.file,
                    uploader.progress.file(&member.file.name, member.file.size),
                );
                if member.sha256.is_none() {
                    source = source.hashing();
                }
                let put = put::put(
                    &client.http,
                    &item.upload_url,
                    &item.upload_headers,
                    member.file,
                    &source,
                )
                .await;
                match put {
                    Ok(Stored::Yes) => Put::Stored(source.digest()),
                    Ok(Stored::UrlExpired) => {
                        client.output.note(&format!(
                            "{}: the batch's upload URL expired; uploading the file on its own",
                            member.file.shown
                        ));
                        let route = Route::Direct { complete: true };
                        Put::Alone(
                            uploader
                                .upload_new(member.file, route, member.sha256.clone())
                                .await,
                        )
                    }
                    Err(failure) => Put::Failed(failure),
                }
            }),
    )
    .await;

    // A file whose bytes did not arrive holds the batch until its URL expires: the others
    // cannot be completed now.
    let held = stored.iter().any(|put| matches!(put, Put::Failed(_)));
    let mut results = Vec::with_capacity(members.len());
    let mut waiting = BTreeMap::new();
    for (position, (member, put)) in members.iter().zip(stored).enumerate() {
        match put {
            Put::Stored(digest) => {
                let sha256 = member.sha256.clone().or(digest);
                waiting.insert(position, sha256);
            }
            Put::Alone(result) => results.push((member.index, result)),
            Put::Failed(failure) => results.push((member.index, Err(failure))),
        }
    }
    if waiting.is_empty() {
        return results;
    }
    if held {
        let stuck = failure_of_batch(&init.batch_id);
        results.extend(
            waiting
                .keys()
                .map(|&p| (members[p].index, Err(stuck.clone()))),
        );
        return results;
    }
    if let Err(failure) = client.api().complete_batch(&init.batch_id).await {
        results.extend(
            waiting
                .keys()
                .map(|&p| (members[p].index, Err(failure.clone()))),
        );
        return results;
    }
    match follow(uploader, &init.batch_id, waiting.len()).await {
        Ok(items) => {
            for (position, sha256) in waiting {
                let member = &members[position];
                let result = match items.get(&position) {
                    Some(item) => finished(uploader, member, &init.batch_id, item, sha256),
                    None => Err(Failure::remote(format!(
                        "HeyGen's batch {} does not list this file",
                        init.batch_id
                    ))),
                };
                results.push((member.index, result));
            }
        }
        Err(failure) => {
            results.extend(
                waiting
                    .keys()
                    .map(|&p| (members[p].index, Err(failure.clone()))),
            );
        }
    }
    results
}

/// How a file's PUT ended.
enum Put {
    /// Stored, with the bytes' SHA-256 when read on the way.
    Stored(Option<String>),
    /// Uploaded on its own instead (its batch URL had expired).
    Alone(Result<Uploaded>),
    Failed(Failure),
}

fn not_started(file: &LocalFile) -> Failure {
    Failure::remote(format!(
        "{}: not uploaded, since another file of its batch could not be read; run again",
        file.shown
    ))
}

fn failure_of_batch(batch_id: &str) -> Failure {
    Failure::remote(format!(
        "stored, but batch {batch_id} cannot be completed while another of its files did not \
         arrive; run the same command again"
    ))
}

/// Reads the batch's pages, first soon after the complete and then less often, until none of
/// its `count` items is queued or processing; its items by position.
async fn follow(
    uploader: &Uploader<'_>,
    batch_id: &str,
    count: usize,
) -> Result<BTreeMap<usize, BatchItem>> {
    let timing = uploader.client.timing;
    let mut pause = timing.first_status_read;
    loop {
        tokio::time::sleep(pause).await;
        let mut items = BTreeMap::new();
        let mut token = None;
        loop {
            let page = uploader
                .client
                .api()
                .batch_page(batch_id, token.as_deref())
                .await?;
            items.extend(page.items.into_iter().map(|item| (item.index, item)));
            match page.next_token {
                Some(next) => token = Some(next),
                None => break,
            }
        }
        let settled = items
            .values()
            .filter(|item| matches!(item.status.as_str(), "completed" | "failed"))
            .count();
        if settled >= count {
            return Ok(items);
        }
        pause = (pause * 2)
            .min(timing.max_status_gap)
            .max(Duration::from_millis(1));
    }
}

/// A member's result from its item: its asset once completed (recorded for `--reuse`), or
/// HeyGen's code and message.
fn finished(
    uploader: &Uploader<'_>,
    member: &Member<'_>,
    batch_id: &str,
    item: &BatchItem,
    sha256: Option<String>,
) -> Result<Uploaded> {
    match (item.status.as_str(), &item.error) {
        ("completed", _) => {
            if let Some(sha256) = sha256 {
                uploader.remember(member.file, sha256, &item.asset_id);
            }
            let answer = json!({"data": {
                "asset_id": item.asset_id,
                "status": "completed",
                "batch_id": batch_id,
                "item_index": item.index,
                "mime_type": member.file.content_type,
                "size_bytes": member.file.size,
            }});
            Ok(Uploaded::completed(item.asset_id.clone(), answer))
        }
        (_, Some((code, message))) => {
            let code = if code.is_empty() { "item_failed" } else { code };
            Err(
                Failure::remote(format!("HeyGen could not take it ({code}: {message})"))
                    .with_code(code),
            )
        }
        (status, None) => Err(Failure::remote(format!(
            "HeyGen's batch {batch_id} left it {status}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_files_fill_batches_of_100_and_large_ones_their_own() {
        let mut sizes = vec![10; 150];
        sizes[3] = SIMPLE_LIMIT + 1;
        let batches = plan(&sizes);
        assert_eq!(batches.len(), 3);
        assert_eq!(batches[0].len(), 100);
        assert_eq!(batches[0][..4], [0, 1, 2, 4]);
        assert_eq!(batches[1], [3]);
        assert_eq!(batches[2].len(), 49);
        assert!(plan(&[]).is_empty());
    }
}
