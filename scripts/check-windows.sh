#!/usr/bin/env bash
# Builds sengketa for Windows (x86_64-pc-windows-gnu) from Linux, to keep the crate
# building for the platform a clerk's office most often runs. It adds what it needs
# when missing: the Rust target (rustup) and Debian's MinGW-w64 cross compiler
# (bundled SQLite is C code, compiled by x86_64-w64-mingw32-gcc).
#
# Usage: scripts/check-windows.sh        (release build, as a clerk would install it)
#        PROFILE=dev scripts/check-windows.sh
# Exit 0 when target/x86_64-pc-windows-gnu/<profile>/sengketa.exe is built and needs no
# DLL but those Windows itself has (no MinGW runtime DLL); non-zero otherwise. It prints
# the DLLs, the size and the time taken. The binary is not run: Wine 8 cannot run
# current Rust binaries (they need bcryptprimitives.dll); see docs/windows.md for what
# is and is not tested.
set -euo pipefail

started=$(date +%s)
target=x86_64-pc-windows-gnu
here="$(cd "$(dirname "$0")/.." && pwd)"
profile="${PROFILE:-release}"

for tool in cargo rustup; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-windows: $tool is missing; install Rust with rustup (https://rustup.rs)" >&2
        exit 1
    fi
done

if ! rustup target list --installed | grep -qx "$target"; then
    echo "check-windows: adding the Rust target $target"
    rustup target add "$target"
fi

if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
    echo "check-windows: installing the MinGW-w64 cross compiler"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq gcc-mingw-w64-x86-64
fi

cd "$here"
if [ "$profile" = release ]; then
    cargo build --release --target "$target"
    dir=release
else
    cargo build --target "$target"
    dir=debug
fi

exe="$here/target/$target/$dir/sengketa.exe"
if [ ! -f "$exe" ]; then
    echo "check-windows: $exe was not built" >&2
    exit 1
fi
# A Windows binary starts with the DOS header's "MZ".
if [ "$(head -c 2 "$exe")" != "MZ" ]; then
    echo "check-windows: $exe is not a Windows executable" >&2
    exit 1
fi
# The DLLs it needs must all come with Windows: a MinGW runtime DLL (libgcc_s, libstdc++,
# libwinpthread) would be missing on a clerk's computer and the program would not start.
dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^[[:space:]]*DLL Name: //p' | sort -u)
echo "check-windows: it needs these DLLs:" $dlls
for dll in $dlls; do
    case "$(echo "$dll" | tr '[:upper:]' '[:lower:]')" in
    libgcc* | libstdc++* | libwinpthread* | *mingw*)
        echo "check-windows: $exe needs $dll, which Windows does not have" >&2
        exit 1
        ;;
    esac
done
echo "check-windows: built $exe ($(du -h "$exe" | cut -f1), $(stat -c %s "$exe") bytes) in $(( $(date +%s) - started )) s"
