//! `heygen auth ...`: the arguments of key handling.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store a key in heygen's config file, read from standard input or a hidden prompt,
    /// once HeyGen has accepted it
    Login {
        /// Save the key without asking HeyGen whether it works (offline set-up)
        #[arg(long)]
        no_verify: bool,
    },
    /// Show which key is in effect (masked), where it comes from, and its account
    Status {
        /// Do not ask HeyGen for the account: show the key and its source only
        #[arg(long)]
        offline: bool,
    },
    /// Remove the key from heygen's config file
    Logout,
}
