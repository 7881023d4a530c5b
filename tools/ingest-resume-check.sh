#!/usr/bin/env bash
# Ingest at scale, killed and resumed: codes a corpus of N recombined test articles
# (tools/make-corpus.py) into one store without interruption, then into a second store with the
# run killed by SIGKILL about halfway through and started again, and compares the two stores'
# row counts (tidings stats). Equal counts mean nothing was lost and nothing stored twice:
# content hashes and (article, event) pairs are unique keys.
#
#     tools/ingest-resume-check.sh [N] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
threads=${2:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tools/make-corpus.py "$n" > "$work/corpus.jsonl"
./tidings stats --help > /dev/null   # builds the jar on first use, outside the timings

start=$(date +%s)
./tidings ingest "$work/corpus.jsonl" --db "$work/whole.db" --threads "$threads" > "$work/whole.log" 2>&1
whole=$(( $(date +%s) - start ))
echo "uninterrupted: $(tail -n 1 "$work/whole.log") in ${whole} s"

./tidings ingest "$work/corpus.jsonl" --db "$work/killed.db" --threads "$threads" > "$work/killed.log" 2>&1 &
pid=$!
sleep $(( whole / 2 ))
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
echo "killed after $(( whole / 2 )) s with $(./tidings stats --db "$work/killed.db" | awk '$1 == "articles" {print $2}') articles stored"
./tidings ingest "$work/corpus.jsonl" --db "$work/killed.db" --threads "$threads" > "$work/resumed.log" 2>&1
echo "resumed: $(tail -n 1 "$work/resumed.log")"

./tidings stats --db "$work/whole.db" > "$work/whole.counts"
./tidings stats --db "$work/killed.db" > "$work/killed.counts"
paste "$work/whole.counts" "$work/killed.counts" | awk '{printf "%-12s %10s %10s\n", $1, $2, $4}'
if cmp -s "$work/whole.counts" "$work/killed.counts"; then
  echo "equal: the killed and resumed store holds exactly what the uninterrupted one does"
else
  echo "DIFFERENT counts" >&2
  exit 1
fi
