#!/usr/bin/env bash
# Installs the npm packages of package-lock.json into node_modules/: the Solidity compiler
# (solc), OpenZeppelin's contracts and the local chain (anvil), which build and try the contracts
# in contracts/. Runs `npm ci` only when node_modules is missing or older than package-lock.json,
# so a second run does nothing and takes a fraction of a second. Nothing else downloads: the
# build and the tests use what this put in node_modules/.
#
#   scripts/install-node-deps.sh            install when needed
#   scripts/install-node-deps.sh --check    only report whether an install is needed (exit 1 if so)
#
# Needs node and npm (scripts/install-deps.sh installs Debian's when they are not on the PATH).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lock=$root/package-lock.json
modules=$root/node_modules
# npm ci writes this file last, after every package is in place: its age says when the
# installation finished, and its absence that it did not.
stamp=$modules/.package-lock.json
check_only=0

case "${1:-}" in
    "") ;;
    --check) check_only=1 ;;
    -h | --help)
        sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "install-node-deps: unknown argument '$1' (try --help)" >&2
        exit 2
        ;;
esac

if [[ -f "$stamp" && ! "$lock" -nt "$stamp" ]]; then
    echo "install-node-deps: node_modules is up to date with package-lock.json"
    exit 0
fi

if [[ -e "$modules" ]]; then
    echo "install-node-deps: node_modules is older than package-lock.json or incomplete"
else
    echo "install-node-deps: node_modules is missing"
fi
if ((check_only)); then
    exit 1
fi

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "install-node-deps: '$tool' is not on the PATH; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

# One install at a time: two `npm ci` in the same folder (two `make deps` started together)
# delete each other's files. The second waits here, then finds the first one's work done.
exec 9>"${TMPDIR:-/tmp}/salesdesk-node-deps-$(id -u).lock"
flock 9
if [[ -f "$stamp" && ! "$lock" -nt "$stamp" ]]; then
    echo "install-node-deps: node_modules was installed meanwhile by another run"
    exit 0
fi

echo "install-node-deps: npm ci (node $(node --version), npm $(npm --version))"
# --ignore-scripts: no package may run code at install time (none of ours needs to).
(cd "$root" && npm ci --ignore-scripts --no-audit --no-fund)
# npm ci keeps the files' times from the packages; mark the installation's end so that the next
# run sees node_modules as newer than the lock file.
touch "$stamp"

anvil=$modules/@foundry-rs/anvil-linux-amd64/bin/anvil
if ! "$anvil" --version >/dev/null 2>&1; then
    echo "install-node-deps: $anvil does not run on this machine" >&2
    exit 1
fi
echo "install-node-deps: installed; $("$anvil" --version | head -n 1)"
