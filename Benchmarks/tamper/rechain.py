#!/usr/bin/env python3
"""Plays the forger: recomputes audit_event hashes from event FROM to the end, exactly as Muster's
AuditHashing does (SHA-256 over the canonical JSON array [prev_hash, "id", occurred_at, actor, action,
entity, entity_key, before, after]), so that the chain adds up again after events were rewritten.

usage: rechain.py DB FROM          recompute from event FROM (1 = the whole chain)
       rechain.py DB --check       print how many stored hashes this script would change (0 on an intact log)
"""
import hashlib
import sqlite3
import sys


def literal(text):
    if text is None:
        return "null"
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20:
            out.append("\\u00%02x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def event_hash(prev, row):
    id_, occurred_at, actor, action, entity, key, before, after = row
    items = [literal(prev), '"%d"' % id_, literal(occurred_at), literal(actor), literal(action), literal(entity),
             literal(key), literal(before), literal(after)]
    return hashlib.sha256(("[" + ",".join(items) + "]").encode("utf-8")).hexdigest()


def main():
    db = sqlite3.connect(sys.argv[1])
    check = sys.argv[2] == "--check"
    start = 1 if check else int(sys.argv[2])
    prev = "0" * 64
    if start > 1:
        prev = db.execute("SELECT hash FROM audit_event WHERE id < ? ORDER BY id DESC LIMIT 1", (start,)).fetchone()[0].hex()
    rows = db.execute("SELECT id, occurred_at, actor, action, entity, entity_key, before_state, after_state, hash "
                      "FROM audit_event WHERE id >= ? ORDER BY id", (start,)).fetchall()
    changed = 0
    for row in rows:
        digest = event_hash(prev, row[:8])
        if digest != row[8].hex():
            changed += 1
            if not check:
                db.execute("UPDATE audit_event SET hash = ? WHERE id = ?", (bytes.fromhex(digest), row[0]))
        prev = digest
    db.commit()
    if check:
        print(changed)


main()
