#ifndef KD_CEDITLINE_SHIM_H
#define KD_CEDITLINE_SHIM_H
#include <stdio.h>
#include <wchar.h>
#include <editline/readline.h>
#include <histedit.h>

/* el_set and history are variadic: Swift cannot call them, so each use gets a small setter. */

static inline int kd_el_set_prompt(EditLine *el, char *(*fn)(EditLine *)) { return el_set(el, EL_PROMPT, fn); }
static inline int kd_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int kd_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int kd_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *kd_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int kd_el_set_getc(EditLine *el, int (*fn)(EditLine *, wchar_t *)) { return el_set(el, EL_GETCFN, fn); }
static inline int kd_el_addfn(EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int kd_el_bind(EditLine *el, const char *key, const char *fn) { return el_set(el, EL_BIND, key, fn, NULL); }
static inline int kd_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

static inline int kd_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }
static inline int kd_el_prep_term(EditLine *el, int on) { return el_set(el, EL_PREP_TERM, on); }

static inline int kd_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int kd_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int kd_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }

static inline unsigned char kd_cc_refresh(void) { return CC_REFRESH; }
static inline unsigned char kd_cc_redisplay(void) { return CC_REDISPLAY; }
static inline unsigned char kd_cc_refresh_beep(void) { return CC_REFRESH_BEEP; }
#endif
