//! Bytes on the wire: a file as a streamed request body, its checksum, the presigned PUT to
//! storage, and the progress bar that watches them.

pub mod body;
pub mod checksum;
pub mod progress;
pub mod put;
