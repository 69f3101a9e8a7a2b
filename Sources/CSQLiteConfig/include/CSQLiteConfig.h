#ifndef MUSTER_CSQLITECONFIG_H
#define MUSTER_CSQLITECONFIG_H

/// Process-wide SQLite settings that must be made before the first connection opens, through
/// `sqlite3_config`, which Swift cannot call (it is variadic). Returns SQLITE_OK (0), or SQLITE_MISUSE (21)
/// if SQLite was already initialised, in which case nothing changed.
int muster_sqlite_configure(void);

#endif
