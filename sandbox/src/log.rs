//! The sandbox's own lines on stderr.

/// One line on stderr; a closed stderr is ignored rather than a reason to panic.
pub fn line(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}
