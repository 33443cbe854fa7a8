//! Files through HeyGen's batch direct upload: one request presigns up to 100 files, their
//! bytes go straight to storage (which HeyGen's rate limit does not count), one request
//! completes the batch, and a few reads of its pages say what became of each file. A run of
//! many files then costs a handful of API requests instead of one or more per file.

use std::collections::BTreeMap;
use std::time::Duration;

use futures_util::future::join_all;
use serde_json::json;
use std::sync::Mutex;
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
use crate::upload::batch_record::{BatchFile, BatchRecord};
use crate::upload::{DEFAULT_URL_LIFETIME, Route, SIMPLE_LIMIT, Uploaded, Uploader, is_definite};
use crate::util::clock::now_secs;

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
/// the batch's pages until every item is done, each step in the batch's resume record first.
/// `record`: the record an interrupted run left for exactly these members, to go on from.
/// Returns each member's result by its index.
pub async fn upload(
    uploader: &Uploader<'_>,
    number: usize,
    members: Vec<Member<'_>>,
    record: Option<BatchRecord>,
    puts: &Puts,
) -> Vec<(usize, Result<Uploaded>)> {
    let results = upload_in_turn(uploader, number, members, record, puts).await;
    puts.pass(number);
    results
}

type Results = Vec<(usize, Result<Uploaded>)>;

fn all_fail(members: &[Member<'_>], failure: &Failure) -> Results {
    members
        .iter()
        .map(|m| (m.index, Err(failure.clone())))
        .collect()
}

async fn upload_in_turn(
    uploader: &Uploader<'_>,
    number: usize,
    mut members: Vec<Member<'_>>,
    record: Option<BatchRecord>,
    puts: &Puts,
) -> Results {
    let client = uploader.client;
    let resume = &client.resume_records;
    let mut record = match record {
        Some(record) => {
            for (member, file) in members.iter_mut().zip(&record.files) {
                member.sha256 = member.sha256.take().or_else(|| file.sha256.clone());
            }
            client.output.note(&format!(
                "resuming batch {} of an earlier run ({} files)",
                record.batch_id.as_deref().unwrap_or("not presigned yet"),
                record.files.len()
            ));
            record
        }
        None => {
            if let Err(results) = checksums(uploader, &mut members).await {
                return results;
            }
            let files: Vec<(&LocalFile, Option<String>)> =
                members.iter().map(|m| (m.file, m.sha256.clone())).collect();
            // Written before the init goes out: a rerun sends the same key.
            let record = resume.new_batch(&files, idempotency_key());
            resume.save_batch(&record);
            record
        }
    };
    if record.batch_id.is_none() {
        let declared: Vec<(&LocalFile, Option<&str>)> = members
            .iter()
            .map(|m| (m.file, m.sha256.as_deref()))
            .collect();
        match client
            .api()
            .create_batch(&declared, &record.idempotency_key)
            .await
        {
            Ok(init) => {
                let now = now_secs();
                for (file, item) in record.files.iter_mut().zip(init.items) {
                    let lifetime = item.expires_in_seconds.unwrap_or(DEFAULT_URL_LIFETIME);
                    file.asset_id = Some(item.asset_id);
                    file.upload_url = Some(item.upload_url);
                    file.upload_headers = item.upload_headers;
                    file.expires_at = Some(now.saturating_add(lifetime));
                }
                record.batch_id = Some(init.batch_id);
                resume.save_batch(&record);
            }
            Err(failure) => {
                if is_definite(&failure) {
                    resume.remove_batch(&record);
                }
                return all_fail(&members, &failure);
            }
        }
    }
    let batch_id = record.batch_id.clone().unwrap_or_default();

    // The bytes, each file straight to its URL, unless a run before stored them; one whose
    // URL expired first gets a fresh single upload of its own.
    let shared = Mutex::new(record);
    let queued = &AtomicUsize::new(0);
    let count = members.len();
    let stored = join_all(members.iter().enumerate().map(|(position, member)| {
        let shared = &shared;
        async move {
            let file = lock(shared).files[position].clone();
            if file.stored || lock(shared).completing {
                return Put::Stored(file.sha256);
            }
            if let Some(id) = &file.alone_asset {
                return Put::Alone(Ok(alone_result(id, member.file)));
            }
            let _slot = puts.slot(number).await;
            if queued.fetch_add(1, Ordering::Relaxed) + 1 == count {
                puts.pass(number);
            }
            let put = match file.alone {
                true => Ok((Stored::UrlExpired, None)),
                false => put_one(uploader, member, &file).await,
            };
            match put {
                Ok((Stored::Yes, digest)) => {
                    let sha256 = member.sha256.clone().or(digest);
                    let mut record = lock(shared);
                    record.files[position].stored = true;
                    record.files[position].sha256 = sha256.clone();
                    resume.save_batch(&record);
                    Put::Stored(sha256)
                }
                Ok((Stored::UrlExpired, _)) => {
                    {
                        let mut record = lock(shared);
                        record.files[position].alone = true;
                        resume.save_batch(&record);
                    }
                    client.output.note(&format!(
                        "{}: the batch's upload URL expired; uploading the file on its own",
                        member.file.shown
                    ));
                    let route = Route::Direct { complete: true };
                    let alone = uploader
                        .upload_new(member.file, route, member.sha256.clone())
                        .await;
                    if let Ok(uploaded) = &alone {
                        let mut record = lock(shared);
                        record.files[position].alone_asset = Some(uploaded.asset_id.clone());
                        resume.save_batch(&record);
                    }
                    Put::Alone(alone)
                }
                Err(failure) => Put::Failed(failure),
            }
        }
    }))
    .await;
    let mut record = shared.into_inner().unwrap_or_else(|p| p.into_inner());

    // A file whose bytes did not arrive holds the batch until its URL expires: the others
    // cannot be completed now (the record stays, for a rerun to go on).
    let held = stored.iter().any(|put| matches!(put, Put::Failed(_)));
    let mut results = Vec::with_capacity(members.len());
    let mut waiting = BTreeMap::new();
    for (position, (member, put)) in members.iter().zip(stored).enumerate() {
        match put {
            Put::Stored(sha256) => {
                waiting.insert(position, sha256);
            }
            Put::Alone(result) => results.push((member.index, result)),
            Put::Failed(failure) => results.push((member.index, Err(failure))),
        }
    }
    if held {
        let stuck = failure_of_batch(&batch_id);
        results.extend(
            waiting
                .keys()
                .map(|&p| (members[p].index, Err(stuck.clone()))),
        );
        return results;
    }
    if waiting.is_empty() {
        resume.remove_batch(&record);
        return results;
    }
    record.completing = true;
    resume.save_batch(&record);
    if let Err(failure) = client.api().complete_batch(&batch_id).await {
        results.extend(
            waiting
                .keys()
                .map(|&p| (members[p].index, Err(failure.clone()))),
        );
        return results;
    }
    match follow(uploader, &batch_id, waiting.len()).await {
        Ok(items) => {
            for (position, sha256) in waiting {
                let member = &members[position];
                let result = match items.get(&position) {
                    Some(item) => finished(uploader, member, &batch_id, item, sha256),
                    None => Err(Failure::remote(format!(
                        "HeyGen's batch {batch_id} does not list this file"
                    ))),
                };
                results.push((member.index, result));
            }
            // Every file's result is in hand (and the completed ones recorded for --reuse).
            resume.remove_batch(&record);
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

/// Every member's SHA-256, for the init to declare; when a file cannot be read, no member
/// goes up (the results say which file and why).
async fn checksums(
    uploader: &Uploader<'_>,
    members: &mut [Member<'_>],
) -> std::result::Result<(), Results> {
    if !uploader.checksum {
        return Ok(());
    }
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
    if failed.is_empty() {
        return Ok(());
    }
    let mut results: Vec<_> = members
        .iter()
        .filter(|m| m.sha256.is_some())
        .map(|m| (m.index, Err(not_started(m.file))))
        .collect();
    results.extend(failed);
    Err(results)
}

/// One file's PUT to its batch URL; with its SHA-256 when read on the way.
async fn put_one(
    uploader: &Uploader<'_>,
    member: &Member<'_>,
    file: &BatchFile,
) -> Result<(Stored, Option<String>)> {
    let _in_flight = interrupt::in_flight(&member.file.shown);
    if file.expires_at.is_some_and(|at| now_secs() >= at) {
        return Ok((Stored::UrlExpired, None));
    }
    let mut source = FileBody::new(
        member.file,
        uploader.progress.file(&member.file.name, member.file.size),
    );
    if member.sha256.is_none() {
        source = source.hashing();
    }
    let url = file.upload_url.as_deref().unwrap_or_default();
    let stored = put::put(
        &uploader.client.http,
        url,
        &file.upload_headers,
        member.file,
        &source,
    )
    .await?;
    Ok((stored, source.digest()))
}

/// A file that went up on its own in an earlier run, as its result.
fn alone_result(asset_id: &str, file: &LocalFile) -> Uploaded {
    let answer = json!({"data": {
        "asset_id": asset_id,
        "status": "completed",
        "mime_type": file.content_type,
        "size_bytes": file.size,
    }});
    Uploaded::completed(asset_id.to_string(), answer)
}

/// How a file's PUT ended.
enum Put {
    /// Stored, with the bytes' SHA-256 when known.
    Stored(Option<String>),
    /// Uploaded on its own instead (its batch URL had expired).
    Alone(Result<Uploaded>),
    Failed(Failure),
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
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
