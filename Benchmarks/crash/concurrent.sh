#!/usr/bin/env bash
# Concurrency: 4 writer processes and 2 reader processes on one database for 60 s. Each writer adds officers
# (`muster officers add`, one process per write, badge W<writer>-<n>) and records completions for them
# (`muster record`); each reader runs `muster status` and `muster audit verify` over and over. Reported:
# writes acknowledged (exit 0), writes lost (acknowledged but not in the file at the end), busy errors that
# reached the user (any "busy" in a command's output), other failures, and the file's integrity and audit
# trail at the end.
#
#   bash Benchmarks/crash/concurrent.sh [--seconds 60] [--writers 4] [--readers 2] [--officers 1000] [--muster PATH]
#
# Builds nothing: pass --muster or build `swift build -c release --scratch-path .build-rel` first.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60 writers=4 readers=2 officers=1000 muster=.build-rel/release/muster
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --writers) writers=$2; shift 2 ;;
        --readers) readers=$2; shift 2 ;;
        --officers) officers=$2; shift 2 ;;
        --muster) muster=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
muster=$(realpath "$muster")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MUSTER_DB=$work/agency.sqlite LANG=C.UTF-8 USER=${USER:-$(id -un)}
"$muster" demo --officers "$officers" --seed 7 --as-of 2026-11-23 >/dev/null 2>&1
read -r module score hours < <(sqlite3 -batch -separator ' ' "$MUSTER_DB" \
    "SELECT module_id, coalesce(score, 100), hours FROM completion WHERE result = 'pass' AND hours IS NOT NULL LIMIT 1")
end=$(( $(date +%s) + seconds ))

writer() {  # $1: writer number. Appends "officer BADGE" / "completion ID" per acknowledged write.
    local n=0 out
    while [ "$(date +%s)" -lt "$end" ]; do
        n=$((n + 1))
        if out=$("$muster" officers add --badge "W$1-$n" --last-name "Writer$1" --first-name "N$n" \
                 --hire-date 2020-01-01 2>&1); then
            echo "officer W$1-$n" >> "$work/acked.$1"
        else
            echo "officers add W$1-$n: $out" >> "$work/failed.$1"; continue
        fi
        if out=$("$muster" record "$module" --officer "W$1-$n" --on 2024-06-01 --result pass --score "$score" \
                 --hours "$hours" --instructor "Writer$1" 2>&1); then
            echo "completion W$1-$n" >> "$work/acked.$1"
        else
            echo "record W$1-$n: $out" >> "$work/failed.$1"
        fi
    done
}
reader() {  # $1: reader number
    local out
    while [ "$(date +%s)" -lt "$end" ]; do
        for command in "status --format csv" "audit verify"; do
            # shellcheck disable=SC2086
            if out=$("$muster" $command 2>&1 >/dev/null); then echo ok >> "$work/reads.$1"
            else echo "$command: $out" >> "$work/failed.r$1"; fi
        done
    done
}

for ((w = 1; w <= writers; w++)); do writer "$w" & done
for ((r = 1; r <= readers; r++)); do reader "$r" & done
wait

every() { cat "$work"/"$1".* 2>/dev/null || true; }   # every process's lines of one kind
acked=$(every acked | wc -l)
reads=$(every reads | wc -l)
lost=0
while read -r kind badge; do
    case "$kind" in
        officer) sql="SELECT count(*) FROM officer WHERE badge = '$badge'" ;;
        completion) sql="SELECT count(*) FROM completion WHERE badge = '$badge' AND instructor LIKE 'Writer%'" ;;
    esac
    [ "$(sqlite3 -batch "$MUSTER_DB" "$sql")" = 1 ] || { lost=$((lost + 1)); echo "lost: $kind $badge"; }
done < <(every acked)
busy=$(every failed | grep -ci busy || true)
failed=$(every failed | wc -l)
every failed | head -5
integrity=$(sqlite3 -batch "$MUSTER_DB" "PRAGMA integrity_check" | head -1)
verify=$("$muster" audit verify 2>&1 | head -1)
echo "$writers writers × ${seconds} s + $readers readers: $acked writes acknowledged, $lost lost; $reads reads;" \
     "$busy busy errors surfaced, $failed failures in all"
echo "at the end: integrity $integrity; $verify"
[ "$lost" = 0 ] && [ "$busy" = 0 ] && [ "$integrity" = ok ]
