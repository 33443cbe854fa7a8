//! The scheduler of a run of files: `--jobs` transfers in flight while files are left, one by
//! one or through HeyGen's batches, results handed on in argument order, each as soon as it
//! and all before it are done.

use std::collections::BTreeMap;

use futures_util::future::BoxFuture;
use futures_util::stream::{self, FuturesUnordered};
use futures_util::{FutureExt, StreamExt};

use crate::error::Result;
use crate::transfer::local_file::LocalFile;
use crate::ui::output::Stdout;
use crate::ui::progress::{Mode, Progress};
use crate::upload::batch::{self, Member, Puts};
use crate::upload::client::Client;
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
        let members = self
            .reuse_first(client, &uploader, files, &mut hand_on)
            .await;
        if members.len() >= batch_from {
            self.in_batches(client, &uploader, members, &mut hand_on)
                .await;
        } else {
            let alone = members.into_iter().map(|member| {
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
        }
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
        hand_on: &mut impl FnMut(Results),
    ) -> Vec<Member<'f>> {
        if !client.reuse {
            let members = files.iter().enumerate();
            return members
                .map(|(index, file)| Member {
                    index,
                    file,
                    sha256: None,
                })
                .collect();
        }
        let mut lookups = stream::iter(files.iter().enumerate())
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

    /// The members through HeyGen's batches, a few under way at once (one's PUTs while
    /// another completes), their PUTs `jobs` at a time, first come first served, so the
    /// first batch's files go first.
    async fn in_batches(
        &self,
        client: &Client,
        uploader: &Uploader<'_>,
        members: Vec<Member<'_>>,
        hand_on: &mut impl FnMut(Results),
    ) {
        let puts = Puts::new(usize::from(self.jobs));
        let sizes: Vec<u64> = members.iter().map(|m| m.file.size).collect();
        let mut members: Vec<Option<Member>> = members.into_iter().map(Some).collect();
        let batches = batch::plan(&sizes)
            .into_iter()
            .enumerate()
            .map(|(number, positions)| {
                let chosen: Vec<Member> = positions
                    .iter()
                    .filter_map(|&p| members[p].take())
                    .collect();
                batch::upload(uploader, number, chosen, &puts).boxed()
            });
        self.keep_in_flight(client, BATCHES_AT_ONCE, batches, hand_on)
            .await;
    }
}

/// Results that came before their turn, and the next to hand on.
#[derive(Default)]
struct InOrder {
    finished: BTreeMap<usize, Result<Uploaded>>,
    next: usize,
}
