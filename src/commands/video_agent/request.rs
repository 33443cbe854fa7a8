//! The body of `POST /v3/video-agents`.

use serde_json::{Map, Value};

use crate::cli::{AgentMode, Orientation, VideoAgentCreateArgs};

/// Only the fields given go into the body.
pub fn body(args: &VideoAgentCreateArgs, prompt: String, files: Vec<Value>) -> Value {
    let mut body = Map::new();
    body.insert("prompt".into(), prompt.into());
    if !files.is_empty() {
        body.insert("files".into(), files.into());
    }
    if let Some(mode) = args.mode {
        let mode = match mode {
            AgentMode::Generate => "generate",
            AgentMode::Chat => "chat",
        };
        body.insert("mode".into(), mode.into());
    }
    if let Some(orientation) = args.orientation {
        let orientation = match orientation {
            Orientation::Landscape => "landscape",
            Orientation::Portrait => "portrait",
        };
        body.insert("orientation".into(), orientation.into());
    }
    for (name, value) in [
        ("avatar_id", &args.avatar_id),
        ("voice_id", &args.voice_id),
        ("style_id", &args.style_id),
    ] {
        if let Some(value) = value {
            body.insert(name.into(), value.as_str().into());
        }
    }
    Value::Object(body)
}
