#include <sqlite3.h>
#include "CSQLiteConfig.h"

int muster_sqlite_configure(void) {
    // GRDB already gives each connection to one thread at a time, so SQLite's own lock around every
    // bind, step and column read is pure cost: multi-thread mode drops it (the core mutexes stay).
    int result = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (result != SQLITE_OK) return result;
    // Memory statistics take a global mutex on every allocation; Muster never reads them.
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
