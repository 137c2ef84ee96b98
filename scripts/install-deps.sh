#!/usr/bin/env bash
# Installs the Debian 12 packages Sales Desk needs (listed in scripts/debian-packages.txt).
# Checks each one with dpkg-query and installs only the missing ones, so a second run does
# nothing and takes a fraction of a second. Uses sudo when not root. Then node and npm (Debian's
# nodejs and npm, only when no node or npm is on the PATH: one from elsewhere is kept) and the npm
# packages of package-lock.json (scripts/install-node-deps.sh), for the contracts.
#
#   scripts/install-deps.sh            install what is missing
#   scripts/install-deps.sh --check    only report what is missing (exit 1 if anything is)
#
# SALESDESK_SKIP_DEPS=1 skips the Debian packages (for machines managed some other way); the npm
# packages, which live in the work tree, are still installed (node and npm must be on the PATH).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
list_file="$here/debian-packages.txt"
check_only=0

case "${1:-}" in
    "") ;;
    --check) check_only=1 ;;
    -h | --help)
        sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "install-deps: unknown argument '$1' (try --help)" >&2
        exit 2
        ;;
esac

if [[ "${SALESDESK_SKIP_DEPS:-0}" == 1 ]]; then
    echo "install-deps: SALESDESK_SKIP_DEPS=1, not checking Debian packages"
    if ((check_only)); then
        exec bash "$here/install-node-deps.sh" --check
    fi
    exec bash "$here/install-node-deps.sh"
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: this is not a Debian-based system (no dpkg-query/apt-get)." >&2
    echo "install-deps: install the equivalents of $list_file yourself," >&2
    echo "install-deps: then run with SALESDESK_SKIP_DEPS=1." >&2
    exit 1
fi

# Package names: strip comments and blank lines; several names per line are allowed.
packages=()
while IFS= read -r line || [[ -n "$line" ]]; do
    line=${line%%#*}
    read -ra words <<<"$line"
    packages+=("${words[@]}")
done <"$list_file"

# node and npm may come from elsewhere (NodeSource, nvm): Debian's are installed only when the
# command is missing, never next to another one.
if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs)
fi
if ! command -v npm >/dev/null 2>&1; then
    packages+=(npm)
fi

# The npm packages, once node and npm are there.
node_deps() {
    if ((check_only)); then
        if ! command -v npm >/dev/null 2>&1; then
            echo "install-deps: npm is missing, so are the npm packages"
            return 1
        fi
        bash "$here/install-node-deps.sh" --check
    else
        bash "$here/install-node-deps.sh"
    fi
}

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != installed ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    node_deps
    exit
fi

echo "install-deps: missing: ${missing[*]}"
if ((check_only)); then
    node_deps || true
    exit 1
fi

sudo=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: not root and sudo is not installed; as root, run:" >&2
        echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    if [[ -t 0 ]]; then
        sudo=(sudo)
    else
        sudo=(sudo -n) # no terminal to ask for a password on: fail rather than hang
    fi
    echo "install-deps: using sudo to install them"
fi

apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)

echo "install-deps: apt-get update"
"${apt[@]}" update -q
echo "install-deps: apt-get install ${missing[*]}"
"${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"

# Check again: apt-get can succeed without installing a name it resolved to something else.
still_missing=()
for pkg in "${missing[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || still_missing+=("$pkg")
done
if ((${#still_missing[@]} != 0)); then
    echo "install-deps: still missing after apt-get: ${still_missing[*]}" >&2
    exit 1
fi
echo "install-deps: installed ${#missing[@]} package(s)"
node_deps
