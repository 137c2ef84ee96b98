#!/usr/bin/env bash
# Builds the packages (make package) and checks what can be checked on Debian 12:
#   - lintian on the .deb: no errors (the tags suppressed are listed, with the reasons, in
#     packaging/lintian-suppressed-tags);
#   - appstreamcli validate and desktop-file-validate on the files the .deb installs;
#   - the man pages render without warnings;
#   - the packaged binaries run from an extracted tree: --version, and the GUI starts offscreen
#     and quits (--quit-after-start);
#   - the .rpm and the .tar.gz hold the same files.
# Usage: scripts/check-package.sh [--no-build]   (PRESET=debug picks another build folder)
#   --no-build: run cpack on the build folder as it is, without `make package` building first
#   (when everything is already built).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=${PRESET:-default}
build_dir=build/$preset
packages=$build_dir/packages
export QT_QPA_PLATFORM=offscreen

step() { echo "--- check-package: $*"; }
fail() {
    echo "check-package: $*" >&2
    exit 1
}

rm -rf "$packages"
if [[ ${1:-} == --no-build ]]; then
    step "cpack in $build_dir"
    (cd "$build_dir" && cpack >/dev/null)
else
    step "make package"
    make --no-print-directory package PRESET="$preset"
fi

deb=$(ls "$packages"/*.deb)
rpm=$(ls "$packages"/*.rpm)
tgz=$(ls "$packages"/*.tar.gz)
[[ -f $deb && -f $rpm && -f $tgz ]] || fail "expected one .deb, one .rpm and one .tar.gz in $packages"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "lintian $(basename "$deb")"
# --fail-on error: warnings are printed but do not fail the check.
lintian --fail-on error --display-info --suppress-tags-from-file packaging/lintian-suppressed-tags \
    "$deb"

step "extract the .deb"
tree=$work/deb
dpkg-deb --extract "$deb" "$tree"
dpkg-deb --field "$deb" Depends

step "appstreamcli validate"
appstreamcli validate --no-net --pedantic "$tree"/usr/share/metainfo/*.metainfo.xml

step "desktop-file-validate"
desktop-file-validate "$tree"/usr/share/applications/*.desktop

step "man pages"
for page in "$tree"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$(basename "$page"): $warnings"
    echo "$(basename "$page"): no warnings"
done

step "icons"
for size in 16 22 24 32 48 64 128 256 512; do
    icon=$(ls "$tree"/usr/share/icons/hicolor/${size}x${size}/apps/*.png)
    file --brief "$icon" | grep -q "PNG image data, $size x $size" ||
        fail "$icon is not a ${size}x${size} PNG"
done
ls "$tree"/usr/share/icons/hicolor/scalable/apps/*.svg >/dev/null

step "the packaged binaries run from the extracted tree"
expected_version=$(sed -n 's/^project(SalesDesk$//; s/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
for program in salesdesk salesdesk-cli; do
    output=$("$tree/usr/bin/$program" --version)
    echo "$output"
    [[ $output == "$program $expected_version" ]] ||
        fail "$program --version said '$output', expected '$program $expected_version'"
done
timeout 60 "$tree/usr/bin/salesdesk" --data-dir "$work/data" --quit-after-start ||
    fail "salesdesk did not start and quit (status $?)"
[[ -f $work/data/salesdesk.sqlite ]] || fail "salesdesk started but made no database"
echo "salesdesk started offscreen and quit"

step "the .rpm and the .tar.gz hold the same files as the .deb"
(cd "$tree" && find . -type f | sed 's|^\./usr/||' | sort) >"$work/deb-files"
rpm -qp --list "$rpm" 2>/dev/null | sed -n 's|^/usr/||p' | sort >"$work/rpm-files-all"
grep -Fx -f "$work/deb-files" "$work/rpm-files-all" >"$work/rpm-files" || true
diff "$work/deb-files" "$work/rpm-files" || fail "the .rpm lacks files of the .deb"
tar -tzf "$tgz" | grep -v '/$' | sed 's|^[^/]*/||' | sort >"$work/tgz-files"
diff "$work/deb-files" "$work/tgz-files" || fail "the .tar.gz and the .deb differ"
rpm -qp --requires "$rpm" 2>/dev/null | grep -q 'libQt6Widgets' ||
    fail "the .rpm does not require Qt 6 Widgets: rpmbuild found no dependencies"

step "all checks passed: $(cd "$packages" && ls *.deb *.rpm *.tar.gz | tr '\n' ' ')"
