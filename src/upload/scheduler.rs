//! The scheduler of a run of files: `--jobs` transfers in flight while files are left, one by
//! one or through HeyGen's batches, results handed on in argument order, each as soon as it
//! and all before it are done.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use futures_util::future::BoxFuture;
use futures_util::stream::{self, FuturesUnordered};
use futures_util::{FutureExt, StreamExt};

use crate::error::Result;
use crate::transfer::local_file::LocalFile;
use crate::ui::output::Stdout;
use crate::ui::progress::{Mode, Progress};
use crate::upload::batch::{self, Member, Puts};
use crate::upload::batch_record::BatchRecord;
use crate::upload::client::Client;
use crate::upload::resume::absolute;
use crate::upload::{Reuse, Route, Uploaded, Uploader};

/// How a run of checked files goes up; shared by every command that uploads local files.
pub struct Scheduler {
    pub route: Route,
    /// How many files go up at once.
    pub jobs: u16,
    pub checksum: bool,
    /// How progress is shown.
    pub progress: Mode,
    /// Runs with at least this many files left to upload (after `--reuse`) go through HeyGen's
    /// batches; `None`: every file on its own.
    pub batch_from: Option<usize>,
}

/// `--batch auto`: from this many files left to upload, batches.
pub const AUTO_BATCH_FROM: usize = 10;
/// Batches under way at once.
const BATCHES_AT_ONCE: usize = 3;

type Results<'a> = Vec<(usize, Result<Uploaded>)>;

impl Scheduler {
    /// Uploads files that passed validation, with progress; hands each result to `each` in
    /// argument order, as soon as it and all before it are done. A reader that closed stdout
    /// wants no more results: nothing new is started then.
    pub async fn upload(
        &self,
        client: &Client,
        files: &[LocalFile],
        mut each: impl FnMut(&LocalFile, Result<Uploaded>),
    ) {
        let output = &client.output;
        let total_bytes: u64 = files.iter().map(|f| f.size).sum();
        let progress = Progress::new(
            self.progress,
            (files.len() > 1).then_some(total_bytes),
            output.screen(),
        );
        let uploader = Uploader {
            client,
            progress: &progress,
            checksum: self.checksum,
        };
        let mut in_order = InOrder::default();
        let mut hand_on = |results: Results| {
            for (index, result) in results {
                in_order.finished.insert(index, result);
            }
            while let Some(result) = in_order.finished.remove(&in_order.next) {
                each(&files[in_order.next], result);
                in_order.next += 1;
            }
        };
        let batch_from = match self.route {
            Route::Direct { complete: false } => None,
            _ => self.batch_from,
        };
        let Some(batch_from) = batch_from else {
            let all = files.iter().enumerate().map(|(index, file)| {
                let uploader = &uploader;
                async move { vec![(index, uploader.upload(file, self.route).await)] }.boxed()
            });
            self.keep_in_flight(client, usize::from(self.jobs), all, &mut hand_on)
                .await;
            progress.finish();
            return;
        };
        // Batches an interrupted run left are continued first, whatever `--reuse` would say
        // of their files: their items are those files' assets.
        let (resumed, taken) = resumed_batches(client, files);
        let members = self
            .reuse_first(client, &uploader, files, &taken, &mut hand_on)
            .await;
        let (batched, alone) = match members.len() >= batch_from {
            true => (members, Vec::new()),
            false => (Vec::new(), members),
        };
        if !resumed.is_empty() || !batched.is_empty() {
            self.in_batches(client, &uploader, resumed, batched, &mut hand_on)
                .await;
        }
        let alone = alone.into_iter().map(|member| {
            let uploader = &uploader;
            async move {
                let Member {
                    index,
                    file,
                    sha256,
                } = member;
                vec![(index, uploader.upload_new(file, self.route, sha256).await)]
            }
            .boxed()
        });
        self.keep_in_flight(client, usize::from(self.jobs), alone, &mut hand_on)
            .await;
        progress.finish();
    }

    /// Runs `work`, `at_once` at a time, while stdout is still read.
    async fn keep_in_flight<'a>(
        &self,
        client: &Client,
        at_once: usize,
        work: impl Iterator<Item = BoxFuture<'a, Results<'a>>>,
        hand_on: &mut impl FnMut(Results),
    ) {
        let mut waiting = work;
        let mut in_flight = FuturesUnordered::new();
        loop {
            while in_flight.len() < at_once && client.output.stdout() != Stdout::Closed {
                let Some(next) = waiting.next() else {
                    break;
                };
                in_flight.push(next);
            }
            let Some(results) = in_flight.next().await else {
                break;
            };
            hand_on(results);
        }
    }

    /// With `--reuse`, the files whose bytes HeyGen has already are handed on at once; the
    /// others (their SHA-256 then known) are left to upload.
    async fn reuse_first<'f>(
        &self,
        client: &Client,
        uploader: &Uploader<'_>,
        files: &'f [LocalFile],
        taken: &HashSet<usize>,
        hand_on: &mut impl FnMut(Results),
    ) -> Vec<Member<'f>> {
        let left = files
            .iter()
            .enumerate()
            .filter(|(index, _)| !taken.contains(index));
        if !client.reuse {
            let members = left;
            return members
                .map(|(index, file)| Member {
                    index,
                    file,
                    sha256: None,
                })
                .collect();
        }
        let mut lookups = stream::iter(left)
            .map(|(index, file)| async move { (index, file, uploader.reused(file).await) })
            .buffer_unordered(usize::from(self.jobs));
        let mut members = Vec::new();
        while let Some((index, file, found)) = lookups.next().await {
            match found {
                Ok(Reuse::Found(uploaded)) => hand_on(vec![(index, Ok(uploaded))]),
                Ok(Reuse::New { sha256 }) => members.push(Member {
                    index,
                    file,
                    sha256,
                }),
                Err(failure) => hand_on(vec![(index, Err(failure))]),
            }
        }
        members.sort_by_key(|member| member.index);
        members
    }

    /// The resumed batches, then the members through new ones, a few batches under way at
    /// once (one's PUTs while another completes), their PUTs `jobs` at a time and batch by
    /// batch, so that the first batch's files go first.
    async fn in_batches<'f>(
        &self,
        client: &Client,
        uploader: &Uploader<'_>,
        resumed: Vec<(BatchRecord, Vec<Member<'f>>)>,
        members: Vec<Member<'f>>,
        hand_on: &mut impl FnMut(Results),
    ) {
        let puts = Puts::new(usize::from(self.jobs));
        let sizes: Vec<u64> = members.iter().map(|m| m.file.size).collect();
        let mut members: Vec<Option<Member>> = members.into_iter().map(Some).collect();
        let fresh = batch::plan(&sizes).into_iter().map(|positions| {
            let chosen: Vec<Member> = positions
                .iter()
                .filter_map(|&p| members[p].take())
                .collect();
            (None, chosen)
        });
        let resumed = resumed
            .into_iter()
            .map(|(record, chosen)| (Some(record), chosen));
        let batches = resumed
            .chain(fresh)
            .enumerate()
            .map(|(number, (record, chosen))| {
                batch::upload(uploader, number, chosen, record, &puts).boxed()
            });
        self.keep_in_flight(client, BATCHES_AT_ONCE, batches, hand_on)
            .await;
    }
}

/// The batches an interrupted run left whose files are all in this run, unchanged, each with
/// its files in the batch's order; and the positions of those files among the run's.
fn resumed_batches<'f>(
    client: &Client,
    files: &'f [LocalFile],
) -> (Vec<(BatchRecord, Vec<Member<'f>>)>, HashSet<usize>) {
    let records = client.resume_records.batches_here();
    let mut taken = HashSet::new();
    if records.is_empty() {
        return (Vec::new(), taken);
    }
    let at: HashMap<PathBuf, usize> = files
        .iter()
        .enumerate()
        .filter(|(_, file)| file.spool.is_none())
        .map(|(index, file)| (absolute(&file.path), index))
        .collect();
    let mut resumed = Vec::new();
    for record in records {
        let found: Option<Vec<usize>> = record
            .files
            .iter()
            .map(|recorded| {
                let index = *at.get(&recorded.path)?;
                (recorded.unchanged(&files[index]) && !taken.contains(&index)).then_some(index)
            })
            .collect();
        let Some(found) = found else {
            continue;
        };
        taken.extend(found.iter().copied());
        let members = found
            .into_iter()
            .map(|index| Member {
                index,
                file: &files[index],
                sha256: None,
            })
            .collect();
        resumed.push((record, members));
    }
    (resumed, taken)
}

/// Results that came before their turn, and the next to hand on.
#[derive(Default)]
struct InOrder {
    finished: BTreeMap<usize, Result<Uploaded>>,
    next: usize,
}
