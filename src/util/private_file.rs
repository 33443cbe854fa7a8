//! Files that hold credentials (the API key, presigned URLs): written atomically (a crash
//! leaves the old file or the new one, never half of one), mode 0600 in a 0700 folder.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Replaces `path` with `bytes`, creating its folder (heygen's own) and keeping it private.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    private_dir(dir)?;
    // NamedTempFile creates its file 0600.
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Adds `line` at the end of `path` (created 0600 in a 0700 folder) in one write to a file
/// opened with O_APPEND: several writers at once, threads or processes, each land whole.
pub fn append(path: &Path, line: &[u8]) -> io::Result<()> {
    private_dir(path.parent().unwrap_or(Path::new(".")))?;
    let mut options = fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(line)
}

/// Creates heygen's own folder `dir` if needed, and makes it (back) 0700.
fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    // A folder that was already there keeps its mode otherwise.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
