//! Option values that may come from the environment, checked when a command uses them rather
//! than when the command line is parsed: a stray `HEYGEN_MAX_RETRIES=x` in a shell must not
//! break `heygen completions` or `heygen sandbox`, which read no settings. The parser is the
//! option's own, so a command that uses the value reports clap's own message for it.

use clap::builder::{PossibleValue, TypedValueParser};

/// A parsed value, or the message for a value that did not parse.
#[derive(Debug, Clone)]
pub struct Deferred<T>(Result<T, String>);

impl<T: Clone> Deferred<T> {
    /// The value, or the one-line usage message for it.
    pub fn get(&self) -> Result<T, String> {
        self.0.clone()
    }
}

/// Wraps an option's parser: every value parses, failures kept for later.
#[derive(Clone)]
pub struct Later<P>(pub P);

impl<P> TypedValueParser for Later<P>
where
    P: TypedValueParser,
    P::Value: Clone + Send + Sync + 'static,
{
    type Value = Deferred<P::Value>;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        let parsed = self.0.parse_ref(command, arg, value).map_err(|error| {
            // clap's message on one line: without its "error: " prefix and its pointer to
            // --help, with the values it takes when it lists them.
            let text = error.to_string();
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with("For more information"))
                .collect();
            let joined = lines.join("; ");
            joined
                .strip_prefix("error: ")
                .unwrap_or(&joined)
                .to_string()
        });
        Ok(Deferred(parsed))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.0.possible_values()
    }
}
