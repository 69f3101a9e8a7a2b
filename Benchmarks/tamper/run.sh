#!/usr/bin/env bash
# The tampering harness (issue 19): builds a small signed agency, publishes its audit head, then for each case
# tampers with a copy of the file the way an adversary with the sqlite3 shell would, and runs
#     muster audit verify --expect-head SEQ:HASH --public-key agency.key.pub
# as an auditor (no signing key). Every tampering case must make it fail; the two controls must pass. The table
# also shows what plain `audit verify` (no head, no key) says, which is why heads are published.
#
#     swift build && bash Benchmarks/tamper/run.sh        # MUSTER=path/to/muster to test another binary
#
# Exit 0 when every case is caught and both controls pass; 1 otherwise.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
M=${MUSTER:-$ROOT/.build/debug/muster}
RECHAIN="python3 $ROOT/Benchmarks/tamper/rechain.py"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 2; }
[ -x "$M" ] || { echo "no muster binary at $M: run swift build first" >&2; exit 2; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cd "$DIR"
unset MUSTER_DB MUSTER_SIGNING_KEY

# --- the agency: a demo built with the agency key, an older copy, two more signed writes, the published head
"$M" audit keygen --out agency.key >/dev/null
"$M" audit keygen --out mallory.key >/dev/null
"$M" demo --db base.sqlite --officers 40 --seed 7 --as-of 2026-06-30 --signing-key agency.key >/dev/null 2>&1
sqlite3 base.sqlite ".backup older.sqlite"
"$M" officers add --db base.sqlite --signing-key agency.key --badge 9001 --last-name Able --first-name Ann --unit Patrol --hire-date 2026-01-05 >/dev/null
BEFORE_LAST=$("$M" audit head --db base.sqlite | head -1 | cut -d: -f1)
"$M" officers add --db base.sqlite --signing-key agency.key --badge 9002 --last-name Baker --first-name Ben --unit Patrol --hire-date 2026-01-05 >/dev/null
HEAD=$("$M" audit head --db base.sqlite | head -1)
sqlite3 base.sqlite "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
[ "$($RECHAIN base.sqlite --check)" = 0 ] || { echo "rechain.py does not hash as Muster does" >&2; exit 2; }
echo "agency: $(sqlite3 base.sqlite 'SELECT COUNT(*) FROM audit_event') events, $(sqlite3 base.sqlite 'SELECT COUNT(*) FROM audit_signature') signed transactions; published head $HEAD"
echo

C=case.sqlite
sql() { sqlite3 "$C" "$@" >/dev/null; }
# An officer's last name rewritten in the row and in its last event, then every later hash recomputed.
rewrite_and_rechain() {
    local badge=0101 event
    badge=$(sqlite3 "$C" "SELECT badge FROM officer ORDER BY badge LIMIT 1")
    event=$(sqlite3 "$C" "SELECT MAX(id) FROM audit_event WHERE entity = 'officer' AND entity_key = '$badge'")
    sql "UPDATE officer SET last_name = 'Forged' WHERE badge = '$badge';
         UPDATE audit_event SET after_state = json_set(after_state, '$.last_name', 'Forged') WHERE id = $event;"
    $RECHAIN "$C" "$event"
}

PASSED=0; CAUGHT=0; MISSED=0; CASES=0
run_case() {  # name, expectation (caught|intact), tampering (shell code run on $C)
    local name=$1 expect=$2 code=$3 out rc plain
    rm -f "$C" "$C"-wal "$C"-shm
    cp base.sqlite "$C"
    eval "$code"
    out=$("$M" audit verify --db "$C" --expect-head "$HEAD" --public-key agency.key.pub 2>&1); rc=$?
    "$M" audit verify --db "$C" >/dev/null 2>&1 && plain=passes || plain=fails
    local first; first=$(printf '%s\n' "$out" | grep -v '^note:' | head -1 | cut -c1-110)
    if [ "$expect" = intact ]; then
        if [ $rc = 0 ]; then PASSED=$((PASSED + 1)); verdict="ok (intact)"; else MISSED=$((MISSED + 1)); verdict="WRONG: flagged"; fi
    else
        CASES=$((CASES + 1))
        if [ $rc != 0 ]; then CAUGHT=$((CAUGHT + 1)); verdict="caught (exit $rc)"; else MISSED=$((MISSED + 1)); verdict="MISSED"; fi
    fi
    printf '%-34s %-17s plain verify %-6s | %s\n' "$name" "$verdict" "$plain" "$first"
}

run_case control-untouched intact ':'
run_case control-signed-write-after-head intact \
    '"$M" officers add --db "$C" --signing-key agency.key --badge 9003 --last-name Cole --first-name Cy --unit Patrol --hire-date 2026-01-05 >/dev/null'
run_case truncate-last-transaction caught \
    'sql "DELETE FROM audit_event WHERE id > $BEFORE_LAST; DELETE FROM audit_signature WHERE event_id > $BEFORE_LAST;
          DELETE FROM officer_fact WHERE badge = '"'9002'"'; DELETE FROM officer WHERE badge = '"'9002'"';"'
run_case truncate-keeping-signature-rows caught \
    'sql "DELETE FROM audit_event WHERE id > $BEFORE_LAST; DELETE FROM officer_fact WHERE badge = '"'9002'"';
          DELETE FROM officer WHERE badge = '"'9002'"';"'
run_case rollback-to-older-copy caught 'cp older.sqlite "$C"'
run_case rewrite-event-recompute-chain caught 'rewrite_and_rechain'
run_case rewrite-recompute-resign-own-key caught \
    'rewrite_and_rechain; sql "DELETE FROM audit_signature;";
     "$M" officers add --db "$C" --signing-key mallory.key --badge 9100 --last-name Mallory --first-name M --unit Patrol --hire-date 2026-01-05 >/dev/null'
run_case append-forged-events caught \
    'sql "INSERT INTO user_role (login, role, granted_at, granted_by) VALUES ('"'mallory'"', '"'coordinator'"', '"'2026-07-01T00:00:00.000Z'"', '"'root'"');
          INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, before_state, after_state, hash)
          SELECT MAX(e.id) + 1, '"'2026-07-01T00:00:00.000Z'"', '"'root'"', '"'grantRole'"', '"'user_role'"', CAST(r.id AS TEXT), NULL,
                 json_object('"'granted_at'"', r.granted_at, '"'granted_by'"', r.granted_by, '"'id'"', r.id, '"'login'"', r.login, '"'role'"', r.role), x'"'00'"'
          FROM audit_event e, user_role r WHERE r.login = '"'mallory'"';";
     $RECHAIN "$C" "$(sqlite3 "$C" "SELECT MAX(id) FROM audit_event")"'
run_case forged-signature caught 'sql "UPDATE audit_signature SET signature = randomblob(64) WHERE event_id = (SELECT MAX(event_id) FROM audit_signature);"'
run_case old-signature-moved-to-head caught \
    'sql "UPDATE audit_signature SET signature = (SELECT signature FROM audit_signature ORDER BY event_id LIMIT 1)
          WHERE event_id = (SELECT MAX(event_id) FROM audit_signature);"'
run_case signatures-deleted caught 'sql "DELETE FROM audit_signature;"'
run_case signature-table-dropped caught 'sql "DROP TABLE audit_signature;"'
run_case last-hash-overwritten caught 'sql "UPDATE audit_event SET hash = randomblob(32) WHERE id = (SELECT MAX(id) FROM audit_event);"'
run_case middle-event-edited caught 'sql "UPDATE audit_event SET actor = '"'mallory'"' WHERE id = 100;"'
run_case middle-event-deleted caught 'sql "DELETE FROM audit_event WHERE id = 100;"'
run_case record-edited caught 'sql "UPDATE officer SET email = '"'x@evil.test'"' WHERE badge = (SELECT MIN(badge) FROM officer);"'
run_case record-deleted caught 'sql "DELETE FROM completion WHERE id = (SELECT MAX(id) FROM completion WHERE voided_at IS NULL);"'
run_case pass-digest-swapped caught \
    'sql "UPDATE pass_digest SET passes = (SELECT passes FROM pass_digest ORDER BY badge DESC LIMIT 1) WHERE badge = (SELECT MIN(badge) FROM pass_digest);"'
run_case trigger-dropped caught 'sql "DROP TRIGGER completion_latest_on_insert;"'
run_case index-dropped caught 'sql "DROP INDEX completion_badge_module;"'
run_case trigger-added caught \
    'sql "CREATE TRIGGER evil AFTER INSERT ON completion BEGIN UPDATE completion SET score = 100 WHERE id = new.id; END;"'
run_case view-added caught 'sql "CREATE VIEW everyone AS SELECT * FROM officer;"'
run_case check-loosened-writable-schema caught \
    'sql "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, '"'BETWEEN 0 AND 100'"', '"'BETWEEN 0 AND 1000'"') WHERE name = '"'completion'"';"'
run_case migrations-reordered caught \
    'sql "DELETE FROM grdb_migrations WHERE identifier = '"'v1-schema'"'; INSERT INTO grdb_migrations VALUES ('"'v1-schema'"');"'
run_case migration-row-deleted caught 'sql "DELETE FROM grdb_migrations WHERE identifier = '"'v5-audit-signatures'"';"'
run_case migration-row-added caught 'sql "INSERT INTO grdb_migrations VALUES ('"'v9-mallory'"');"'
# The table an earlier Muster kept of what a bulk load owed (gone since v6-no-deferred-schema), put back to hide
# a dropped index or to smuggle SQL text: named as a table Muster does not create, and nothing in it is run.
run_case deferred-schema-hides-dropped-index caught \
    'sql "DROP INDEX completion_session; CREATE TABLE deferred_schema (name TEXT PRIMARY KEY, loader_pid INTEGER NOT NULL); INSERT INTO deferred_schema VALUES ('"'completion_session'"', 1);"'
run_case deferred-schema-sql-text caught \
    'sql "CREATE TABLE deferred_schema (name TEXT PRIMARY KEY, loader_pid INTEGER NOT NULL); INSERT INTO deferred_schema VALUES ('"'x; DROP TABLE officer; --'"', 1);"'
[ "$(sqlite3 "$C" "SELECT COUNT(*) FROM sqlite_master WHERE name = 'officer'")" = 1 ] || { echo "deferred_schema SQL text was run" >&2; MISSED=$((MISSED + 1)); }

echo
echo "$CAUGHT of $CASES tampering cases caught by audit verify with the published head and key; $PASSED of 2 controls intact"
[ $MISSED = 0 ]
