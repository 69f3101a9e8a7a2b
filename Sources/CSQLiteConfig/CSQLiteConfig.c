#include <sqlite3.h>
#include "CSQLiteConfig.h"

int muster_sqlite_configure(void) {
    // GRDB already gives each connection to one thread at a time, so SQLite's own lock around every
    // bind, step and column read is pure cost: multi-thread mode drops it (the core mutexes stay).
    int result = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (result != SQLITE_OK) return result;
    // A read-only copy with no -shm beside it opens as `file:…?immutable=1`: URI names must be understood
    // whatever this system's SQLite was compiled with.
    result = sqlite3_config(SQLITE_CONFIG_URI, 1);
    if (result != SQLITE_OK) return result;
    // Memory statistics take a global mutex on every allocation; Muster never reads them.
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int muster_sqlite_harden(void *connection) {
    sqlite3 *db = (sqlite3 *)connection;
    int result = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
    if (result != SQLITE_OK) return result;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)0);
}

int muster_sqlite_is_defensive(void *connection) {
    int on = -1;
    if (sqlite3_db_config((sqlite3 *)connection, SQLITE_DBCONFIG_DEFENSIVE, -1, &on) != SQLITE_OK) return -1;
    return on;
}
