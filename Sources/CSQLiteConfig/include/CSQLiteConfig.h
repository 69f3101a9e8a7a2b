#ifndef MUSTER_CSQLITECONFIG_H
#define MUSTER_CSQLITECONFIG_H

/// Process-wide SQLite settings that must be made before the first connection opens, through
/// `sqlite3_config`, which Swift cannot call (it is variadic). Returns SQLITE_OK (0), or SQLITE_MISUSE (21)
/// if SQLite was already initialised, in which case nothing changed.
int muster_sqlite_configure(void);

/// Hardens one connection (`connection` is its `sqlite3 *`) through `sqlite3_db_config`, variadic too:
/// defensive mode on (no `writable_schema`, no writes to the schema table or shadow tables, no
/// `journal_mode=OFF`), and the schema untrusted (SQL functions with side effects cannot run from triggers or
/// views a file brings with it). Returns SQLITE_OK, or the first error.
int muster_sqlite_harden(void *connection);

/// Whether defensive mode is on for `connection` (1), off (0), or the question failed (-1); for tests.
int muster_sqlite_is_defensive(void *connection);

#endif
