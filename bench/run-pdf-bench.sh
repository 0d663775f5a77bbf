#!/usr/bin/env bash
# run-pdf-bench.sh: the PDF viewer's benchmark in one run (issue 4): PageRenderer beside
# pdftoppm at 96 and 150 dpi on a 20-page form and a 20-page scan, opening the form until its
# first page is rendered, and scrolling 200 pages (event-loop stalls, memory against the cache
# bound). Prints a Markdown table (for docs/benchmarks.md) and keeps DATA_DIR/pdf-results.tsv.
#
# usage: bench/run-pdf-bench.sh BENCH_PDFRENDER DATA_DIR
# ctest runs it with label `bench` (tools/dev bench). Needs pdftoppm (poppler-utils).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BENCH_PDFRENDER DATA_DIR" >&2
  exit 2
fi
bench=$1
data=$2
command -v pdftoppm >/dev/null || { echo "run-pdf-bench: pdftoppm is missing" >&2; exit 2; }

mkdir -p "$data"
printf 'run-pdf-bench: %s, %s, %s core(s)\n' "$(pdftoppm -v 2>&1 | head -1)" \
  "$(uname -m)" "$(nproc)" >&2
# Offscreen: no window system between the viewer and the measurement.
QT_QPA_PLATFORM=offscreen "$bench" run "$data"
