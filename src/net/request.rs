//! Requests as callers describe them, and the one place they become the HTTP library's.

use std::pin::Pin;

use bytes::Bytes;
use futures_util::Stream;
use reqwest::header::CONTENT_TYPE;
use url::Url;

use crate::error::{Failure, Result};
use crate::net::http::{HeaderMap, HeaderName, HeaderValue, Method};
use crate::net::stall::Activity;

/// A request body read from disk or elsewhere, chunk by chunk.
pub type ByteStream = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send + 'static>>;

/// What a request carries.
enum Body {
    Empty,
    /// Bytes made whole in memory (JSON, a form).
    Whole(Vec<u8>),
    /// Exactly `len` bytes; the caller sets Content-Length.
    Stream(ByteStream),
    /// One multipart field holding a file of `len` bytes.
    FilePart {
        field: &'static str,
        file_name: String,
        content_type: String,
        chunks: ByteStream,
        len: u64,
    },
}

/// One try of a request, with the activity its body reports to (a fresh body each try).
pub struct Request {
    pub(super) method: Method,
    pub(super) url: Url,
    pub(super) headers: HeaderMap,
    body: Body,
    activity: Activity,
}

impl Request {
    /// A request without a body yet; a URL that does not parse is a failure of the caller's
    /// making (a base URL checked by the settings, a URL checked before).
    pub fn new(method: Method, url: &str) -> Result<Request> {
        let url = Url::parse(url)
            .map_err(|e| Failure::remote(format!("cannot build the request ({e})")))?;
        Ok(Request::to(method, url))
    }

    pub fn to(method: Method, url: Url) -> Request {
        Request {
            method,
            url,
            headers: HeaderMap::new(),
            body: Body::Empty,
            activity: Activity::default(),
        }
    }

    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    pub fn headers(mut self, headers: HeaderMap) -> Self {
        self.headers.extend(headers);
        self
    }

    /// A JSON body (and its Content-Type).
    pub fn json(mut self, value: &serde_json::Value) -> Self {
        self.headers
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        self.body = Body::Whole(value.to_string().into_bytes());
        self
    }

    /// A form-encoded body (and its Content-Type), already encoded.
    pub fn form(mut self, encoded: String) -> Self {
        self.headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        self.body = Body::Whole(encoded.into_bytes());
        self
    }

    /// A streamed body that reports to `activity`.
    pub fn stream(mut self, chunks: ByteStream, activity: Activity) -> Self {
        self.body = Body::Stream(chunks);
        self.activity = activity;
        self
    }

    /// A multipart form of one file field, streamed with its length.
    pub fn file_part(
        mut self,
        field: &'static str,
        file_name: &str,
        content_type: &str,
        (chunks, len): (ByteStream, u64),
        activity: Activity,
    ) -> Self {
        self.body = Body::FilePart {
            field,
            file_name: form_file_name(file_name),
            content_type: content_type.to_string(),
            chunks,
            len,
        };
        self.activity = activity;
        self
    }
}

impl Request {
    /// The library's request for ours: the one place requests are built.
    pub(super) fn build(self, client: &reqwest::Client) -> Result<(reqwest::Request, Activity)> {
        let Request {
            method,
            url,
            headers,
            body,
            activity,
        } = self;
        let builder = client.request(method, url).headers(headers);
        let builder = match body {
            Body::Empty => builder,
            Body::Whole(bytes) => builder.body(bytes),
            Body::Stream(chunks) => builder.body(reqwest::Body::wrap_stream(chunks)),
            Body::FilePart {
                field,
                file_name,
                content_type,
                chunks,
                len,
            } => {
                let part = reqwest::multipart::Part::stream_with_length(
                    reqwest::Body::wrap_stream(chunks),
                    len,
                )
                .file_name(file_name)
                .mime_str(&content_type)
                .map_err(|_| Failure::input(format!("{content_type:?} is not a MIME type")))?;
                builder.multipart(reqwest::multipart::Form::new().part(field, part))
            }
        };
        let request = builder.build().map_err(|e| {
            Failure::remote(format!("cannot build the request: {}", e.without_url()))
        })?;
        Ok((request, activity))
    }
}

/// A file name as browsers write it into a form (WHATWG HTML, multipart/form-data encoding):
/// `"`, CR and LF, which would end or break the header, become `%22`, `%0D` and `%0A`.
fn form_file_name(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_form_file_name_is_encoded_as_browsers_do() {
        assert_eq!(
            super::form_file_name("say \"hi\"\r\n café.png"),
            "say %22hi%22%0D%0A café.png"
        );
    }
}
