//! heygen: upload media to the HeyGen v3 API from a terminal, a script or CI.

pub mod sandbox;
