//! Bytes on the wire: a file as a streamed request body, its checksum, the presigned PUT to
//! storage, and the progress bar that watches them.

mod bars;
pub mod body;
pub mod checksum;
mod figures;
mod plain;
pub mod progress;
pub mod put;
