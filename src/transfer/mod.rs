//! Bytes on the wire: a file as a streamed request body, its checksum, the presigned PUT to
//! storage, the download of a finished video, and the progress bar that watches them.

mod bars;
pub mod body;
pub mod checksum;
pub mod download;
pub mod figures;
mod plain;
pub mod progress;
pub mod put;
pub mod storage_url;
