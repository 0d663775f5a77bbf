#!/usr/bin/env bash
# run-sign-bench.sh: the signing benchmark in one run (issue 5, Performance). Makes the test
# PKI (tests/signing-pki/make-test-pki.sh) and 200 files of 100 KiB, then for RSA-3072 and
# ECDSA P-256 side by side:
#   - Workroom (bench_signing): the key opened once, all 200 files signed, then all 200
#     verified, through the library in one process, as the app does;
#   - openssl: `openssl cms -sign` and `openssl cms -verify` in one shell loop over the same
#     files and keys (one process per file: that start-up is part of what it costs).
# Then one 500 MB file is signed by Workroom and its peak resident memory over the baseline is
# read from /proc/self/status (VmHWM after a reset, against VmRSS before).
#
# usage: bench/run-sign-bench.sh BENCH_SIGNING PKI_SCRIPT DATA_DIR
# ctest runs it with label `bench` (tools/dev bench). Environment: WORKROOM_BENCH_SIGN_FILES
# (200), WORKROOM_BENCH_SIGN_BIG_MB (500), WORKROOM_BENCH_KEEP=1 keeps the data.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 BENCH_SIGNING PKI_SCRIPT DATA_DIR" >&2
  exit 2
fi
bench=$1
pki_script=$2
data=$3
count=${WORKROOM_BENCH_SIGN_FILES:-200}
big_mb=${WORKROOM_BENCH_SIGN_BIG_MB:-500}
memory_target_kib=$((50 * 1024))
ratio_target=1.2

say() { printf 'run-sign-bench: %s\n' "$*" >&2; }
now_ns() { date +%s%N; }

rm -rf "$data"
mkdir -p "$data/files"
pki=$data/pki
say "making the test PKI"
bash "$pki_script" "$pki" >/dev/null
say "making $count files of 100 KiB"
for i in $(seq -w 1 "$count"); do
  head -c 102400 /dev/urandom > "$data/files/doc-$i.bin"
done

results=$data/results.tsv
: > "$results"
printf 'side\toperation\tkey\tfiles\tseconds\tfiles_per_s\tcpu_seconds\tcpu_files_per_s\n' >> "$results"

# CPU seconds (user + system) of a subshell's children, from the last line of bash's `times`
# run at its end (not in a pipe: that would be another subshell without children).
children_cpu() {
  tail -1 | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60 + p[2] } printf "%.3f", n }'
}

openssl_loop() { # sign|verify NAME CHAIN OUT
  local op=$1 name=$2 chain=$3 out=$4 f
  mkdir -p "$out"
  if [ "$op" = sign ]; then
    for f in "$data"/files/*.bin; do
      openssl cms -sign -binary -md sha256 -outform DER -in "$f" \
        -signer "$pki/$name.pem" -inkey "$pki/$name.key" -certfile "$pki/$chain" \
        -out "$out/$(basename "$f").p7s"
    done
  else
    for f in "$data"/files/*.bin; do
      openssl cms -verify -binary -content "$f" -inform DER -in "$out/$(basename "$f").p7s" \
        -CAfile "$pki/root.pem" -purpose any -out /dev/null 2>/dev/null
    done
  fi
}

summary=()
for key in rsa ec; do
  name=signer-$key
  chain=inter-$key.pem
  label=$([ $key = rsa ] && echo RSA-3072 || echo "ECDSA P-256")
  say "$label: Workroom signs and verifies $count files"
  "$bench" throughput "$pki" "$data/files" "$data/workroom-$key" "$name" | tee -a "$results" >&2

  for op in sign verify; do
    say "$label: openssl cms -$op, one process per file"
    start=$(now_ns)
    cpu=$(openssl_loop $op "$name" "$chain" "$data/openssl-$key"; times)
    cpu=$(children_cpu <<<"$cpu")
    end=$(now_ns)
    awk -v op=$op -v key="$name" -v n="$count" -v ns=$((end - start)) -v cpu="$cpu" \
      'BEGIN { s = ns / 1e9; printf "openssl\t%s\t%s\t%d\t%.3f\t%.1f\t%.3f\t%.1f\n", op, key, n, s, n / s, cpu, n / cpu }' \
      | tee -a "$results" >&2
  done

  # The per-process floor: one file, 20 times, with and without the work.
  start=$(now_ns)
  for _ in $(seq 1 20); do
    openssl cms -sign -binary -md sha256 -outform DER -in "$data/files/doc-$(printf '%0*d' ${#count} 1).bin" \
      -signer "$pki/$name.pem" -inkey "$pki/$name.key" -certfile "$pki/$chain" -out /dev/null
  done
  end=$(now_ns)
  awk -v key="$name" -v ns=$((end - start)) \
    'BEGIN { printf "openssl\tsign_one_file_ms\t%s\t20\t%.3f\t%.1f\n", key, ns / 1e9, ns / 20 / 1e6 }' \
    | tee -a "$results" >&2
done
start=$(now_ns)
for _ in $(seq 1 20); do openssl version >/dev/null; done
end=$(now_ns)
awk -v ns=$((end - start)) \
  'BEGIN { printf "openssl\tprocess_start_ms\t-\t20\t%.3f\t%.1f\n", ns / 1e9, ns / 20 / 1e6 }' \
  | tee -a "$results" >&2

# The raw floor of the key operations in one process (no CMS, no files), for scale.
say "openssl speed: the bare RSA-3072 and P-256 operations"
speed=$(openssl speed -seconds 2 rsa3072 ecdsap256 2>/dev/null || true)
# OpenSSL 3.5 prints RSA as "rsa3072 keygen signs verify keygens/s sign/s verify/s" after a
# header naming "signs" (the line before it is encapsulation); older ones "rsa 3072 bits ...".
awk '/signs/ { signs = 1 }
     (/^ *rsa3072 / && signs) || /^rsa 3072 bits/ { printf "openssl\tspeed_ops_per_s\trsa3072\t-\tsign=%s\tverify=%s\n", $(NF-1), $NF; signs = 0 }
     /^ *256 bits ecdsa \(nistp256\)/ { printf "openssl\tspeed_ops_per_s\tp256\t-\tsign=%s\tverify=%s\n", $(NF-1), $NF }' \
  <<<"$speed" | tee -a "$results" >&2

say "Workroom signs one file of $big_mb MB"
head -c "$((big_mb * 1000 * 1000))" /dev/urandom > "$data/big.bin"
memory_line=$("$bench" memory "$pki" "$data/big.bin" "$data/workroom-big" signer-rsa)
echo "$memory_line" >&2
rm -f "$data/big.bin"

# --- the table ------------------------------------------------------------------------------
echo
printf '%-12s %-7s %12s %12s %8s %10s %10s %8s  %s\n' key op workroom/s openssl/s ratio \
  "wr/cpu-s" "ossl/cpu-s" "cpu-ratio" "verdict (target: Workroom >= openssl / $ratio_target)"
for key in signer-rsa signer-ec; do
  for op in sign verify; do
    ours=$(awk -F'\t' -v k=$key -v o=$op '$1 == "workroom" && $2 == o && $3 == k { print $6, $8 }' "$results")
    theirs=$(awk -F'\t' -v k=$key -v o=$op '$1 == "openssl" && $2 == o && $3 == k { print $6, $8 }' "$results")
    awk -v k=$key -v o=$op -v a="$ours" -v b="$theirs" -v t=$ratio_target 'BEGIN {
      split(a, x, " "); split(b, y, " ")
      printf "%-12s %-7s %12.1f %12.1f %8.2f %10.1f %10.1f %8.2f  %s\n", k, o, x[1], y[1], y[1] / x[1],
        x[2], y[2], y[2] / x[2], (x[1] * t >= y[1] && x[2] * t >= y[2] ? "ok" : "SLOWER")
    }'
  done
done
awk -F'\t' '$2 ~ /_ms$/ { printf "openssl %s (%s): %s ms per process\n", $2, $3, $6 }' "$results"
awk -F'\t' '$2 == "speed_ops_per_s" { printf "openssl speed %s, one process, bare key operation: %s/s, %s/s\n", $3, $5, $6 }' "$results"
printf 'load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
peak=$(sed -n 's/.*peak_over_baseline_kib=\([0-9-]*\).*/\1/p' <<<"$memory_line")
printf 'Workroom, %s MB file: %s\n' "$big_mb" "$(cut -f5- <<<"$memory_line")"
printf 'peak resident memory over the baseline: %s KiB (target %s KiB): %s\n' \
  "$peak" "$memory_target_kib" "$([ "$peak" -le $memory_target_kib ] && echo ok || echo OVER)"
echo "results: $results"

if [ "${WORKROOM_BENCH_KEEP:-0}" != 1 ]; then
  rm -rf "$data/files" "$data"/workroom-* "$data"/openssl-*
fi
