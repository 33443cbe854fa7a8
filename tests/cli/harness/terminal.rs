//! heygen on a real pseudo-terminal, as a person at a terminal runs it: util-linux `script`
//! gives it one, and everything the terminal was sent comes back on `script`'s stdout.

use std::process::{Command, Stdio};

use super::Env;

impl Env {
    /// `script` running `heygen {args}` (a shell line, in the working folder) on a terminal of
    /// type `term`, `columns` wide when given; the width comes from the terminal alone.
    pub fn on_a_terminal_command(&self, term: &str, columns: Option<u16>, args: &str) -> Command {
        let size = columns
            .map(|columns| format!("stty cols {columns} rows 24 && "))
            .unwrap_or_default();
        let mut script = Command::new("script");
        script
            .args([
                "-qec",
                &format!("{size}\"$HEYGEN_BIN\" {args}"),
                "/dev/null",
            ])
            .current_dir(self.dir())
            .env("HEYGEN_BIN", assert_cmd::cargo::cargo_bin("heygen"))
            .env("HEYGEN_API_BASE", self.base_url())
            .env("HEYGEN_API_KEY", self.key())
            .env("HOME", self.dir())
            .env("TERM", term)
            .env_remove("COLUMNS")
            .env_remove("HEYGEN_PROGRESS")
            .env_remove("XDG_STATE_HOME")
            .stdin(Stdio::null());
        script
    }

    /// Runs `heygen {args}` on a terminal (`on_a_terminal_command`), which must succeed;
    /// returns everything the terminal was sent.
    pub fn on_a_terminal(&self, term: &str, columns: Option<u16>, args: &str) -> String {
        let output = self
            .on_a_terminal_command(term, columns, args)
            .output()
            .expect("util-linux script runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}
