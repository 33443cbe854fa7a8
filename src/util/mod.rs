//! Leaves that import nothing of the crate.

pub mod clock;
pub mod duration;
pub mod key_source;
pub mod path_bytes;
pub mod private_file;
pub mod secret;
pub mod text;
pub mod timing;
