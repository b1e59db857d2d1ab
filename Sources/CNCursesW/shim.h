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
static inline int s75_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
#endif
