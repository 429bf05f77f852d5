#!/usr/bin/env bash
# Validates flinklint's SARIF with Microsoft's SARIF Multitool (the rules
# GitHub code scanning applies on upload: --rule-kind "Sarif;Gh") and fails
# on any error or warning. Installs the Multitool from the npm registry into
# .cache/ on first use. Usage: scripts/sarif-validate.sh [PROJECT ...]
set -euo pipefail
cd "$(dirname "$0")/.."

projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(testdata/projects/monorepo testdata/projects/cluster-monorepo)

tool_dir=.cache/sarif-multitool
tool="$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ]; then
  mkdir -p "$tool_dir"
  (cd "$tool_dir" && npm install --no-audit --no-fund --silent --prefix . @microsoft/sarif-multitool-linux@5.7.0 >/dev/null)
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/flinklint" ./cmd/flinklint

status=0
for p in "${projects[@]}"; do
  [ -d "$p" ] || continue
  name=$(basename "$p")
  "$out/flinklint" scan -f sarif --fail-on none -o "$out/$name.sarif" "$p"
  "$tool" validate --rule-kind "Sarif;Gh" --level "Error;Warning;Note" --log ForceOverwrite \
    --output "$out/$name.validation.sarif" "$out/$name.sarif" >"$out/$name.log" 2>&1 || true
  counts=$(node -e '
    const l = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const c = {error: 0, warning: 0, note: 0};
    for (const r of l.runs.flatMap(x => x.results || [])) c[r.level || "warning"]++;
    for (const r of l.runs.flatMap(x => x.invocations || []).flatMap(i => i.toolExecutionNotifications || []))
      if (r.level === "error") c.error++;
    console.log(`${c.error} ${c.warning} ${c.note}`);
  ' "$out/$name.validation.sarif")
  read -r errors warnings notes <<<"$counts"
  echo "sarif-validate: $p: $errors errors, $warnings warnings, $notes notes (Multitool, Sarif;Gh)"
  if [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
    grep -E ": (error|warning) " "$out/$name.log" || cat "$out/$name.log"
    status=1
  fi
done
exit $status
