#!/usr/bin/env bash
# Muster's benchmarks at agency scale: every whole command timed beside its floor (the sqlite3 CLI running the
# equivalent plain query on the same database file, in the same hyperfine run), TUI start-up through tmux,
# peak memory, growth from 10k to 100k officers, then the in-process benchmarks (ordo-one/benchmark).
#
#   bash Benchmarks/run.sh [--officers N] [--quick] [--runs R] [--demo-runs D] [--no-inprocess] [--keep] [--bin PATH]
#                          [--demo-from DIR] [--million]
#
# Writes Benchmarks/results/latest.md (and the raw hyperfine JSON beside it). Everything else it creates lives
# in one mktemp -d directory, removed at exit unless --keep is given.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bash Benchmarks/run.sh [--officers N] [--quick] [--runs R] [--demo-runs D] [--no-inprocess] [--keep] [--bin PATH]
                              [--demo-from DIR] [--million]

  --officers N     the large tier (default 100000); the small tier is always 10000
  --quick          only the 10,000-officer tier (no TUI or growth figures at the large tier)
  --runs R         hyperfine runs per command (default 5, after 1 warm-up run)
  --demo-runs D    builds of each demo agency, each into a new file; the median is reported, the last build is
                   the one timed afterwards (default 3)
  --no-inprocess   skip `swift package benchmark` (the in-process benchmarks)
  --keep           keep the temporary directory with the databases (its path is printed)
  --bin PATH       time this muster binary instead of building one (a release build of this checkout)
  --demo-from DIR  copy DIR/demo-N.sqlite (kept by an earlier --keep run, same seed and as-of date) instead of
                   building each demo agency; the demo rows then say so and carry no build time
  --million        also time the roster export at 1,000,000 officers (export only, 2 runs): the large tier's
                   officers and completions copied ten times under new badges in plain SQL (about 62 M
                   completions, 5.3 GB, some 15 minutes); it has no audit trail, so only the export is timed there
EOF
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/Benchmarks"
RESULTS="$BENCH/results"
LARGE=100000
SMALL=10000
QUICK=0
INPROCESS=1
RUNS=5
DEMO_RUNS=3
KEEP=0
BIN=""
DEMO_FROM=""
MILLION=0
# The demo is built up to this date and every status/compliance figure is judged on it, so runs compare.
AS_OF=2026-11-23
# The roster and officers files use dates before AS_OF; `muster record` refuses dates after today.
ROSTER_DATES=(2026-10-05 2026-10-06 2026-10-07 2026-10-08 2026-10-09)

while [[ $# -gt 0 ]]; do
    case "$1" in
        --officers) LARGE="$2"; shift 2 ;;
        --quick) QUICK=1; shift ;;
        --runs) RUNS="$2"; shift 2 ;;
        --demo-runs) DEMO_RUNS="$2"; shift 2 ;;
        --no-inprocess) INPROCESS=0; shift ;;
        --keep) KEEP=1; shift ;;
        --bin) BIN="$2"; shift 2 ;;
        --demo-from) DEMO_FROM="$2"; shift 2 ;;
        --million) MILLION=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
TIERS=("$SMALL")
if [[ $QUICK == 0 && $LARGE != "$SMALL" ]]; then TIERS+=("$LARGE"); fi
TOP="${TIERS[${#TIERS[@]}-1]}"

log() { printf '\n== %s\n' "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
grouped() { printf "%'d" "$1" 2>/dev/null || printf "%d" "$1"; }

# MARK: - Tools

need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
command -v sqlite3 >/dev/null || need_apt+=(sqlite3)
command -v tmux >/dev/null || need_apt+=(tmux)
command -v jq >/dev/null || need_apt+=(jq)
if [[ ${#need_apt[@]} -gt 0 ]]; then
    log "installing ${need_apt[*]} with apt-get"
    SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
command -v python3 >/dev/null || { echo "run.sh: python3 is needed to read peak memory (getrusage)" >&2; exit 1; }

if [[ -z $BIN ]]; then
    log "building the release binary (scratch path .build-bench)"
    (cd "$ROOT" && swift build -c release --product muster --scratch-path .build-bench 2>&1 | grep -E "error|warning|Compiling muster|Build complete" || true)
    BIN="$(cd "$ROOT" && swift build -c release --product muster --scratch-path .build-bench --show-bin-path)/muster"
fi
BIN="$(realpath "$BIN")"
[[ -x "$BIN" ]] || { echo "run.sh: the release build failed ($BIN missing)" >&2; exit 1; }
# Every muster command acts as login "bench": `muster demo` and `muster init` make that login the coordinator.
M="env USER=bench $BIN"

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
TMP="$(mktemp -d "${TMPDIR:-/tmp}/muster-bench.XXXXXX")"
SOCK="bench-$$"
cleanup() {
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    if [[ $KEEP == 1 ]]; then echo "kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
mkdir -p "$RESULTS/raw"

# One line per figure: section | what | tier | median s | floor median s | ratio | target | verdict
ROWS="$TMP/rows.tsv"
: > "$ROWS"
# Fields are separated by US (0x1f), not tabs: read collapses runs of whitespace separators, which would
# shift every field after an empty one.
row() { local IFS=$'\x1f'; printf '%s\n' "$*" >> "$ROWS"; }
# verdict VALUE LIMIT → pass/MISS (VALUE <= LIMIT)
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v + 0 <= l + 0) ? "pass" : "**MISS**" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "—" }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
db_bytes() { local total=0 f; for f in "$1" "$1-wal"; do [[ -f $f ]] && total=$((total + $(stat -c %s "$f"))); done; echo "$total"; }

# hf NAME TARGET_KIND TARGET_VALUE TIER COMMAND FLOOR [extra hyperfine args…]
# Times COMMAND beside FLOOR in one hyperfine run and records medians, the ratio and the verdict.
# TARGET_KIND: ratio (ratio ≤ value), seconds (median ≤ value), both:R:S, or none.
hf() {
    local name="$1" kind="$2" target="$3" tier="$4" command="$5" floor="$6"; shift 6
    local json="$RESULTS/raw/$name-$tier.json"
    hyperfine --style basic --warmup 1 --runs "$RUNS" --output null --export-json "$json" "$@" \
        -n "muster" "$command" -n "floor" "$floor" >&2
    local median floor_median r
    median=$(jq '.results[0].median' "$json")
    floor_median=$(jq '.results[1].median' "$json")
    r=$(ratio "$median" "$floor_median")
    local target_text="—" verdict_text="—"
    case "$kind" in
        ratio) target_text="≤ ${target}× floor"; verdict_text=$(verdict "$r" "$target") ;;
        seconds) target_text="< ${target} s"; verdict_text=$(verdict "$median" "$target") ;;
        both:*)
            local limit_ratio="${kind#both:}"
            target_text="≤ ${limit_ratio}× floor, < ${target} s"
            if [[ $(verdict "$r" "$limit_ratio") == pass && $(verdict "$median" "$target") == pass ]]; then
                verdict_text=pass
            else
                verdict_text="**MISS**"
            fi ;;
    esac
    row "command" "$name" "$tier" "$median" "$floor_median" "$r" "$target_text" "$verdict_text"
}

# Peak resident memory (MB) of a command, from getrusage of the waited-for child.
peak_mb() {
    python3 - "$@" <<'EOF'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
EOF
}

# MARK: - The floor queries (plain SQL over the same file)

# `muster export roster`: every non-voided completion with its officer and module title, in id order.
# (muster also computes expires_on and valid_through from the module's validity rule, which plain SQL cannot
# read cheaply.)
ROSTER_SQL="SELECT o.badge, o.last_name, o.first_name, o.unit, c.module_id, m.title, c.module_version,
  c.completed_on, c.result, c.score, c.hours, c.instructor
FROM completion c JOIN officer o ON o.badge = c.badge
LEFT JOIN module_version m ON m.module_id = c.module_id AND m.version = c.module_version
WHERE c.voided_reason IS NULL ORDER BY c.id;"

# The nearest plain-SQL status: each officer's required modules (unit and direct assignments, certifications
# expanded through the stored curriculum JSON), the newest passing completion per officer × module (from
# completion_latest, the derived table muster itself reads; exact when no completion is after the as-of date),
# waivers in force, and the expiry from the module's validity rule; one CASE for the status. It ignores
# accepts_from versions and certification roll-ups, which the demo data does not exercise; the run checks that
# it returns exactly muster's rows on the demo agency (see "Floor fidelity" in the report).
status_sql() { # status_sql AS_OF OFFICER_STATUSES NAME_COLUMNS(0/1)
    local as_of="$1" statuses="$2" names="$3"
    local extra="" join=""
    if [[ $names == 1 ]]; then
        extra="o.last_name, o.first_name, o.unit,"
        join="JOIN officer o ON o.badge = r.badge"
    fi
    cat <<EOF
WITH
cert_module AS (
  SELECT ce.item_id AS certification_id, j.value AS module_id
  FROM curriculum_entry ce, json_each(ce.content, '\$.modules') j
  WHERE ce.kind = 'certification'
    AND ce.id IN (SELECT MAX(id) FROM curriculum_entry GROUP BY kind, item_id)),
assigned AS (
  SELECT a.unit, a.badge, COALESCE(a.module_id, cm.module_id) AS module_id, a.due_on
  FROM assignment a LEFT JOIN cert_module cm ON cm.certification_id = a.certification_id),
req AS (
  SELECT badge, module_id, MIN(due_on) AS due_on FROM (
    SELECT o.badge, s.module_id, s.due_on FROM officer o JOIN assigned s ON s.unit = o.unit
    WHERE o.status IN ($statuses)
    UNION ALL
    SELECT o.badge, s.module_id, s.due_on FROM officer o JOIN assigned s ON s.badge = o.badge
    WHERE o.status IN ($statuses))
  GROUP BY badge, module_id),
best AS (
  SELECT badge, module_id, MAX(completed_on) AS completed_on FROM completion_latest
  WHERE completed_on <= '$as_of'
  GROUP BY badge, module_id),
newest AS (
  SELECT module_id, title, content FROM module_version mv
  WHERE version = (SELECT MAX(version) FROM module_version v WHERE v.module_id = mv.module_id)),
judged AS (
  SELECT r.badge, r.module_id, m.title, b.completed_on, r.due_on,
    CASE json_extract(m.content, '\$.validity.kind')
      WHEN 'rolling' THEN date(b.completed_on, '+' || json_extract(m.content, '\$.validity.months') || ' months')
      WHEN 'calendar_year' THEN (strftime('%Y', b.completed_on) + 2) || '-01-01'
    END AS expires_on,
    json_extract(m.content, '\$.expiring_window_days') AS window_days,
    EXISTS (SELECT 1 FROM waiver w WHERE w.badge = r.badge AND w.module_id = r.module_id
            AND w.valid_from <= '$as_of' AND (w.valid_until IS NULL OR w.valid_until >= '$as_of')) AS waived
  FROM req r LEFT JOIN best b ON b.badge = r.badge AND b.module_id = r.module_id
  LEFT JOIN newest m ON m.module_id = r.module_id)
SELECT r.badge, $extra r.module_id, $([[ $names == 1 ]] && echo "r.title,")
  CASE
    WHEN r.waived THEN 'waived'
    WHEN r.completed_on IS NULL THEN CASE WHEN r.due_on < '$as_of' THEN 'overdue' ELSE 'assigned' END
    WHEN r.expires_on IS NULL THEN 'current'
    WHEN r.expires_on < '$as_of' THEN 'expired'
    WHEN r.expires_on <= date('$as_of', '+' || r.window_days || ' days') THEN 'expiring'
    ELSE 'current'
  END AS status, r.completed_on, r.expires_on, r.due_on, date(r.expires_on, '-1 day') AS valid_through
FROM judged r $join
ORDER BY r.badge, r.module_id;
EOF
}

# MARK: - Scale databases

declare -A DB
for tier in "${TIERS[@]}"; do
    DB[$tier]="$TMP/demo-$tier.sqlite"
    if [[ -n $DEMO_FROM ]]; then
        log "copying the demo agency with $(grouped "$tier") officers from $DEMO_FROM"
        cp "$DEMO_FROM/demo-$tier.sqlite" "${DB[$tier]}"
        # The copy's coordinator is whoever built it; they make the benchmark's login a coordinator too.
        builder=$(sqlite3 "${DB[$tier]}" "SELECT login FROM user_role WHERE role = 'coordinator' AND revoked_at IS NULL LIMIT 1")
        if [[ $builder != bench ]]; then env USER="$builder" "$BIN" users grant bench coordinator --db "${DB[$tier]}" >&2; fi
        # Opening it once applies any newer migration, outside the timed runs.
        $M status --db "${DB[$tier]}" --officer 10000 --as-of "$AS_OF" > /dev/null
        seconds="copied"
    else
        # This machine's speed drifts by a fifth within the hour, so one build says little: the median of several,
        # with their range, each into a new file.
        builds=()
        for ((build = 1; build <= DEMO_RUNS; build++)); do
            log "building the demo agency with $(grouped "$tier") officers ($build of $DEMO_RUNS)"
            rm -f "${DB[$tier]}" "${DB[$tier]}-wal" "${DB[$tier]}-shm"
            started=$(now)
            $M demo --officers "$tier" --seed 1 --as-of "$AS_OF" --db "${DB[$tier]}" >&2
            builds+=("$(elapsed "$started" "$(now)")")
        done
        seconds=$(printf '%s\n' "${builds[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
        build_range=$(printf '%s\n' "${builds[@]}" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f–%.1f s", lo, hi }')
    fi
    size=$(mb "$(db_bytes "${DB[$tier]}")")
    completions=$(sqlite3 "${DB[$tier]}" "SELECT COUNT(*) FROM completion")
    echo "$tier officers: $completions completions, ${size} MB, ${seconds} s${build_range:+ (builds: $build_range)}" >&2
    target_text="—"; verdict_text="—"
    if [[ $tier == 100000 && $seconds != copied ]]; then target_text="< 60 s"; verdict_text=$(verdict "$seconds" 60); fi
    if [[ $seconds == copied ]]; then seconds=""; fi
    builds_text=""
    if [[ -n $seconds && $DEMO_RUNS -gt 1 ]]; then builds_text="; median of $DEMO_RUNS builds, $build_range"; fi
    row "demo" "muster demo --officers $tier ($(grouped "$completions") completions, $size MB$builds_text)" "$tier" "$seconds" "" "" \
        "$target_text" "$verdict_text"
done
if [[ $QUICK == 0 && $MILLION == 0 ]]; then
    row "demo" "1,000,000 officers: not built (≈ 60 M completions; \`--million\` times an export-only copy)" "1000000" "" "" "" "—" "not run"
fi

# MARK: - The floors return what muster returns

# same_rows MUSTER_CSV FLOOR_CSV COLUMNS keep|sort → "same N rows" or how they differ (numbers compared as
# numbers: muster writes hours 4 where sqlite3 writes 4.0).
same_rows() {
    python3 - "$@" <<'PYTHON'
import csv, sys
muster, floor, columns, order = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def value(text):
    try:
        return repr(float(text))
    except ValueError:
        return text
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        loaded = [[value(v) for v in row[:columns]] for row in csv.reader(f)][1:]
    return sorted(loaded) if order == "sort" else loaded
a, b = rows(muster), rows(floor)
if a == b:
    print(f"same {len(a):,} rows")
else:
    # Compared as multisets: a row missing from one side would shift every later pair of a positional zip.
    from collections import Counter
    only_muster = sum((Counter(map(tuple, a)) - Counter(map(tuple, b))).values())
    only_floor = sum((Counter(map(tuple, b)) - Counter(map(tuple, a))).values())
    print(f"DIFFERENT: {len(a):,} vs {len(b):,} rows; {only_muster:,} of muster's rows are not the floor's, "
          f"{only_floor:,} of the floor's not muster's")
PYTHON
}
CHECKS="$TMP/checks.txt"
: > "$CHECKS"
check_db="${DB[$SMALL]}"
log "checking that each floor returns muster's rows ($(grouped "$SMALL") officers)"
$M export roster --db "$check_db" > "$TMP/check-muster.csv"
sqlite3 -csv -header "$check_db" "$ROSTER_SQL" > "$TMP/check-floor.csv"
echo "- roster: the floor query vs \`muster export roster\` (its first 12 of 14 columns; expires_on and valid_through are muster's own): $(same_rows "$TMP/check-muster.csv" "$TMP/check-floor.csv" 12 keep)" >> "$CHECKS"
$M export compliance --as-of "$AS_OF" --db "$check_db" > "$TMP/check-muster.csv"
status_sql "$AS_OF" "'active'" 1 | sqlite3 -csv -header "$check_db" > "$TMP/check-floor.csv"
echo "- compliance: the plain-SQL status vs \`muster export compliance\` (all 11 columns, sorted): $(same_rows "$TMP/check-muster.csv" "$TMP/check-floor.csv" 11 sort)" >> "$CHECKS"
$M status --format csv --as-of "$AS_OF" --db "$check_db" > "$TMP/check-muster.csv"
status_sql "$AS_OF" "'active', 'leave'" 0 | sqlite3 -csv -header "$check_db" > "$TMP/check-floor.csv"
echo "- status: the plain-SQL status vs \`muster status --format csv\` (all 7 columns, sorted): $(same_rows "$TMP/check-muster.csv" "$TMP/check-floor.csv" 7 sort)" >> "$CHECKS"
cat "$CHECKS" >&2

# MARK: - Whole commands beside their floor, at every tier (growth)

for tier in "${TIERS[@]}"; do
    db="${DB[$tier]}"
    log "roster export, $(grouped "$tier") officers"
    hf "export-roster" ratio 1.5 "$tier" \
        "$M export roster --db $db" \
        "sqlite3 -csv -header $db \"$ROSTER_SQL\""

    log "compliance export, $(grouped "$tier") officers"
    status_sql "$AS_OF" "'active'" 1 > "$TMP/compliance-floor.sql"
    compliance_target=both:1.5; [[ $tier == 100000 ]] || compliance_target=ratio
    hf "export-compliance" "$compliance_target" "$([[ $tier == 100000 ]] && echo 2 || echo 1.5)" "$tier" \
        "$M export compliance --as-of $AS_OF --db $db" \
        "sqlite3 -csv -header $db < $TMP/compliance-floor.sql"

    log "status, $(grouped "$tier") officers"
    status_sql "$AS_OF" "'active', 'leave'" 0 > "$TMP/status-floor.sql"
    if [[ $tier == 100000 ]]; then status_kind=seconds; status_target=2; else status_kind=none; status_target=""; fi
    hf "status-csv" "$status_kind" "$status_target" "$tier" \
        "$M status --format csv --as-of $AS_OF --db $db" \
        "sqlite3 -csv -header $db < $TMP/status-floor.sql"

    status_peak=$(peak_mb env USER=bench "$BIN" status --format csv --as-of "$AS_OF" --db "$db")
    row "memory" "muster status --format csv, peak RSS (MB)" "$tier" "$status_peak" "" "" "—" "—"

    # The demo agency carries the Illinois program (30 h per 3 years from hire) on every unit. The floor sums each
    # officer's passed, non-voided hours over the 36 months before AS_OF: no cycles, minimums or pro-rating.
    log "program status and plan, $(grouped "$tier") officers"
    program_floor="SELECT c.badge, SUM(COALESCE(c.hours, 0)) FROM completion c WHERE c.result = 'pass'
      AND c.voided_reason IS NULL AND c.completed_on > date('$AS_OF', '-36 months') AND c.completed_on <= '$AS_OF'
      GROUP BY c.badge ORDER BY c.badge;"
    if [[ $tier == 100000 ]]; then program_kind=seconds; else program_kind=none; fi
    hf "status-programs" "$program_kind" 2 "$tier" \
        "$M status --programs --format csv --as-of $AS_OF --db $db" \
        "sqlite3 -csv -header $db \"$program_floor\""
    hf "plan" "$program_kind" 3 "$tier" \
        "$M plan --by $AS_OF --format csv --db $db" \
        "sqlite3 -csv -header $db \"$program_floor\""
done

# MARK: - Growth to 1,000,000 officers, export only

# build_export_copy SOURCE DEST COPIES: a database holding SOURCE's officers and completions COPIES times under
# new badges ("c1-…", "c2-…"), for the roster export alone. `muster init` makes the schema and loads the same
# curricula the demo holds; the triggers and the indexes other commands need are dropped so the copy loads in
# minutes (the export reads primary keys only). Returns non-zero, saying why, if any step fails.
build_export_copy() {
    local source="$1" dest="$2" copies="$3" span k
    $M init --db "$dest" > /dev/null || return 1
    sqlite3 -bail "$dest" > /dev/null <<SQL || return 1
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = OFF;
ATTACH '$source' AS src;
DROP TRIGGER completion_latest_on_insert;
DROP TRIGGER completion_latest_on_void;
DROP INDEX completion_badge_module; DROP INDEX completion_module_date; DROP INDEX completion_session;
DROP INDEX officer_unit; DROP INDEX officer_name; DROP INDEX officer_login; DROP INDEX officer_status;
BEGIN;
INSERT OR IGNORE INTO module_version SELECT * FROM src.module_version;
WITH RECURSIVE copy(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM copy WHERE k + 1 < $copies)
INSERT INTO officer SELECT CASE k WHEN 0 THEN badge ELSE 'c' || k || '-' || badge END, last_name, first_name, unit,
  rank, email, CASE WHEN k = 0 OR login IS NULL THEN login ELSE login || '.' || k END, hire_date, status
FROM copy, src.officer ORDER BY k, badge;
COMMIT;
SQL
    span=$(sqlite3 "$source" "SELECT MAX(id) FROM completion") || return 1
    for (( k = 0; k < copies; k++ )); do
        sqlite3 -bail "$dest" > /dev/null <<SQL || return 1
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = OFF;
ATTACH '$source' AS src;
INSERT INTO completion (id, badge, module_id, module_version, completed_on, result, score, hours, instructor,
                        session_id, voided_reason, voided_at, voided_by)
SELECT id + $k * $span, CASE $k WHEN 0 THEN badge ELSE 'c$k-' || badge END, module_id, module_version,
       completed_on, result, score, hours, instructor, NULL, voided_reason, voided_at, voided_by
FROM src.completion ORDER BY id;
SQL
    done
}

if [[ $MILLION == 1 && $QUICK == 0 ]]; then
    copies=$(( 1000000 / TOP ))
    MILLION_DB="$TMP/export-1000000.sqlite"
    log "building the export-only database: the $(grouped "$TOP")-officer agency copied $copies times under new badges"
    started=$(now)
    if build_export_copy "${DB[$TOP]}" "$MILLION_DB" "$copies"; then
        seconds=$(elapsed "$started" "$(now)")
        completions=$(sqlite3 "$MILLION_DB" "SELECT COUNT(*) FROM completion")
        officers=$(sqlite3 "$MILLION_DB" "SELECT COUNT(*) FROM officer")
        size=$(mb "$(db_bytes "$MILLION_DB")")
        echo "export-only database: $officers officers, $completions completions, ${size} MB, built in ${seconds} s" >&2
        row "demo" "1,000,000 officers, export only: the $(grouped "$TOP") copied $copies times in SQL ($(grouped "$completions") completions, $size MB; not \`muster demo\`)" \
            "$officers" "" "" "" "—" "—"
        log "roster export, $(grouped "$officers") officers (2 runs)"
        saved_runs=$RUNS
        RUNS=2
        hf "export-roster" ratio 1.5 "$officers" \
            "$M export roster --db $MILLION_DB" \
            "sqlite3 -csv -header $MILLION_DB \"$ROSTER_SQL\""
        RUNS=$saved_runs
    else
        echo "run.sh: the export-only copy could not be built; the 1,000,000-officer tier is left out" >&2
        row "demo" "1,000,000 officers, export only: the copy failed (see the run's output)" "1000000" "" "" "" "—" "not run"
    fi
    rm -f "$MILLION_DB" "$MILLION_DB-journal" "$MILLION_DB-wal" "$MILLION_DB-shm"
fi

# MARK: - Writes: officers import and a class roster

log "officers import of 100,000 rows"
IMPORT_ROWS=100000
python3 - "$TMP/officers.csv" "$IMPORT_ROWS" <<'EOF'
import sys
path, count = sys.argv[1], int(sys.argv[2])
units = ["Patrol North", "Patrol South", "Patrol East", "Patrol West", "Traffic", "Investigations", "K-9",
         "Tactical (SWAT)", "Community Policing", "Border Operations", "Harbor Unit", "Training"]
last = ["Garcia", "Nguyen", "Okafor", "Smith", "Johnson", "Yamada", "Müller", "Ñúñez", "O'Brien", "Kowalski"]
first = ["Maria", "James", "Aiyana", "Chen", "Fatima", "Zoë", "Ángel", "Liam", "Priya", "Kwame"]
ranks = ["Officer", "Corporal", "Sergeant", "Lieutenant"]
with open(path, "w", encoding="utf-8") as f:
    f.write("badge,last_name,first_name,unit,rank,email,login,hire_date,status\n")
    for i in range(count):
        badge = f"B-{200000 + i}"
        login = f"bench{i}"
        f.write(f'{badge},"{last[i % 10]}",{first[(i // 10) % 10]},{units[i % 12]},{ranks[i % 4]},'
                f'{login}@agency.example,{login},20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 10},active\n')
EOF
$M init --db "$TMP/init.sqlite" >/dev/null
fresh="$TMP/import.sqlite"
prepare_fresh="rm -f $fresh $fresh-wal $fresh-shm && cp $TMP/init.sqlite $fresh"
hf "officers-import" seconds 3 100000 \
    "$M officers import --db $fresh $TMP/officers.csv" \
    "sqlite3 $fresh \".import --csv --skip 1 $TMP/officers.csv officer\"" \
    --prepare "$prepare_fresh"

log "record --from a 50,000-row class roster"
ROSTER_ROWS=50000
roster_db="${DB[$SMALL]}"
sqlite3 "$roster_db" "SELECT badge FROM officer WHERE status <> 'separated' ORDER BY badge" > "$TMP/badges.txt"
python3 - "$TMP/roster.csv" "$TMP/badges.txt" "$ROSTER_ROWS" "${ROSTER_DATES[@]}" <<'EOF'
import sys
path, badge_file, count, dates = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
badges = [line.strip() for line in open(badge_file) if line.strip()]
with open(path, "w", encoding="utf-8") as f:
    f.write("badge,module_id,completed_on,result,score,hours,instructor\n")
    for i in range(count):
        # Each officer appears once per date, so every row is a distinct completion.
        f.write(f"{badges[i % len(badges)]},uof-reporting,{dates[(i // len(badges)) % len(dates)]},pass,"
                f"{80 + i % 21},4,Sgt. Bench\n")
EOF
cat > "$TMP/record-floor.sql" <<EOF
CREATE TEMP TABLE roster (badge TEXT, module_id TEXT, completed_on TEXT, result TEXT, score INTEGER, hours REAL,
                          instructor TEXT);
.import --csv --skip 1 $TMP/roster.csv roster
BEGIN;
INSERT INTO completion (badge, module_id, module_version, completed_on, result, score, hours, instructor)
SELECT r.badge, r.module_id, (SELECT MAX(version) FROM module_version v WHERE v.module_id = r.module_id),
       r.completed_on, r.result, r.score, r.hours, r.instructor
FROM roster r JOIN officer o ON o.badge = r.badge;
COMMIT;
EOF
copy="$TMP/record.sqlite"
hf "record-from" none "" "$SMALL" \
    "$M record --from $TMP/roster.csv --db $copy" \
    "sqlite3 $copy < $TMP/record-floor.sql" \
    --prepare "rm -f $copy $copy-wal $copy-shm && cp $roster_db $copy"

# MARK: - TUI start-up and memory through tmux

now_ms() { date +%s%3N; }
screen() { tmux -L "$SOCK" capture-pane -p -t bench 2>/dev/null || true; }
# wait_for REGEX [TIMEOUT_S]: polls the pane every 10 ms until REGEX matches; prints the time it matched (ms).
wait_for() {
    local pattern="$1" deadline=$(( $(now_ms) + ${2:-300} * 1000 ))
    until [[ "$(screen)" =~ $pattern ]]; do
        sleep 0.01
        if (( $(now_ms) > deadline )); then echo "run.sh: timed out waiting for /$pattern/" >&2; screen >&2; return 1; fi
    done
    now_ms
}
# wait_change BEFORE_TEXT: polls until the pane differs from BEFORE_TEXT; prints the time (ms).
wait_change() {
    local before="$1" deadline=$(( $(now_ms) + 30000 ))
    while [[ "$(screen)" == "$before" ]]; do
        sleep 0.01
        if (( $(now_ms) > deadline )); then echo "run.sh: the screen did not change" >&2; return 1; fi
    done
    now_ms
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for tier in "${TIERS[@]}"; do
    db="${DB[$tier]}"
    log "TUI start-up on $(grouped "$tier") officers (tmux, 200×60, 3 runs)"
    : > "$TMP/tui-first.txt"; : > "$TMP/tui-roster.txt"; : > "$TMP/tui-filled.txt"; : > "$TMP/tui-hwm.txt"
    : > "$TMP/tui-search.txt"
    for attempt in 1 2 3; do
        tmux -L "$SOCK" kill-server 2>/dev/null || true
        started=$(now_ms)
        tmux -L "$SOCK" -f /dev/null new-session -d -s bench -x 200 -y 60 \
            "exec env USER=bench TERM=xterm-256color $BIN --db $db"
        # (1) The first frame: title, tabs, the dashboard's headings with "computing…" and the key hints, all
        # drawn at once; the hint bar is its last row.
        first=$(wait_for "1–5 tabs")
        # The officers list usable: the roster is in (or, on a quick database, everything already is).
        roster=$(wait_for "officers list is ready to search|Certification status · [0-9,]+ serving")
        # (2) The dashboard's numbers filled in: every officer's standing computed.
        filled=$(wait_for "Certification status · [0-9,]+ serving" 600)
        echo $(( first - started )) >> "$TMP/tui-first.txt"
        echo $(( roster - started )) >> "$TMP/tui-roster.txt"
        echo $(( filled - started )) >> "$TMP/tui-filled.txt"
        pid=$(tmux -L "$SOCK" display-message -p -t bench '#{pane_pid}')
        # One search keystroke, end to end through tmux (10 ms polling, so a coarse upper bound).
        tmux -L "$SOCK" send-keys -t bench 2
        wait_for " of [0-9,]+ officers" 30 >/dev/null
        tmux -L "$SOCK" send-keys -t bench /
        sleep 0.2
        before="$(screen)"
        sent=$(now_ms)
        tmux -L "$SOCK" send-keys -t bench z
        changed=$(wait_change "$before")
        echo $(( changed - sent )) >> "$TMP/tui-search.txt"
        sleep 0.3
        awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status" >> "$TMP/tui-hwm.txt"
        tmux -L "$SOCK" send-keys -t bench Escape q
        sleep 0.3
        tmux -L "$SOCK" kill-server 2>/dev/null || true
    done
    first_ms=$(median < "$TMP/tui-first.txt")
    roster_ms=$(median < "$TMP/tui-roster.txt")
    filled_ms=$(median < "$TMP/tui-filled.txt")
    search_ms=$(median < "$TMP/tui-search.txt")
    hwm=$(sort -n "$TMP/tui-hwm.txt" | tail -1)
    echo "TUI $tier: first frame $(paste -sd' ' "$TMP/tui-first.txt") ms; officers list $(paste -sd' ' "$TMP/tui-roster.txt") ms;" \
         "dashboard filled $(paste -sd' ' "$TMP/tui-filled.txt") ms; search key $(paste -sd' ' "$TMP/tui-search.txt") ms;" \
         "VmHWM $hwm MB" >&2
    first_target="—"; first_verdict="—"; hwm_target="—"; hwm_verdict="—"
    if [[ $tier == 100000 ]]; then
        first_target="< 300 ms"; first_verdict=$(verdict "$first_ms" 300)
        hwm_target="< 300 MB"; hwm_verdict=$(verdict "$hwm" 300)
    fi
    row "tui" "TUI start-up to the first frame: title, tabs, hints, dashboard computing (ms, median of 3)" "$tier" "$first_ms" "" "" \
        "$first_target" "$first_verdict"
    row "tui" "TUI start-up until the officers list is usable (roster in; ms, median of 3)" "$tier" "$roster_ms" "" "" "—" "—"
    row "tui" "TUI start-up until the dashboard numbers are filled (every standing; ms, median of 3)" "$tier" "$filled_ms" "" "" \
        "— (status < 2 s)" "—"
    row "tui" "TUI search keystroke seen through tmux (ms, median of 3, ±10 ms polling)" "$tier" "$search_ms" "" "" \
        "< 16 ms (see in-process)" "—"
    row "memory" "TUI peak RSS, VmHWM (MB)" "$tier" "$hwm" "" "" "$hwm_target" "$hwm_verdict"
done

# MARK: - The report

commit=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(cd "$ROOT" && git status --porcelain -- Sources Package.swift 2>/dev/null | head -1)
[[ -n $dirty ]] && commit="$commit (Sources/ had uncommitted changes)"
ram=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
    echo "# Muster benchmark results"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) CPUs ($cpu), $ram RAM, $(uname -sr)"
    echo "- muster commit: $commit; release build; hyperfine $(hyperfine --version | awk '{print $2}'), warm-up 1, $RUNS runs; sqlite3 $(sqlite3 --version | awk '{print $1}')"
    echo "- demo agency: \`muster demo --seed 1 --as-of $AS_OF\`$([[ -n $DEMO_FROM ]] && echo ", built earlier and copied in (--demo-from), so no build time"); status and compliance judged as of $AS_OF"
    echo "- load average (1, 5, 15 min) at start: $LOAD_AT_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure)"
    echo
    echo "| section | what | officers | median | floor median | ratio | target | verdict |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |"
    while IFS=$'\x1f' read -r section what tier median floor r target verdict_text; do
        unit=" s"
        case "$section" in tui|memory) unit="" ;; esac
        [[ $section == command && -n $median ]] && median=$(printf '%.3f' "$median")
        [[ $section == command && -n $floor ]] && floor=$(printf '%.3f' "$floor")
        [[ -n $median ]] && median="$median$unit"
        [[ -n $floor ]] && floor="$floor s"
        [[ -n $r && $r != "—" ]] && r="${r}×"
        case "$section:$what" in
            command:export-roster) what='`muster export roster` vs `sqlite3 -csv` roster join' ;;
            command:export-compliance) what='`muster export compliance --as-of` vs plain-SQL status (active officers)' ;;
            command:status-csv) what='`muster status --format csv --as-of` vs plain-SQL status' ;;
            command:status-programs) what='`muster status --programs --format csv --as-of` vs plain-SQL hours per officer' ;;
            command:plan) what='`muster plan --by --format csv` vs plain-SQL hours per officer' ;;
            command:officers-import) what='`muster officers import` 100,000 rows into `muster init` db vs `sqlite3 .import`' ;;
            command:record-from) what='`muster record --from` 50,000-row roster vs `sqlite3 .import` + INSERT…SELECT' ;;
        esac
        echo "| $section | $what | $(grouped "$tier") | ${median:-—} | ${floor:-—} | ${r:-—} | $target | $verdict_text |"
    done < "$ROWS"
    echo
    echo "Floor fidelity, at $(grouped "$SMALL") officers:"
    echo
    cat "$CHECKS"
    if [[ ${#TIERS[@]} -gt 1 ]]; then
        echo
        echo "Growth from $(grouped "$SMALL") to $(grouped "$TOP") officers ($(( TOP / SMALL ))× the officers; linear cost means about $(( TOP / SMALL ))× the time):"
        echo
        echo "| command | $(grouped "$SMALL") | $(grouped "$TOP") | growth | floor growth |"
        echo "| --- | ---: | ---: | ---: | ---: |"
        for name in export-roster export-compliance status-csv status-programs plan; do
            a=$(jq '.results[0].median' "$RESULTS/raw/$name-$SMALL.json"); b=$(jq '.results[0].median' "$RESULTS/raw/$name-$TOP.json")
            fa=$(jq '.results[1].median' "$RESULTS/raw/$name-$SMALL.json"); fb=$(jq '.results[1].median' "$RESULTS/raw/$name-$TOP.json")
            printf '| %s | %.3f s | %.3f s | %s× | %s× |\n' "$name" "$a" "$b" "$(ratio "$b" "$a")" "$(ratio "$fb" "$fa")"
        done
    fi
    million_json="$RESULTS/raw/export-roster-1000000.json"
    if [[ $MILLION == 1 && -f $million_json ]]; then
        echo
        echo "Growth from $(grouped "$TOP") to 1,000,000 officers, roster export only ($(( 1000000 / TOP ))× the officers and completions):"
        echo
        echo "| command | $(grouped "$TOP") | 1,000,000 | growth | floor growth |"
        echo "| --- | ---: | ---: | ---: | ---: |"
        a=$(jq '.results[0].median' "$RESULTS/raw/export-roster-$TOP.json"); b=$(jq '.results[0].median' "$million_json")
        fa=$(jq '.results[1].median' "$RESULTS/raw/export-roster-$TOP.json"); fb=$(jq '.results[1].median' "$million_json")
        printf '| export-roster | %.3f s | %.3f s | %s× | %s× |\n' "$a" "$b" "$(ratio "$b" "$a")" "$(ratio "$fb" "$fa")"
    fi
} > "$RESULTS/latest.md"
log "wrote $RESULTS/latest.md"
cat "$RESULTS/latest.md"

# MARK: - In-process benchmarks

if [[ $INPROCESS == 1 ]]; then
    log "in-process benchmarks (swift package benchmark; the first run builds for several minutes)"
    (cd "$ROOT" && swift package --package-path Benchmarks benchmark --no-progress 2>&1 | tee "$RESULTS/inprocess-latest.txt")
fi
