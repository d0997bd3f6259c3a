#!/bin/sh
# Refreshes translations/*.ts from the sources of ui/ and app/ (the only places with tr()) and
# reports how many entries still need a translator. Run it after changing any user-visible string,
# then translate what it reports (Qt Linguist, or edit the .ts by hand) and commit the .ts files.
#
#   translations/update.sh           refresh and report
#   translations/update.sh --check   report only; exit 1 when anything is unfinished (for CI)
#
# -no-obsolete drops strings that left the code and -locations none keeps file/line numbers out,
# so a diff shows only real string changes. qourier_en.ts holds plural forms only (-pluralonly):
# English singular strings need no translation, the source text is English.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}

if [ "${1:-}" != "--check" ]; then
    common="-silent -no-obsolete -locations none -extensions cpp,h,ui"
    # shellcheck disable=SC2086 # word splitting of $common is intended
    "$LUPDATE" $common ui app -ts translations/qourier_zh_CN.ts translations/qourier_zh_TW.ts
    # shellcheck disable=SC2086
    "$LUPDATE" $common -pluralonly ui app -ts translations/qourier_en.ts
fi

status=0
for ts in translations/qourier_zh_CN.ts translations/qourier_zh_TW.ts translations/qourier_en.ts; do
    total=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $unfinished unfinished of $total"
    [ "$unfinished" -eq 0 ] || status=1
done
if [ "${1:-}" = "--check" ]; then
    exit $status
fi
