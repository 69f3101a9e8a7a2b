#!/usr/bin/env bash
# Crash consistency: random `kill -9`s during officer imports, `officers import --sync` and class rosters
# (`record --from`), each followed by three checks on the file the killed process left:
#   1. `PRAGMA integrity_check` says ok (the sqlite3 shell);
#   2. `muster audit verify` exits 0;
#   3. the killed write is all there or not there at all (every write carries a mark of its round: new
#      badges, a rank, an instructor, so the rows it stored can be counted).
# A round whose delay outlived the command still counts its checks; the summary says how many kills landed
# while the command was running.
#
#   bash Benchmarks/crash/kill9.sh [--kills 200] [--officers 1000] [--rows 2000] [--muster PATH]
#
# Builds nothing: pass --muster or build `swift build -c release --scratch-path .build-rel` first.
set -euo pipefail
cd "$(dirname "$0")/../.."

kills=200 officers=1000 rows=2000 muster=.build-rel/release/muster
while [ $# -gt 0 ]; do
    case "$1" in
        --kills) kills=$2; shift 2 ;;
        --officers) officers=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        --muster) muster=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
muster=$(realpath "$muster")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MUSTER_DB=$work/agency.sqlite LANG=C.UTF-8 USER=${USER:-$(id -un)}
db=$MUSTER_DB
q() { sqlite3 -batch "$db" "$@"; }

"$muster" demo --officers "$officers" --seed 7 --as-of 2026-11-23 >/dev/null 2>&1
# One module whose pass these rows copy (score and hours as the demo stored them), and officers who served
# before every date a roster uses.
read -r module score hours < <(q -separator ' ' \
    "SELECT module_id, coalesce(score, 100), hours FROM completion WHERE result = 'pass' AND hours IS NOT NULL LIMIT 1")

# Round $1's file for operation $2, and the SQL that counts what of it is stored.
make_import() {  # new officers K<round>-<n>
    { echo "badge,last_name,first_name,unit,rank"
      for ((n = 0; n < rows; n++)); do echo "K$1-$n,Kill$1,Row$n,Patrol East,Officer"; done; } > "$work/in.csv"
    expect=$rows; count="SELECT count(*) FROM officer WHERE badge LIKE 'K$1-%'"
}
make_sync() {  # every serving officer gets rank R<round>; three are left out, so --sync separates them
    q -csv "SELECT badge, last_name, first_name, 'R$1' FROM officer WHERE status != 'separated'
            ORDER BY status = 'active' DESC, random()" > "$work/all.csv"
    { echo "badge,last_name,first_name,rank"; tail -n +4 "$work/all.csv"; } > "$work/in.csv"
    head -3 "$work/all.csv" | cut -d, -f1 | tr -d '"' > "$work/dropped"
    expect=$(wc -l < "$work/all.csv")   # the ranks of those in the file, and the three separations
    local dropped; dropped=$(sed "s/.*/'&'/" "$work/dropped" | paste -sd,)
    count="SELECT (SELECT count(*) FROM officer WHERE rank = 'R$1') + (SELECT count(*) FROM officer WHERE badge IN ($dropped) AND status = 'separated')"
}
make_roster() {  # completions by instructor I<round>, one per officer, on a date no other round uses (and
                 # no officer has this module on already: the roster would skip it as a duplicate)
    local day; day=$(date -u -d "2024-01-01 + $1 days" +%F)
    { echo "badge,module_id,completed_on,result,score,hours,instructor"
      q -csv "SELECT badge, '$module', '$day', 'pass', $score, $hours, 'I$1' FROM officer
              WHERE status = 'active' AND badge NOT LIKE 'K%' AND hire_date < '2023-06-01'
                AND badge NOT IN (SELECT badge FROM completion WHERE module_id = '$module' AND completed_on = '$day')
              ORDER BY random() LIMIT $rows"
    } > "$work/in.csv"
    expect=$(( $(wc -l < "$work/in.csv") - 1 )); count="SELECT count(*) FROM completion WHERE instructor = 'I$1'"
}
run_op() {
    case "$1" in
        import) exec "$muster" officers import "$work/in.csv" ;;
        sync) exec "$muster" officers import --sync "$work/in.csv" ;;
        roster) exec "$muster" record --from "$work/in.csv" ;;
    esac
}

ops=(import sync roster)
declare -A took
round=0
# Each operation once, not killed: how long it takes sets the range the kill delays are drawn from.
for op in "${ops[@]}"; do
    round=$((round + 1)); "make_$op" "$round"
    start=$(date +%s%N); (run_op "$op") >"$work/calibration.out" 2>&1 || cat "$work/calibration.out" >&2; took[$op]=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$(q "$count")" = "$expect" ] || { echo "calibration: $op stored $(q "$count") of $expect" >&2; cat "$work/calibration.out" >&2; exit 1; }
done
echo "calibration (ms, unkilled): import ${took[import]}, sync ${took[sync]}, roster ${took[roster]}; $rows rows a file"

corrupt=0 partial=0 unverifiable=0 running=0 present=0 absent=0
declare -A per
for ((k = 1; k <= kills; k++)); do
    round=$((round + 1)); op=${ops[$((RANDOM % 3))]}; "make_$op" "$round"
    delay=$(( RANDOM * 12 * ${took[$op]} / 327670 ))   # 0 to 1.2 × the unkilled time, in ms
    (run_op "$op") >/dev/null 2>&1 & pid=$!
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    if kill -0 "$pid" 2>/dev/null; then running=$((running + 1)); fi
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    integrity=$(q "PRAGMA integrity_check" 2>&1 | head -1)
    [ "$integrity" = ok ] || { corrupt=$((corrupt + 1)); echo "round $round ($op): integrity: $integrity"; }
    "$muster" audit verify >/dev/null 2>"$work/verify.err" || { unverifiable=$((unverifiable + 1)); echo "round $round ($op): audit verify: $(head -2 "$work/verify.err")"; }
    stored=$(q "$count")
    if [ "$stored" = 0 ]; then absent=$((absent + 1));
    elif [ "$stored" = "$expect" ]; then present=$((present + 1));
    else partial=$((partial + 1)); echo "round $round ($op): partial: $stored of $expect"; fi
    per[$op]=$(( ${per[$op]:-0} + 1 ))
done
echo "kills: $kills (import ${per[import]:-0}, sync ${per[sync]:-0}, roster ${per[roster]:-0}); $running landed while the command ran"
echo "after each: $corrupt corrupt, $partial partial, $unverifiable unverifiable; writes fully present $present, fully absent $absent"
[ $((corrupt + partial + unverifiable)) = 0 ]
