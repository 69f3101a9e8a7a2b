#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/* SwiftPM drops the -D flags from `pkg-config --cflags ncursesw`, so the
   wide-character API (cchar_t, get_wch, add_wch, mvaddwstr, setcchar, WACS_*)
   stays hidden unless we ask for it here, before <ncurses.h>. */
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ncurses.h>

/* wcwidth(): glibc declares it only under _XOPEN_SOURCE; Swift's Glibc module
   is not built with that, so `wcwidth` is "not in scope" in Swift. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* Attributes: A_* are NCURSES_BITS(...) function-like macros -> not imported. */
static const attr_t CN_A_NORMAL    = A_NORMAL;
static const attr_t CN_A_BOLD      = A_BOLD;
static const attr_t CN_A_REVERSE   = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_DIM       = A_DIM;
static const attr_t CN_A_STANDOUT  = A_STANDOUT;
static const attr_t CN_A_COLOR     = A_COLOR;

/* Mouse masks are NCURSES_MOUSE_MASK(...) macros -> not imported. */
static const mmask_t CN_ALL_MOUSE_EVENTS      = ALL_MOUSE_EVENTS;
static const mmask_t CN_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;
static const mmask_t CN_BUTTON1_CLICKED       = BUTTON1_CLICKED;
static const mmask_t CN_BUTTON1_PRESSED       = BUTTON1_PRESSED;
static const mmask_t CN_BUTTON4_PRESSED       = BUTTON4_PRESSED;  /* wheel up */
static const mmask_t CN_BUTTON5_PRESSED       = BUTTON5_PRESSED;  /* wheel down */

/* ACS_* read acs_map[], which only initscr/newterm fill in; acs_map itself
   does not import ("cannot reference invalid declaration 'acs_map'"). */
static inline chtype cn_acs(char c) { return NCURSES_ACS(c); }
static inline chtype cn_acs_hline(void)    { return ACS_HLINE; }
static inline chtype cn_acs_vline(void)    { return ACS_VLINE; }
static inline chtype cn_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype cn_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype cn_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype cn_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline chtype cn_acs_ltee(void)     { return ACS_LTEE; }
static inline chtype cn_acs_rtee(void)     { return ACS_RTEE; }

/* WACS_* (wide line drawing) point into _nc_wacs, also macro-only. */
static inline const cchar_t *cn_wacs_hline(void)   { return WACS_HLINE; }
static inline const cchar_t *cn_wacs_vline(void)   { return WACS_VLINE; }
static inline const cchar_t *cn_wacs_d_hline(void) { return WACS_D_HLINE; }

/* Globals: in Swift 6 mode, `stdscr`, `COLS`, `LINES`, `ESCDELAY`, `COLORS`,
   `COLOR_PAIRS`, `TABSIZE`, `stdout`, `stdin`, `stderr` are errors
   ("reference to var ... is not concurrency-safe because it involves shared
   mutable state"). Calls to plain functions are fine. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void)  { return COLS; }
static inline int cn_lines(void) { return LINES; }
/* newterm() instead of initscr(): initscr() calls exit(1) with
   "Error opening terminal: ..." when TERM is unset or unknown; newterm returns NULL. */
static inline SCREEN *cn_newterm(const char *term) { return newterm(term, stdout, stdin); }

/* Restore the terminal when the process dies of a crash signal
   (fatalError = SIGILL on x86_64, SIGTRAP on arm64; SIGSEGV, SIGBUS, SIGFPE, SIGABRT).
   The previous handler (the Swift runtime backtracer) is put back, so the
   backtrace still prints, now on the normal screen.
   NOTE: a file-scope `static` array here is NOT emitted (undefined reference
   at link time); a function-local static inside a static inline function is. */
static inline struct sigaction *cn_prev_actions(void) {
    static struct sigaction prev[32];
    return prev;
}
static inline void cn_crash_handler(int sig) {
    endwin();
    sigaction(sig, &cn_prev_actions()[sig], NULL);
    if (sig == SIGABRT) raise(sig);   /* asynchronous: deliver it again */
    /* synchronous faults: returning re-executes the faulting instruction */
}
static inline void cn_install_crash_cleanup(void) {
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = cn_crash_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, &cn_prev_actions()[sigs[i]]);
    }
}
#endif
