//! The scheduler of a run of files: `--jobs` uploads in flight while files are left, whatever
//! order they finish in, results handed on in argument order.

use std::collections::BTreeMap;

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;

use crate::error::Result;
use crate::transfer::local_file::LocalFile;
use crate::ui::output::Stdout;
use crate::ui::progress::{Mode, Progress};
use crate::upload::client::Client;
use crate::upload::{Route, Uploaded, Uploader};

/// How a run of checked files goes up; shared by every command that uploads local files.
pub struct Scheduler {
    pub route: Route,
    /// How many files go up at once.
    pub jobs: u16,
    pub checksum: bool,
    /// How progress is shown.
    pub progress: Mode,
}

impl Scheduler {
    /// Uploads files that passed validation, keeping `jobs` in flight while files are left,
    /// whatever order they finish in, with progress; hands each result to `each` in argument
    /// order, as soon as it and all before it are done. A reader that closed stdout wants no
    /// more results: nothing new is started then.
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
        let jobs = usize::from(self.jobs);
        let mut waiting = files.iter().enumerate();
        let mut in_flight = FuturesUnordered::new();
        // Finished but not handed on yet: an earlier file is still going.
        let mut finished = BTreeMap::new();
        let mut next = 0;
        loop {
            while in_flight.len() < jobs && output.stdout() != Stdout::Closed {
                let Some((index, file)) = waiting.next() else {
                    break;
                };
                let uploader = &uploader;
                in_flight.push(async move { (index, uploader.upload(file, self.route).await) });
            }
            let Some((index, result)) = in_flight.next().await else {
                break;
            };
            finished.insert(index, result);
            while let Some(result) = finished.remove(&next) {
                each(&files[next], result);
                next += 1;
            }
        }
        progress.finish();
    }
}
