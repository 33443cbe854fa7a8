//! Bytes on the wire: a file as a streamed request body, its checksum, the presigned PUT to
//! storage, the download of a finished video.

pub mod body;
pub mod checksum;
pub mod download;
pub mod local_file;
pub mod put;
pub mod storage_url;
