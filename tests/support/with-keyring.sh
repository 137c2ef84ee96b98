#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own GNOME Keyring (Secret Service): a
# login keyring made and unlocked in an empty temporary home, so tests of the keyring code never
# touch the user's own. CTest starts it through dbus-run-session:
#
#   dbus-run-session -- tests/support/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads the login keyring's password from stdin and creates the keyring, which becomes
# the Secret Service's default collection; the daemon forks once it is on the bus and prints its
# environment. It ends with the private bus (dbus-run-session stops it after the command).
if ! printf 'salesdesk-test' | gnome-keyring-daemon --unlock --components=secrets \
    >"$home/keyring.log" 2>&1; then
    echo "with-keyring: gnome-keyring-daemon did not start:" >&2
    cat "$home/keyring.log" >&2
    exit 1
fi
ready=0
for _ in $(seq 200); do
    if gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
        --method org.freedesktop.Secret.Service.ReadAlias default 2>/dev/null | grep -q login; then
        ready=1
        break
    fi
    sleep 0.05
done
if ((!ready)); then
    echo "with-keyring: the test keyring did not come up:" >&2
    cat "$home/keyring.log" >&2
    exit 1
fi
"$@"
