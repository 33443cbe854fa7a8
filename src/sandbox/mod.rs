//! A strict local stand-in for HeyGen's v3 API and its presigned storage.
