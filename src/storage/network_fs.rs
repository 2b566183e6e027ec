//! Is the register on a network file system? SQLite's WAL keeps its index in memory that
//! the processes of one host share; a file reached from several hosts (NFS, SMB) or
//! through a program that serves it (FUSE: sshfs, rclone) can be corrupted that way. On
//! Linux the answer comes from `/proc/self/mountinfo`; elsewhere nothing is detected.

use std::path::{Path, PathBuf};

/// The file system types refused, beside every `fuse.*` one. Network file systems: NFS,
/// SMB/CIFS (`cifs`, `smb3`, `smbfs`), NetWare, 9P (WSL 2's Windows drives, QEMU and
/// container shares), AFS, Coda, CephFS, Gluster, Lustre, and the shared-disk cluster file
/// systems GFS2 and OCFS2. `fuse` (no subtype, e.g. davfs2) and `fuse.*` (sshfs, rclone,
/// s3fs, gvfs...): what they do with locks and shared memory is up to the program
/// serving them. `fuseblk` is not refused: it is a disk of this machine (ntfs-3g, exFAT).
pub const NETWORK_FS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "9p",
    "afs",
    "coda",
    "ceph",
    "glusterfs",
    "lustre",
    "gfs2",
    "ocfs2",
    "fuse",
];

/// Whether a file system type is one the register refuses.
pub fn is_network_fs(fstype: &str) -> bool {
    NETWORK_FS.contains(&fstype) || fstype.starts_with("fuse.")
}

/// The type of the file system that holds `path` (absolute, symbolic links resolved), by
/// the `mountinfo` text: the mount point that is the longest leading part of the path,
/// the last mounted where two are the same.
pub fn fs_type_of<'a>(mountinfo: &'a str, path: &Path) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for line in mountinfo.lines() {
        // id parent major:minor root mount-point options [optional...] - type source super
        let mut fields = line.split(' ');
        let Some(point) = fields.nth(4) else {
            continue;
        };
        let Some(fstype) = fields.skip_while(|f| *f != "-").nth(1) else {
            continue;
        };
        let point = unescape(point);
        if path.starts_with(&point) {
            let depth = point.components().count();
            if best.is_none_or(|(d, _)| depth >= d) {
                best = Some((depth, fstype));
            }
        }
    }
    best.map(|(_, t)| t)
}

/// The network file system type holding `path`, if it is one the register refuses.
pub fn network_fs_of<'a>(mountinfo: &'a str, path: &Path) -> Option<&'a str> {
    fs_type_of(mountinfo, path).filter(|t| is_network_fs(t))
}

/// `mountinfo` writes a space, tab, newline and backslash in a path as octal escapes.
fn unescape(field: &str) -> PathBuf {
    let b = field.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let octal = b
            .get(i + 1..i + 4)
            .filter(|d| d.iter().all(|c| (b'0'..=b'7').contains(c)));
        match (b[i], octal) {
            (b'\\', Some(d)) => {
                let v = d.iter().fold(0u32, |a, c| a * 8 + u32::from(c - b'0'));
                out.push(v as u8);
                i += 4;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        PathBuf::from(std::ffi::OsString::from_vec(out))
    }
    #[cfg(not(unix))]
    PathBuf::from(String::from_utf8_lossy(&out).into_owned())
}

/// The network file system holding the register file at `path` (which exists), if any.
/// Whatever cannot be found out (no mountinfo, a path that does not resolve) is no
/// network file system: the opening itself then says what is wrong.
pub fn network_fs(path: &Path) -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let path = std::fs::canonicalize(path).ok()?;
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    network_fs_of(&mountinfo, &path).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines as a Linux machine with a local disk, an NFS home, an SMB share, an sshfs
    /// mount, a FUSE disk and a path with a space shows them.
    const MOUNTINFO: &str = "\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
25 22 0:22 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
40 22 0:40 / /home rw,relatime shared:20 - nfs4 server:/export/home rw,vers=4.2,addr=10.0.0.2
41 40 8:2 / /home/local rw,relatime shared:21 - xfs /dev/sda2 rw
50 22 0:50 / /mnt/kantor rw,relatime shared:30 - cifs //fileserver/register rw,vers=3.1.1
51 22 0:51 / /mnt/ssh rw,nosuid,nodev,relatime shared:31 - fuse.sshfs clerk@server:/srv rw,user_id=0
52 22 8:17 / /media/usb rw,relatime shared:32 - fuseblk /dev/sdb1 rw,user_id=0
53 22 0:53 / /mnt/data\\040kantor rw,relatime shared:33 - nfs server:/data rw
54 22 0:54 / /mnt/wsl rw,relatime - 9p drvfs rw,dirsync,aname=drvfs
";

    fn kind(path: &str) -> Option<&'static str> {
        network_fs_of(MOUNTINFO, Path::new(path))
    }

    #[test]
    fn a_register_on_a_network_file_system_is_found() {
        assert_eq!(kind("/home/clerk/register.db"), Some("nfs4"));
        assert_eq!(kind("/mnt/kantor/register.db"), Some("cifs"));
        assert_eq!(kind("/mnt/ssh/sengketa/register.db"), Some("fuse.sshfs"));
        assert_eq!(kind("/mnt/data kantor/register.db"), Some("nfs"));
        assert_eq!(kind("/mnt/wsl/c/register.db"), Some("9p"));
    }

    #[test]
    fn a_register_on_a_local_disk_is_not() {
        assert_eq!(kind("/var/lib/sengketa/register.db"), None);
        // A local disk mounted inside the NFS home: the deeper mount point holds the file.
        assert_eq!(kind("/home/local/register.db"), None);
        // A FUSE file system on a local block device.
        assert_eq!(kind("/media/usb/register.db"), None);
        // A name that only begins like a mount point is not under it.
        assert_eq!(kind("/mnt/kantor2/register.db"), None);
        assert_eq!(fs_type_of(MOUNTINFO, Path::new("/srv/r.db")), Some("ext4"));
    }

    #[test]
    fn the_last_mount_on_a_point_wins_and_bad_lines_are_skipped() {
        let text =
            format!("{MOUNTINFO}60 22 0:60 / /mnt/kantor rw - ext4 /dev/sdc1 rw\nnonsense\n\n");
        assert_eq!(network_fs_of(&text, Path::new("/mnt/kantor/r.db")), None);
        assert_eq!(network_fs_of("", Path::new("/r.db")), None);
    }

    #[test]
    fn the_types_refused() {
        for t in [
            "nfs",
            "nfs4",
            "cifs",
            "smb3",
            "smbfs",
            "9p",
            "fuse",
            "fuse.sshfs",
            "fuse.rclone",
        ] {
            assert!(is_network_fs(t), "{t}");
        }
        for t in [
            "ext4", "xfs", "btrfs", "zfs", "tmpfs", "overlay", "fuseblk", "vfat",
        ] {
            assert!(!is_network_fs(t), "{t}");
        }
    }

    #[test]
    fn this_machines_temp_folder_is_looked_up() {
        // Whatever it is, the look-up runs and does not fail on this machine's mountinfo.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("r.db");
        std::fs::write(&file, b"").unwrap();
        let _ = network_fs(&file);
    }
}
