#!/usr/bin/env bash
# run-store-bench.sh: the store benchmark in one run. bench_store seeds a workroom and measures
# seed, open, search and import beside the sqlite3 tool; then the GUI opens the seeded profile
# under Xvfb and its resident memory is read from /proc.
#
# usage: bench/run-store-bench.sh BENCH_STORE WORKROOM_GUI DATA_DIR
# ctest runs it with label `bench` (tools/dev bench). Environment: WORKROOM_BENCH_CASES
# (100000), WORKROOM_BENCH_PDFS (1000), WORKROOM_BENCH_GUI_SECONDS (10: how long the window
# stays open while its memory is sampled), WORKROOM_BENCH_KEEP=1 keeps the 2 GB of data.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 BENCH_STORE WORKROOM_GUI DATA_DIR" >&2
  exit 2
fi
bench=$1
gui=$2
data=$3
gui_seconds=${WORKROOM_BENCH_GUI_SECONDS:-10}
rss_target_mb=250

say() { printf 'run-store-bench: %s\n' "$*" >&2; }

"$bench" run "$data"

# --- the GUI with the seeded workroom open ------------------------------------------------

profile=$data/profile
results=$data/results.tsv
gui_rows=()
add_row() { # measurement value target verdict
  gui_rows+=("$(printf 'gui\t%s\t%s\t-\t%s\t%s' "$1" "$2" "$3" "$4")")
}

# Starts the GUI under Xvfb with the given arguments, samples VmRSS and VmHWM of its process
# every 100 ms for at most $1 seconds (or until it exits), then ends it. Prints
# "rss_kb hwm_kb seconds_alive exit_status".
sample_gui() {
  local seconds=$1
  shift
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    seconds=$1
    shift
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$WORKROOM_BENCH_GUI_LOG" &
    pid=$!
    rss=0 hwm=0
    for _ in $(seq 1 $((seconds * 10))); do
      [ -r /proc/$pid/status ] || break
      now_rss=$(awk "/^VmRSS:/ { print \$2 }" /proc/$pid/status 2>/dev/null || true)
      now_hwm=$(awk "/^VmHWM:/ { print \$2 }" /proc/$pid/status 2>/dev/null || true)
      [ -n "$now_rss" ] && rss=$now_rss
      [ -n "$now_hwm" ] && hwm=$now_hwm
      kill -0 $pid 2>/dev/null || break
      sleep 0.1
    done
    alive=$(( ($(date +%s%N) - start) / 1000000 ))
    if kill -0 $pid 2>/dev/null; then
      kill $pid 2>/dev/null || true
    fi
    status=0
    wait $pid || status=$?
    echo "$rss $hwm $alive $status"
  ' _ "$seconds" "$@"
}

mb() { awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }'; }

if [ ! -x "$gui" ]; then
  say "no GUI at $gui: memory not measured"
  add_row "resident memory with the seeded workroom open" "not measured (no GUI binary)" "< $rss_target_mb MB" "n/a"
elif ! command -v xvfb-run >/dev/null 2>&1; then
  say "xvfb-run is missing: GUI memory not measured"
  add_row "resident memory with the seeded workroom open" "not measured (no xvfb-run)" "< $rss_target_mb MB" "n/a"
else
  export WORKROOM_BENCH_GUI_LOG=$data/gui.log
  shot=$data/gui-seeded.png
  say "GUI: the seeded profile until the first screenshot"
  shot_hwm=0 shot_ms=0 shot_status=1 rss=0 hwm=0 base_rss=0 base_hwm=0
  read -r _ shot_hwm shot_ms shot_status < <(sample_gui 120 "$gui" --profile "$profile" --screenshot "$shot") || true
  say "GUI: the seeded profile for ${gui_seconds} s"
  read -r rss hwm _ _ < <(sample_gui "$gui_seconds" "$gui" --profile "$profile") || true
  # The same binary on a fresh profile (the 40-case demo workroom it creates): what the data
  # costs on top of Qt, the widgets and the libraries.
  baseline_profile=$data/gui-baseline-profile
  rm -rf "$baseline_profile"
  say "GUI: a fresh profile (demo workroom) for ${gui_seconds} s"
  sample_gui 120 "$gui" --profile "$baseline_profile" --screenshot "$data/gui-baseline.png" >/dev/null || true
  read -r base_rss base_hwm _ _ < <(sample_gui "$gui_seconds" "$gui" --profile "$baseline_profile") || true

  if [ "$shot_status" = 0 ] && [ -s "$shot" ]; then
    add_row "start until the window is painted (--screenshot, incl. its 300 ms wait)" "${shot_ms} ms" "" ""
  else
    add_row "start until the window is painted (--screenshot)" "failed (exit $shot_status, see gui.log)" "" ""
  fi
  verdict=$(awk -v kb="$rss" -v t="$rss_target_mb" 'BEGIN { print (kb > 0 && kb / 1024 < t) ? "met" : "MISSED" }')
  add_row "VmRSS after ${gui_seconds} s, seeded workroom open" "$(mb "$rss")" "< $rss_target_mb MB" "$verdict"
  add_row "VmHWM (peak) seeded workroom | during the screenshot run" "$(mb "$hwm") | $(mb "$shot_hwm")" "" ""
  add_row "VmRSS | VmHWM with a fresh profile (demo workroom, 40 cases)" "$(mb "$base_rss") | $(mb "$base_hwm")" "" ""
  add_row "screenshots" "$shot, $data/gui-baseline.png" "" ""
fi

printf '%s\n' "${gui_rows[@]}" >>"$results"
printf '\n%-8s  %-72s  %-28s  %-10s  %s\n' section measurement Workroom target verdict
for row in "${gui_rows[@]}"; do
  IFS=$'\t' read -r section what value _ target verdict <<<"$row"
  printf '%-8s  %-72s  %-28s  %-10s  %s\n' "$section" "$what" "$value" "$target" "$verdict"
done

if [ "${WORKROOM_BENCH_KEEP:-}" != 1 ]; then
  # Gigabytes of blobs and scripts; the figures, the screenshots and the GUI log stay.
  rm -rf "$profile" "$data/gui-baseline-profile" "$data/pdfs" "$data"/floor*
fi
say "figures in $results"
