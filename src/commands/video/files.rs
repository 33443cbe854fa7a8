//! The files of a finished video, downloaded the one safe way (`transfer::download`): the
//! plain or the captioned video, and on request its subtitles and thumbnail. A URL that expired
//! before its download (403 from storage) gets the video read again, once, for fresh URLs.

use crate::api::answers::Video;
use crate::cli::FilesArgs;
use crate::error::{Failure, Result};
use crate::transfer::download::{Destination, Downloader};
use crate::upload::client::Client;

use crate::commands::Context;

/// What to download of a finished video, each destination checked before anything is sent.
pub struct Wanted {
    pub video: Destination,
    pub captioned: bool,
    pub subtitles: Option<Destination>,
    pub thumbnail: Option<Destination>,
}

impl Wanted {
    pub fn new(video: Destination, files: &FilesArgs, force: bool) -> Result<Wanted> {
        let extra = |path: &Option<std::path::PathBuf>| -> Result<Option<Destination>> {
            let Some(path) = path else {
                return Ok(None);
            };
            let destination = Destination::new(path, force);
            if matches!(destination, Destination::Stdout) {
                return Err(Failure::input(
                    "only the video itself can go to standard output; name a file for the \
                     subtitles and the thumbnail",
                ));
            }
            destination.check()?;
            Ok(Some(destination))
        };
        video.check()?;
        Ok(Wanted {
            video,
            captioned: files.captioned,
            subtitles: extra(&files.subtitles)?,
            thumbnail: extra(&files.thumbnail)?,
        })
    }
}

/// The field of a video's answer each file comes from.
#[derive(Clone, Copy)]
enum Part {
    Video,
    Captioned,
    Subtitles,
    Thumbnail,
}

impl Part {
    fn field(self) -> &'static str {
        match self {
            Part::Video => "video_url",
            Part::Captioned => "captioned_video_url",
            Part::Subtitles => "subtitle_url",
            Part::Thumbnail => "thumbnail_url",
        }
    }

    fn url(self, video: &Video) -> Option<&str> {
        match self {
            Part::Video => video.video_url.as_deref(),
            Part::Captioned => video.captioned_video_url.as_deref(),
            Part::Subtitles => video.subtitle_url.as_deref(),
            Part::Thumbnail => video.thumbnail_url.as_deref(),
        }
    }
}

/// Downloads what is wanted of the completed `video`; returns the video's bytes written.
/// `resume` is the command that downloads it again.
pub async fn download(
    context: &Context,
    client: &Client,
    video_id: &str,
    mut video: Video,
    wanted: &Wanted,
    resume: &str,
) -> Result<u64> {
    let settings = &context.settings;
    let downloader = Downloader {
        http: &client.http,
        output: &context.output,
        progress: context.progress_mode(),
        stall_timeout: settings.stall_timeout,
        verbose: settings.verbose,
    };
    let main = match wanted.captioned {
        true => Part::Captioned,
        false => Part::Video,
    };
    let mut parts = vec![(main, &wanted.video)];
    parts.extend(wanted.subtitles.iter().map(|d| (Part::Subtitles, d)));
    parts.extend(wanted.thumbnail.iter().map(|d| (Part::Thumbnail, d)));
    let mut refetched = false;
    let mut video_bytes = 0;
    for (part, destination) in parts {
        let name = match destination {
            Destination::File { path, .. } => path.file_name().map_or_else(
                || video_id.to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Destination::Stdout => format!("{video_id}.mp4"),
        };
        let bytes = loop {
            let url = part.url(&video).ok_or_else(|| {
                Failure::remote(format!(
                    "video {video_id} is completed but HeyGen gave no {}",
                    part.field()
                ))
            })?;
            match downloader
                .fetch(url, part.field(), &name, destination)
                .await
            {
                Ok(bytes) => break bytes,
                // Presigned URLs expire: HeyGen's advice is to read the video again.
                Err(failure) if is_expired(&failure) && !refetched => {
                    refetched = true;
                    context.output.note(&format!(
                        "video {video_id}: the {} expired; asking HeyGen for fresh ones",
                        part.field()
                    ));
                    video = client.api().video(video_id).await?;
                }
                Err(failure) => {
                    // The video is made: a failed download is fetched again, never made again.
                    return Err(failure.advice(format!(
                        "the video is ready, so to download it again run: {resume}"
                    )));
                }
            }
        };
        if let Destination::File { path, .. } = destination {
            context.output.note(&format!(
                "video {video_id}: {bytes} bytes saved to {}",
                path.display()
            ));
        }
        if matches!(part, Part::Video | Part::Captioned) {
            video_bytes = bytes;
        }
    }
    if matches!(wanted.video, Destination::Stdout) {
        context.output.note(&format!(
            "video {video_id}: {video_bytes} bytes written to standard output"
        ));
    } else {
        context.output.result(video_id, &video.answer);
    }
    Ok(video_bytes)
}

/// Storage's answer to a presigned URL used after its expiry.
fn is_expired(failure: &Failure) -> bool {
    failure.code.as_deref() == Some("AccessDenied") && failure.message.contains("expired")
}
