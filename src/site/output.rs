//! The output folder, updated in place: a page whose bytes the folder
//! already holds is left alone (same file, same modification time, so a web
//! server's caches and `rsync` see no change), a new or changed one is
//! written to a temporary file and renamed over the old one (a reader never
//! sees half a page), and what the new site no longer has (the page of a
//! removed record, a temporary left by a killed run) is removed at the end.
//!
//! Republishing after a small change thus writes only what changed. The
//! folder is not swapped whole: creating and deleting twenty thousand files
//! costs more than rendering them (on ext4 a new inode is found by scanning
//! past the recently deleted ones). A run that fails part way leaves every
//! file whole, some pages old and some new; the next run completes it.
//!
//! A folder is written only when it is new, empty or was written by
//! `hanke site` (it holds [`MARKER`]): `hanke site -o .` must never delete
//! someone's work.

use foldhash::HashSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context as _, bail};

/// The file that says "this folder is a generated site".
pub const MARKER: &str = ".hanke-site";
const MARKER_TEXT: &str = "This folder is written by `hanke site`; every run updates it to the \
current records and removes what they no longer have.\n";

/// Checks that `dir` may be written, before any work is done.
pub fn check_target(dir: &Path) -> anyhow::Result<()> {
    match fs::symlink_metadata(dir) {
        Err(_) => Ok(()),
        Ok(m) if !m.is_dir() => bail!(crate::t!(
            "err-site-not-folder",
            path = dir.display().to_string()
        )),
        Ok(_) => {
            let entries = fs::read_dir(dir)
                .with_context(|| crate::t!("err-site-read", path = dir.display().to_string()))?;
            // A new git worktree (for a `gh-pages` branch) counts as empty.
            let mut others =
                entries.filter(|e| e.as_ref().map_or(true, |e| e.file_name() != ".git"));
            if others.next().is_none() || dir.join(MARKER).is_file() {
                Ok(())
            } else {
                bail!(crate::t!(
                    "err-site-not-ours",
                    path = dir.display().to_string(),
                    marker = MARKER
                ))
            }
        }
    }
}

/// Writes the files of a site into its folder, remembering which, so that
/// [`Writer::finish`] can remove the rest.
pub struct Writer {
    root: PathBuf,
    written: Mutex<HashSet<String>>,
    /// Files written because they were new or changed.
    changed: std::sync::atomic::AtomicUsize,
}

/// What a run did to the folder, for the command's closing line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files written because they were new or had changed.
    pub written: usize,
    /// Files removed because the site no longer has them.
    pub removed: usize,
}

impl Writer {
    /// Opens `dir` for a new site (checked by [`check_target`]): creates it
    /// and its marker when they are missing.
    pub fn open(dir: &Path) -> anyhow::Result<Writer> {
        check_target(dir)?;
        fs::create_dir_all(dir)
            .with_context(|| crate::t!("err-create-folder", path = dir.display().to_string()))?;
        let marker = dir.join(MARKER);
        if fs::read(&marker).ok().as_deref() != Some(MARKER_TEXT.as_bytes()) {
            fs::write(&marker, MARKER_TEXT).with_context(|| {
                crate::t!("err-write-file", path = marker.display().to_string())
            })?;
        }
        Ok(Writer {
            root: dir.to_path_buf(),
            written: Mutex::new(std::iter::once(MARKER.to_string()).collect()),
            changed: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    /// Writes the file `rel` (from the site's root, `/`-separated) unless
    /// the folder holds it byte for byte.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let mut sink = self.create(rel);
        sink.put(bytes);
        sink.finish()
    }

    /// Writes the file `rel` as `fill` produces it ([`Writer::create`]). When
    /// `fill` fails because writing failed, the error says which file.
    pub fn fill(
        &self,
        rel: &str,
        fill: impl FnOnce(&mut Sink) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut sink = self.create(rel);
        match fill(&mut sink) {
            Err(e) if sink.error.is_none() => Err(e),
            _ => sink.finish(),
        }
    }

    /// A file to fill piece by piece ([`Sink`]): a page renders straight
    /// into it, and only its last piece is ever in memory.
    pub fn create(&self, rel: &str) -> Sink<'_> {
        self.written
            .lock()
            .expect("no panics while holding the lock")
            .insert(rel.to_string());
        let path = self.root.join(rel);
        let old = open_regular_file(&path).and_then(|f| match f.metadata() {
            Ok(m) if m.is_file() => Some((f, m.len())),
            _ => None,
        });
        Sink {
            writer: self,
            path,
            pending: Vec::with_capacity(CHUNK),
            state: State::Same { old, matched: 0 },
            error: None,
        }
    }

    /// What the folder holds: files and links, and folders after their
    /// contents; all but a `.git` at its top (a site kept in a git
    /// worktree, a `gh-pages` branch checked out there, keeps it: it is not
    /// the site's). Taken while the pages are written, beside them: listing
    /// twenty thousand files alone at the end was time on one core.
    pub fn survey(&self) -> anyhow::Result<Survey> {
        let root = &self.root;
        // Folders before their contents, so that `.git` is never entered
        // (`filter_entry` prunes nothing in walkdir's contents-first order);
        // reversed below.
        let entries = walkdir::WalkDir::new(root)
            .min_depth(1)
            .into_iter()
            .filter_entry(|e| !(e.depth() == 1 && e.file_name() == ".git"));
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry
                .with_context(|| crate::t!("err-site-read", path = root.display().to_string()))?;
            let rel = entry
                .path()
                .strip_prefix(root)
                .expect("walkdir yields paths below its root")
                .to_string_lossy()
                .replace('\\', "/");
            found.push((rel, entry.file_type().is_dir()));
        }
        found.reverse();
        Ok(Survey { found })
    }

    /// Removes what `survey` found and this run did not write (files,
    /// links, then the folders left empty), children before their folder.
    /// A file gone already is no error: a survey taken while pages were
    /// written may list a temporary file since renamed into place.
    pub fn finish(self, survey: Survey) -> anyhow::Result<Changes> {
        let mut changes = Changes {
            written: self.changed.into_inner(),
            removed: 0,
        };
        let written = self
            .written
            .into_inner()
            .expect("no panics while holding the lock");
        // The folders this run wrote into: they stay, without reading them
        // again (a site has a folder for every family of projects).
        let mut holding: HashSet<&str> = HashSet::default();
        for file in &written {
            let mut path = file.as_str();
            while let Some((folder, _)) = path.rsplit_once('/') {
                if !holding.insert(folder) {
                    break;
                }
                path = folder;
            }
        }
        for (rel, is_dir) in survey.found {
            if is_dir && holding.contains(rel.as_str()) {
                continue;
            }
            let path = self.root.join(&rel);
            let removed = if is_dir {
                // Only when left empty: a folder with what someone else put
                // there since the survey stays too.
                let empty = fs::read_dir(&path).is_ok_and(|mut c| c.next().is_none());
                if empty { fs::remove_dir(&path) } else { Ok(()) }
            } else if written.contains(&rel) {
                Ok(())
            } else {
                match fs::remove_file(&path) {
                    Ok(()) => {
                        changes.removed += 1;
                        Ok(())
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                    Err(e) => Err(e),
                }
            };
            removed
                .with_context(|| crate::t!("err-site-remove", path = path.display().to_string()))?;
        }
        Ok(changes)
    }
}

/// What the output folder held while a run wrote it ([`Writer::survey`]):
/// each entry's path from the folder, and whether it is a folder.
pub struct Survey {
    found: Vec<(String, bool)>,
}

/// How much of a file a [`Sink`] holds before it compares or writes it.
const CHUNK: usize = 64 * 1024;

/// One file of the site as it is written: compared piece by piece with the
/// file the folder holds, and left alone when every byte is the same (same
/// file, same modification time); from the first piece that differs, the
/// new file goes into a temporary file (the part that was the same copied
/// from the old file), renamed over the old one by [`Sink::finish`].
///
/// The front page of a national corpus is tens of megabytes; rendered into
/// memory whole it was fresh memory the system zeroes first, and a copy of
/// itself each time its buffer grew.
pub struct Sink<'w> {
    writer: &'w Writer,
    path: PathBuf,
    /// What has come in and is not yet compared or written.
    pending: Vec<u8>,
    state: State,
    /// The first failure: a template's writer can only say that it failed.
    error: Option<std::io::Error>,
}

enum State {
    /// Everything so far is the first `matched` bytes of `old` (the regular
    /// file at the path, not a link, and its length), or there is no old file.
    Same {
        old: Option<(fs::File, u64)>,
        matched: u64,
    },
    /// Writing the new file.
    Changed(tempfile::NamedTempFile),
}

impl Sink<'_> {
    /// Adds `bytes` to the file; a failure is kept for [`Sink::finish`].
    pub fn put(&mut self, bytes: &[u8]) {
        if self.error.is_some() {
            return;
        }
        if self.pending.len() + bytes.len() <= CHUNK {
            self.pending.extend_from_slice(bytes);
            return;
        }
        let result = self.flush_pending().and_then(|()| {
            if bytes.len() >= CHUNK {
                self.take_in(bytes)
            } else {
                self.pending.extend_from_slice(bytes);
                Ok(())
            }
        });
        if let Err(e) = result {
            self.error = Some(e);
            self.pending.clear();
        }
    }

    /// Completes the file: nothing happens when the folder held it byte for
    /// byte, else the new file replaces the old one (or is created, with
    /// its folder).
    pub fn finish(mut self) -> anyhow::Result<()> {
        let result = match self.error.take() {
            Some(e) => Err(e),
            None => self.complete(),
        };
        result.with_context(|| crate::t!("err-write-file", path = self.path.display().to_string()))
    }

    fn complete(&mut self) -> std::io::Result<()> {
        self.flush_pending()?;
        if let State::Same {
            old: Some((_, len)),
            matched,
        } = &self.state
            && matched == len
        {
            return Ok(());
        }
        // Shorter than the old file, or no old file (maybe empty): a new file.
        self.diverge(&[])?;
        let State::Changed(tmp) = std::mem::replace(
            &mut self.state,
            State::Same {
                old: None,
                matched: 0,
            },
        ) else {
            unreachable!("diverge leaves a temporary file")
        };
        self.writer
            .changed
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        crate::write::set_default_permissions(tmp.path()).map_err(std::io::Error::other)?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }

    fn flush_pending(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending);
        let result = self.take_in(&pending);
        self.pending = pending;
        self.pending.clear();
        result
    }

    /// Compares `bytes` with the old file's next bytes, or writes them.
    fn take_in(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match &mut self.state {
            State::Same {
                old: Some((file, len)),
                matched,
            } if *matched + bytes.len() as u64 <= *len => {
                if reads_as(file, bytes) {
                    *matched += bytes.len() as u64;
                    Ok(())
                } else {
                    self.diverge(bytes)
                }
            }
            State::Same { .. } => self.diverge(bytes),
            State::Changed(tmp) => tmp.write_all(bytes),
        }
    }

    /// From here on the file is new: a temporary file beside the old one
    /// gets the part that was the same (from the old file) and `bytes`.
    fn diverge(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        use std::io::{Read as _, Seek as _};
        let (old, matched) = match &mut self.state {
            State::Same { old, matched } => (old, matched),
            State::Changed(tmp) => return tmp.write_all(bytes),
        };
        let mut tmp = temporary_beside(&self.path)?;
        if *matched > 0 {
            let (file, _) = old.as_mut().expect("bytes matched an old file");
            file.seek(std::io::SeekFrom::Start(0))?;
            let copied = std::io::copy(&mut file.take(*matched), &mut tmp)?;
            if copied != *matched {
                return Err(std::io::Error::other(
                    "the old file changed while it was compared",
                ));
            }
        }
        tmp.write_all(bytes)?;
        self.state = State::Changed(tmp);
        Ok(())
    }
}

impl std::fmt::Write for Sink<'_> {
    /// A template writes a page in a thousand pieces: a piece that fits
    /// is only copied (after a failure, the next piece that does not fit
    /// reports it, and the template stops).
    #[inline]
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if s.len() <= self.pending.capacity() - self.pending.len() {
            self.pending.extend_from_slice(s.as_bytes());
            return Ok(());
        }
        self.put(s.as_bytes());
        if self.error.is_some() {
            Err(std::fmt::Error)
        } else {
            Ok(())
        }
    }
}

impl std::io::Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.put(buf);
        match &self.error {
            Some(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
            None => Ok(()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A temporary file in `path`'s folder, creating the folder when it is
/// missing (found by the first failure: a `create_dir_all` for every page
/// is a failing `mkdir` each). Not flushed to disk file by file: the site
/// is generated, and twenty thousand `fsync`s would cost more than the run.
fn temporary_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let create = || {
        tempfile::Builder::new()
            .prefix(crate::write::TEMP_PREFIX)
            .tempfile_in(dir)
    };
    match create() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(dir)?;
            create()
        }
        other => other,
    }
}

/// Whether the next `bytes.len()` bytes of `file` are `bytes`. Read in
/// pieces into a buffer kept by the thread: the site's twenty thousand
/// files are read on every run, and reading each into a new vector (fresh
/// memory, zeroed by the kernel) cost more than comparing it.
fn reads_as(file: &mut fs::File, bytes: &[u8]) -> bool {
    use std::io::Read as _;
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0; CHUNK]);
    }
    BUFFER.with_borrow_mut(|buf| {
        let mut rest = bytes;
        while !rest.is_empty() {
            let want = rest.len().min(buf.len());
            match file.read(&mut buf[..want]) {
                Ok(0) => return false,
                Ok(n) if buf[..n] == rest[..n] => rest = &rest[n..],
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                _ => return false,
            }
        }
        true
    })
}

/// Opens `path` for reading unless it is a symbolic link: one path lookup
/// (the metadata then comes from the open file), where looking at the path
/// and opening it were two for each of the site's files. Never waits: a
/// named pipe in the folder opens at once (and then is no regular file).
#[cfg(unix)]
fn open_regular_file(path: &Path) -> Option<fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .ok()
}

#[cfg(not(unix))]
fn open_regular_file(path: &Path) -> Option<fs::File> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => fs::File::open(path).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `pieces` into `rel` of the folder, as a page's template would.
    fn put_pieces(out: &Writer, rel: &str, pieces: &[&[u8]]) {
        let mut sink = out.create(rel);
        for piece in pieces {
            sink.put(piece);
        }
        sink.finish().unwrap();
    }

    fn identity(path: &Path) -> (u64, std::time::SystemTime) {
        use std::os::unix::fs::MetadataExt as _;
        let m = fs::metadata(path).unwrap();
        (m.ino(), m.modified().unwrap())
    }

    /// An old file of three chunks and a half, with a byte that tells them apart.
    fn old_bytes() -> Vec<u8> {
        (0..CHUNK * 7 / 2).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn the_same_bytes_in_any_pieces_leave_the_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let out = Writer::open(dir.path()).unwrap();
        let old = old_bytes();
        fs::write(dir.path().join("a.html"), &old).unwrap();
        let before = identity(&dir.path().join("a.html"));
        let (head, tail) = old.split_at(CHUNK + 17);
        let (mid, tail) = tail.split_at(5);
        put_pieces(&out, "a.html", &[head, mid, tail]);
        put_pieces(&out, "a.html", &[&old]);
        assert_eq!(identity(&dir.path().join("a.html")), before);
        assert_eq!(out.changed.load(std::sync::atomic::Ordering::Relaxed), 0);
    }

    #[test]
    fn a_difference_anywhere_replaces_the_file_whole() {
        let old = old_bytes();
        let mut late = old.clone();
        *late.last_mut().unwrap() ^= 1;
        let mut early = old.clone();
        early[3] ^= 1;
        let mut middle = old.clone();
        middle[2 * CHUNK + 1] ^= 1;
        let shorter = old[..CHUNK * 2].to_vec();
        let mut longer = old.clone();
        longer.extend_from_slice(b"more");
        for new in [late, early, middle, shorter, longer, Vec::new()] {
            let dir = tempfile::tempdir().unwrap();
            let out = Writer::open(dir.path()).unwrap();
            let path = dir.path().join("a.html");
            fs::write(&path, &old).unwrap();
            let (head, tail) = new.split_at(new.len().min(1000));
            put_pieces(&out, "a.html", &[head, tail]);
            assert!(fs::read(&path).unwrap() == new, "{} bytes", new.len());
            assert_eq!(out.changed.load(std::sync::atomic::Ordering::Relaxed), 1);
            let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
            assert_eq!(names.len(), 2, "the page and the marker, no temporary");
        }
    }

    #[test]
    fn a_new_file_gets_its_folder_and_an_empty_one_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let out = Writer::open(dir.path()).unwrap();
        put_pieces(&out, "hanke/x/y.html", &[b"<p>", b"x</p>"]);
        put_pieces(&out, "empty.txt", &[]);
        assert_eq!(
            fs::read(dir.path().join("hanke/x/y.html")).unwrap(),
            b"<p>x</p>"
        );
        assert_eq!(fs::read(dir.path().join("empty.txt")).unwrap(), b"");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_replaced_and_its_target_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let target = elsewhere.path().join("t.html");
        fs::write(&target, b"same").unwrap();
        let out = Writer::open(dir.path()).unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("a.html")).unwrap();
        put_pieces(&out, "a.html", &[b"same"]);
        let path = dir.path().join("a.html");
        assert!(fs::symlink_metadata(&path).unwrap().is_file());
        assert_eq!(fs::read(&path).unwrap(), b"same");
        assert_eq!(fs::read(&target).unwrap(), b"same");
    }
}
