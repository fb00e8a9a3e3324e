#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/hvbench_*.ts from the sources (core/, ui/, app/; not tests/ nor the
# Qt-free agent and workloads) with lupdate.  Run it after adding or changing a user-visible
# string, translate the new entries (Qt Linguist: `linguist translations/hvbench_it.ts`, or
# edit the XML: fill <translation> and drop type="unfinished"), and commit the .ts files.
# The build turns them into .qm files (never committed).  Strings that are gone are dropped
# (-no-obsolete), so tst_translations' "no unfinished, no vanished entries" check stays true.
#   hvbench_it.ts  every message, in Italian
#   hvbench_en.ts  only the messages with plural forms (%n), English singular/plural
set -euo pipefail
cd "$(dirname "$0")/.."

LUPDATE=${LUPDATE:-}
if [ -z "$LUPDATE" ]; then
  for c in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then LUPDATE=$c; break; fi
  done
fi
[ -n "$LUPDATE" ] || { echo "lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }

sources=(core ui app)
common=(-extensions cpp,h -I core -I ui -I app/cli -I app/gui -locations relative -no-obsolete -no-ui-lines -silent)
exclude=(core/workloads app/agent)
args=()
for s in "${sources[@]}"; do args+=("$s"); done
# lupdate has no exclude option for folders: list the files instead.
mapfile -t files < <(find "${args[@]}" \( -name '*.cpp' -o -name '*.h' \) | grep -v -E "^($(IFS='|'; echo "${exclude[*]}"))/" | sort)

"$LUPDATE" "${common[@]}" "${files[@]}" -source-language en -target-language it -ts translations/hvbench_it.ts
"$LUPDATE" "${common[@]}" -pluralonly "${files[@]}" -source-language en -target-language en \
  -ts translations/hvbench_en.ts

count() { grep -c "$1" "$2" || true; }
for ts in translations/hvbench_*.ts; do
  echo "$ts: $(count '<message' "$ts") messages, $(count 'type="unfinished"' "$ts") unfinished"
done
