//! The clerk's commands under Indonesian names (`perkara tambah`, `sidang jadwalkan`),
//! beside the English ones.

use clap::Command;

/// The clerk's commands under Indonesian names, beside the English ones: a command's
/// path (its English names) and its Indonesian alias. Words from the panitera's table:
/// a case is a "perkara", a hearing a "sidang", an undo "tarik kembali", a void "coret".
pub const ALIASES: &[(&[&str], &str)] = &[
    (&["case"], "perkara"),
    (&["case", "add"], "tambah"),
    (&["case", "qualify"], "memenuhi-syarat"),
    (&["case", "reject"], "tidak-memenuhi-syarat"),
    (&["case", "withdraw"], "cabut"),
    (&["case", "decide"], "putus"),
    (&["case", "close"], "tutup"),
    (&["case", "serve"], "sampaikan"),
    (&["case", "void"], "coret"),
    (&["case", "undo"], "tarik-kembali"),
    (&["case", "edit"], "koreksi"),
    (&["case", "show"], "lihat"),
    (&["case", "list"], "daftar"),
    (&["hearing"], "sidang"),
    (&["hearing", "schedule"], "jadwalkan"),
    (&["hearing", "held"], "catat"),
    (&["hearing", "postpone"], "tunda"),
    (&["hearing", "cancel"], "batalkan"),
    (&["hearing", "import"], "impor"),
    (&["hearing", "export"], "ekspor"),
    (&["appeal"], "upaya-hukum"),
    (&["appeal", "file"], "ajukan"),
    (&["appeal", "decide"], "putus"),
    (&["appeal", "import"], "impor"),
    (&["appeal", "export"], "ekspor"),
    (&["body"], "badan"),
    (&["body", "list"], "daftar"),
    (&["body", "show"], "lihat"),
    (&["body", "rename"], "ganti-nama"),
    (&["body", "alias"], "nama-lain"),
    (&["body", "set"], "atur"),
    (&["body", "merge"], "gabungkan"),
    (&["calendar"], "kalender"),
    (&["calendar", "list"], "daftar"),
    (&["calendar", "add"], "tambah"),
    (&["calendar", "remove"], "hapus"),
    (&["calendar", "import"], "impor"),
    (&["config"], "pengaturan"),
    (&["config", "set"], "atur"),
    (&["config", "get"], "lihat"),
    (&["config", "list"], "daftar"),
    (&["recap"], "rekap"),
    (&["recap", "check"], "periksa"),
    (&["report"], "laporan"),
    (&["import"], "impor"),
    (&["export"], "ekspor"),
    (&["verify"], "periksa"),
    (&["backup"], "cadangkan"),
];

/// The command tree with the Indonesian aliases: shown beside the English names when
/// `visible` (the Indonesian help, the completion scripts), accepted always.
pub(super) fn with_aliases(mut cmd: Command, visible: bool) -> Command {
    fn add(cmd: Command, path: &[&str], alias: &'static str, visible: bool) -> Command {
        match path {
            [] => cmd,
            [last] => cmd.mut_subcommand(*last, |c| {
                if visible {
                    c.visible_alias(alias)
                } else {
                    c.alias(alias)
                }
            }),
            [first, rest @ ..] => cmd.mut_subcommand(*first, |c| add(c, rest, alias, visible)),
        }
    }
    for (path, alias) in ALIASES {
        cmd = add(cmd, path, alias, visible);
    }
    cmd
}
