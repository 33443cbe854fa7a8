//! `GET /v3/users/me`: the account a key belongs to, and the cheap way to check a key.

use serde_json::Value;

use super::Api;
use crate::error::Result;
use crate::net::http::{Method, StatusCode};

/// The account fields `heygen auth status` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub username: Option<String>,
    pub email: Option<String>,
}

impl Account {
    fn from_answer(answer: &Value) -> Account {
        let field = |name: &str| {
            answer
                .pointer(&format!("/data/{name}"))
                .and_then(Value::as_str)
                .map(crate::util::text::one_line)
        };
        Account {
            username: field("username"),
            email: field("email"),
        }
    }
}

impl Api<'_> {
    /// The key's account; `None` when the endpoint is absent (404), so the key could not be
    /// checked. A refused key is the usual exit-3 failure.
    pub async fn me(&self) -> Result<Option<Account>> {
        let answer = self
            .http
            .send(|| self.request(Method::GET, "/v3/users/me"))
            .await?;
        if answer.status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        Ok(Some(Account::from_answer(&self.read(&answer)?)))
    }
}
