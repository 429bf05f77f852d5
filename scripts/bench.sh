#!/usr/bin/env bash
# Times a full flinklint scan against ast-grep running one pattern over the
# same trees: generated monorepos of 2,000 and 20,000 files (cmd/monorepo-gen,
# seed 1), plus any DIR given. For each tree it runs one untimed warm-up of
# both tools (page cache), then alternates flinklint and ast-grep for
# $BENCH_ROUNDS rounds and prints the median wall time, files/s, MB/s and
# peak RSS of each, and the ratio flinklint/ast-grep (lower is better).
#
#   flinklint scan -f sarif -o /dev/null --fail-on none TREE   (default workers)
#   ast-grep run --lang java --pattern '$X.uid($Y)' -j $BENCH_THREADS TREE >/dev/null
#
# ast-grep comes from the npm registry (@ast-grep/cli), installed into
# .cache/ on first use; its native binary is timed, not the node wrapper.
# Usage: scripts/bench.sh [DIR ...]
# Environment: BENCH_SIZES (default "2000 20000"), BENCH_ROUNDS (3),
# BENCH_THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(${BENCH_SIZES-2000 20000})
rounds=${BENCH_ROUNDS:-3}
threads=${BENCH_THREADS:-2}
astgrep_version=0.51.1

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

tool_dir=.cache/ast-grep
find_astgrep() { find "$tool_dir/node_modules/@ast-grep" -path '*/cli-*/ast-grep' -type f -perm -u+x 2>/dev/null | sort | head -1; }
astgrep=$(find_astgrep)
if [ -z "$astgrep" ]; then
  mkdir -p "$tool_dir"
  (cd "$tool_dir" && npm install --no-audit --no-fund --silent --prefix . "@ast-grep/cli@$astgrep_version" >/dev/null)
  astgrep=$(find_astgrep)
fi
[ -n "$astgrep" ] || { echo "bench: ast-grep's native binary not found under $tool_dir" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/flinklint" ./cmd/flinklint
go build -o "$work/monorepo-gen" ./cmd/monorepo-gen

echo "bench: $(nproc) cores, $(uname -m), $(go version | cut -d' ' -f3), $("$astgrep" --version)"

# timed CMD...: runs CMD with its output discarded; appends "seconds KB" to $work/t.
timed() {
  /usr/bin/time -f '%e %M' -a -o "$work/t" "$@" >/dev/null 2>"$work/err" || {
    status=$?
    # ast-grep exits 1 when nothing matches; anything else is a failure.
    if [ "$(basename "$1")" != ast-grep ] || [ $status -ne 1 ]; then
      echo "bench: $* failed (exit $status):" >&2
      cat "$work/err" >&2
      exit 1
    fi
  }
}

median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
maxof() { sort -g | tail -1; }

bench_tree() {
  local tree=$1 label=$2 detail=${3:-}
  local files bytes
  files=$(find "$tree" -type f | wc -l)
  bytes=$(find "$tree" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  local fl=(scan -f sarif -o /dev/null --fail-on none "$tree")
  local ag=(run --lang java --pattern '$X.uid($Y)' -j "$threads" "$tree")
  "$work/flinklint" "${fl[@]}" >/dev/null 2>&1 || true
  "$astgrep" "${ag[@]}" >/dev/null 2>&1 || true
  : >"$work/fl.t"
  : >"$work/ag.t"
  for ((r = 1; r <= rounds; r++)); do
    : >"$work/t"
    timed "$work/flinklint" "${fl[@]}"
    cat "$work/t" >>"$work/fl.t"
    : >"$work/t"
    timed "$astgrep" "${ag[@]}"
    cat "$work/t" >>"$work/ag.t"
  done
  local fl_s fl_kb ag_s ag_kb
  fl_s=$(awk '{print $1}' "$work/fl.t" | median)
  fl_kb=$(awk '{print $2}' "$work/fl.t" | maxof)
  ag_s=$(awk '{print $1}' "$work/ag.t" | median)
  ag_kb=$(awk '{print $2}' "$work/ag.t" | maxof)
  local ratios
  ratios=$(paste "$work/fl.t" "$work/ag.t" | awk '{print ($3 > 0) ? $1 / $3 : 0}' | median)
  awk -v label="$label" -v detail="$detail" -v files="$files" -v bytes="$bytes" -v rounds="$rounds" -v ratios="$ratios" \
    -v fl_s="$fl_s" -v fl_kb="$fl_kb" -v ag_s="$ag_s" -v ag_kb="$ag_kb" \
    -v fl_all="$(awk '{printf "%s ", $1}' "$work/fl.t")" -v ag_all="$(awk '{printf "%s ", $1}' "$work/ag.t")" 'BEGIN {
      fs = (fl_s > 0) ? fl_s : 0.001; as = (ag_s > 0) ? ag_s : 0.001
      printf "\n%s: %d files, %.1f MB\n", label, files, bytes / 1e6
      if (detail != "") printf "  %s\n", detail
      printf "  flinklint  median %7.2f s of %d (%s)  %7.0f files/s  %6.1f MB/s  peak RSS %4.0f MB\n", fl_s, rounds, fl_all, files / fs, bytes / 1e6 / fs, fl_kb / 1024
      printf "  ast-grep   median %7.2f s of %d (%s)  %7.0f files/s  %6.1f MB/s  peak RSS %4.0f MB\n", ag_s, rounds, ag_all, files / as, bytes / 1e6 / as, ag_kb / 1024
      printf "  ratio flinklint/ast-grep: %.2f (medians; median of per-round ratios %.2f)\n", fs / as, ratios
    }'
}

for n in "${sizes[@]}"; do
  "$work/monorepo-gen" -files "$n" -seed 1 "$work/tree-$n" >"$work/gen.txt"
  bench_tree "$work/tree-$n" "generated monorepo, seed 1" "$(cat "$work/gen.txt")"
  rm -rf "$work/tree-$n"
done
for dir in "$@"; do
  bench_tree "$dir" "$dir"
done
