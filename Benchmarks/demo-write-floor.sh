#!/usr/bin/env bash
# The write floor of the demo agency: how long the sqlite3 shell alone takes to write a finished demo's
# completions and audit events into an empty file, then build the same indexes and `completion_latest`.
# No Swift, no validation, no hashing, no JSON: rows copied from another file with INSERT … SELECT.
#
#   bash Benchmarks/demo-write-floor.sh DEMO.sqlite [wal|delete]
#
# `wal` (the default) writes as Muster does, in WAL mode with synchronous=NORMAL; `delete` is the cheapest
# SQLite allows (rollback journal, synchronous=OFF, one transaction, 1 GiB page cache). Everything is written
# in one mktemp -d directory, removed at exit.
set -euo pipefail

[[ $# -ge 1 && -f $1 ]] || { echo "usage: bash Benchmarks/demo-write-floor.sh DEMO.sqlite [wal|delete]" >&2; exit 2; }
SOURCE="$(realpath "$1")"
MODE="${2:-wal}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/muster-floor.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

case "$MODE" in
    wal) pragmas="PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"; begin=""; commit="" ;;
    delete) pragmas="PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576;"
            begin="BEGIN;"; commit="COMMIT;" ;;
    *) echo "demo-write-floor.sh: mode is wal or delete" >&2; exit 2 ;;
esac

# The tables as Muster's migrations create them, without the foreign keys (nothing else is in the file).
sqlite3 "$TMP/floor.sqlite" <<SQL
$pragmas
ATTACH '$SOURCE' AS src;
CREATE TABLE completion (id INTEGER NOT NULL PRIMARY KEY, badge TEXT NOT NULL, module_id TEXT NOT NULL,
  module_version TEXT NOT NULL, completed_on TEXT NOT NULL, result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
  score INTEGER CHECK (score BETWEEN 0 AND 100), hours REAL, instructor TEXT, session_id INTEGER, voided_reason TEXT,
  voided_at TEXT, voided_by TEXT);
CREATE TABLE audit_event (id INTEGER NOT NULL PRIMARY KEY, occurred_at TEXT NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, entity TEXT NOT NULL, entity_key TEXT NOT NULL, before_state TEXT, after_state TEXT,
  hash TEXT NOT NULL);
CREATE TABLE completion_latest (badge TEXT NOT NULL, module_id TEXT NOT NULL, module_version TEXT NOT NULL,
  completion_id INTEGER NOT NULL, completed_on TEXT NOT NULL, score INTEGER, hours REAL, instructor TEXT,
  session_id INTEGER, PRIMARY KEY (badge, module_id, module_version)) WITHOUT ROWID;
.timer on
.print completion rows
$begin INSERT INTO completion SELECT * FROM src.completion;
.print audit rows
INSERT INTO audit_event SELECT * FROM src.audit_event; $commit
.print indexes
CREATE INDEX completion_badge_module ON completion(badge, module_id, completed_on);
CREATE INDEX completion_module_date ON completion(module_id, completed_on, result, voided_reason);
CREATE INDEX completion_session ON completion(session_id) WHERE session_id IS NOT NULL;
CREATE INDEX audit_event_entity ON audit_event(entity, entity_key, id);
.print completion_latest
INSERT INTO completion_latest
SELECT badge, module_id, module_version, id, completed_on, score, hours, instructor, session_id FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY badge, module_id, module_version ORDER BY completed_on DESC, id DESC) AS n
  FROM completion WHERE result = 'pass' AND voided_reason IS NULL)
WHERE n = 1;
SQL
