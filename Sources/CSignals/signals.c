#include <signal.h>
#include <string.h>
#include "CSignals.h"

static volatile sig_atomic_t interrupt_requested = 0;
static volatile sig_atomic_t terminal_changed = 0;

static void on_interrupt(int sig) { (void)sig; interrupt_requested = 1; }
static void on_terminal(int sig) { terminal_changed = sig; }

/// Installs `handler` for `sig`, and unblocks `sig`: a parent may have started kd with signals
/// blocked (test runners, some IDEs), and the mask is inherited, so a blocked SIGWINCH would
/// never reach its handler and the line would not be redrawn.
static void install(int sig, void (*handler)(int), int restart) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(sig, &sa, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void kd_install_interrupt_handler(int restart) { install(SIGINT, on_interrupt, restart); }

/// A script run: the first Ctrl-C asks kd to stop after the command (or the pass) under way,
/// so what was done and printed is kept; a second one ends kd at once, as Ctrl-C always did.
static void on_script_interrupt(int sig) {
    if (interrupt_requested) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    interrupt_requested = 1;
}

void kd_install_script_interrupt_handler(void) { install(SIGINT, on_script_interrupt, 1); }

void kd_ignore_quit(void) { signal(SIGQUIT, SIG_IGN); }

int kd_interrupt_requested(void) { return interrupt_requested; }
void kd_set_interrupt_requested(int value) { interrupt_requested = value; }

void kd_install_terminal_handlers(int restart) {
    install(SIGWINCH, on_terminal, restart);
    install(SIGCONT, on_terminal, restart);
}

int kd_terminal_changed(void) { return terminal_changed; }
void kd_set_terminal_changed(int value) { terminal_changed = value; }
