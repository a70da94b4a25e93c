// Non-variadic wrappers over libedit's native API (histedit.h). Swift cannot call the variadic
// el_set / el_get / history, and Swift 6 rejects glibc's mutable stdin/stdout/stderr globals, so
// each operation the line editor needs gets a small static inline function here.
#ifndef HYBRIDBENCH_CEDITLINE_SHIM_H
#define HYBRIDBENCH_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*hb_prompt_fn)(EditLine *);
typedef unsigned char (*hb_command_fn)(EditLine *, int);

static inline EditLine *hb_el_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}
static inline void hb_write_stdout(const char *s) {
  fputs(s, stdout);
  fflush(stdout);
}
static inline int hb_el_set_prompt_esc(EditLine *el, hb_prompt_fn fn, char literal) {
  return el_set(el, EL_PROMPT_ESC, fn, (int)literal);
}
static inline int hb_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int hb_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int hb_el_set_hist(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int hb_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *hb_el_get_clientdata(EditLine *el) {
  void *p = NULL;
  el_get(el, EL_CLIENTDATA, &p);
  return p;
}
static inline int hb_el_addfn(EditLine *el, const char *name, const char *help, hb_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int hb_el_bind(EditLine *el, const char *key, const char *fname) {
  return el_set(el, EL_BIND, key, fname, NULL);
}
// While libedit edits a line, ^C arrives as a character rather than as SIGINT (setty -d -isig),
// so it can be bound to a key function: a signal that lands while libedit is redrawing interrupts
// a write, not the read, and would be lost.
static inline int hb_el_edit_mode_without_isig(EditLine *el) {
  return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}
static inline int hb_history_setsize(History *h, HistEvent *ev, int n) {
  return history(h, ev, H_SETSIZE, n);
}
static inline int hb_history_setunique(History *h, HistEvent *ev, int on) {
  return history(h, ev, H_SETUNIQUE, on);
}
static inline int hb_history_enter(History *h, HistEvent *ev, const char *s) {
  return history(h, ev, H_ENTER, s);
}
static inline int hb_history_load(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_LOAD, path);
}
static inline int hb_history_save(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_SAVE, path);
}

#endif
