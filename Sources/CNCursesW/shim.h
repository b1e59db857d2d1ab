/* The ncursesw API as Swift sees it: the wide-character functions, plus static inline
   wrappers for the macros and mutable C globals that Swift 6 cannot import safely. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static inline WINDOW *s75_stdscr(void) { return stdscr; }
static inline FILE *s75_stdin(void) { return stdin; }
static inline FILE *s75_stdout(void) { return stdout; }
static inline int s75_lines(void) { return LINES; }
static inline int s75_cols(void) { return COLS; }
static inline int s75_colors(void) { return COLORS; }
static inline int s75_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t s75_A_BOLD(void) { return A_BOLD; }
static inline attr_t s75_A_DIM(void) { return A_DIM; }
static inline attr_t s75_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t s75_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t s75_A_ITALIC(void) { return A_ITALIC; }

static inline int s75_KEY_F(int n) { return KEY_F(n); }

/* Whether the C library's current LC_CTYPE is UTF-8. */
/* The cells the C library (and so ncurses) gives a wide character: -1 for one it cannot print. */
static inline int s75_wcwidth(wchar_t c) { return wcwidth(c); }

static inline int s75_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
/* Restores the terminal, then lets the signal do what it would have done (exit or core dump).
   Installed for every signal that ends the process by default (including SIGHUP, which ncurses
   leaves alone, when an ssh link drops; SIGUSR1, SIGALRM and SIGPIPE) and for the signals a Swift
   runtime trap raises. */
static void (*s75_before_signal_exit)(void) = 0;

/* What to do before a signal ends the process (remove private copies of files): not async-signal-safe, but the
   process is ending and nothing else runs. */
static inline void s75_set_before_signal_exit(void (*hook)(void)) { s75_before_signal_exit = hook; }

static void s75_restore_and_reraise(int sig) {
    if (s75_before_signal_exit) { s75_before_signal_exit(); }
    if (!isendwin()) { endwin(); }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Unblocks the signals s75 relies on: a parent may have started it with them blocked (threads of
   many runtimes block signals, and children inherit the mask), and then neither resizes nor
   termination would ever arrive. */
static inline void s75_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    int wanted[] = { SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
                     SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ };
    for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) { sigaddset(&set, wanted[i]); }
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/* Suspends the program as Ctrl-Z does in a cooked terminal: restores the terminal, stops, and returns once
   `fg` continues it. Returns 0 (doing nothing) where there is no job control to continue it: SIGTSTP is
   ignored, the program is not in the terminal's foreground process group, or it shares its process group
   with the session's leader (a shell without job control, as `sh -c`, puts no job in a group of its own). */
static inline int s75_suspend(void) {
    struct sigaction old;
    sigaction(SIGTSTP, NULL, &old);
    if (old.sa_handler == SIG_IGN || tcgetpgrp(STDIN_FILENO) != getpgrp() || getpgrp() == getsid(0)) { return 0; }
    endwin();
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
    return 1;
}

static inline void s75_install_restore_handlers(void) {
    /* Every signal whose default action ends the process: none may leave the terminal in raw mode. */
    int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGUSR1, SIGUSR2,
                      SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = s75_restore_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}

/* Writes a run of cells in one style from column x: their graphemes as n wide characters, with attributes and a
   colour pair. */
static inline int s75_put_run(WINDOW *win, int y, int x, const wchar_t *wide, int n, attr_t attrs, int pair) {
    if (wattr_set(win, attrs, 0, &pair) != OK) { return ERR; }
    int result = mvwaddnwstr(win, y, x, wide, n);
    int plain = 0;
    wattr_set(win, 0, 0, &plain);
    return result;
}

/* Reads back row y of a window as wide characters (for headless tests). */
static inline int s75_read_row(WINDOW *win, int y, wchar_t *buffer, int n) {
    return mvwinnwstr(win, y, 0, buffer, n);
}

/* The first wide character ncurses holds in the cell at (x, y): what the terminal shows there. */
static inline wchar_t s75_char_at(WINDOW *win, int y, int x) {
    cchar_t cell;
    wchar_t text[CCHARW_MAX + 1];
    attr_t attributes;
    short pair;
    if (mvwin_wch(win, y, x, &cell) == ERR) { return 0; }
    if (getcchar(&cell, text, &attributes, &pair, NULL) == ERR) { return 0; }
    return text[0];
}
#endif
