#ifndef ONWARD_CNCURSESW_SHIM_H
#define ONWARD_CNCURSESW_SHIM_H

// SwiftPM drops the pkg-config define, so ask for the wide-character API here;
// without it get_wch and the cchar_t functions are missing.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

// Swift 6 strict concurrency rejects mutable C globals; reach them through functions.
static inline WINDOW *onward_stdscr(void) { return stdscr; }
static inline int onward_lines(void) { return LINES; }
static inline int onward_cols(void) { return COLS; }

// newterm on the process's own stdin/stdout (C's stdin/stdout are globals too).
static inline SCREEN *onward_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int onward_attrset(attr_t a) { return attrset(a); }

// Macros Swift cannot import.
static inline attr_t onward_a_normal(void) { return A_NORMAL; }
static inline attr_t onward_a_bold(void) { return A_BOLD; }
static inline attr_t onward_a_reverse(void) { return A_REVERSE; }
static inline attr_t onward_a_underline(void) { return A_UNDERLINE; }
static inline attr_t onward_a_dim(void) { return A_DIM; }
static inline attr_t onward_color_pair(int n) { return COLOR_PAIR(n); }
static inline int onward_key_resize(void) { return KEY_RESIZE; }
static inline int onward_ok(void) { return OK; }
static inline int onward_key_code_yes(void) { return KEY_CODE_YES; }

#endif
