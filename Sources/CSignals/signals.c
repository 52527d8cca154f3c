#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "CSignals.h"

static volatile sig_atomic_t interrupt_requested = 0;
static volatile sig_atomic_t terminal_changed = 0;

/// The self-pipe: each handler writes a byte to it, and `kd_read_byte` waits on it beside the
/// terminal. A signal that lands after the prompt is drawn but before read(2) starts would not
/// interrupt that read, and the key it stands for would be lost until the next key (the pty
/// test `ctrlCAtThePromptAbandonsTheLine` failed so, about one run in five). A signal may also
/// be delivered to another of kd's threads, which does not interrupt this one's read at all.
static int wake_pipe[2] = { -1, -1 };

static void make_wake_pipe(void) {
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        wake_pipe[0] = wake_pipe[1] = -1;
    }
}

static void wake(void) {
    if (wake_pipe[1] < 0) return;
    int saved = errno;
    char byte = 1;
    (void)!write(wake_pipe[1], &byte, 1);
    errno = saved;
}

static void drain_wake_pipe(void) {
    char bytes[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], bytes, sizeof bytes) > 0) {}
}

static void on_interrupt(int sig) { (void)sig; interrupt_requested = 1; wake(); }
static void on_terminal(int sig) { terminal_changed = sig; wake(); }

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

void kd_install_interrupt_handler(int restart) {
    make_wake_pipe();
    install(SIGINT, on_interrupt, restart);
}

/// A script run: the first Ctrl-C asks kd to stop after the command (or the pass) under way,
/// so what was done and printed is kept; a second one ends kd at once, as Ctrl-C always did.
static void on_script_interrupt(int sig) {
    if (interrupt_requested) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    interrupt_requested = 1;
    wake();
}

void kd_install_script_interrupt_handler(void) {
    make_wake_pipe();
    install(SIGINT, on_script_interrupt, 1);
}

void kd_ignore_quit(void) { signal(SIGQUIT, SIG_IGN); }

int kd_interrupt_requested(void) { return interrupt_requested; }
void kd_set_interrupt_requested(int value) { interrupt_requested = value; }

void kd_install_terminal_handlers(int restart) {
    make_wake_pipe();
    install(SIGWINCH, on_terminal, restart);
    install(SIGCONT, on_terminal, restart);
}

int kd_terminal_changed(void) { return terminal_changed; }
void kd_set_terminal_changed(int value) { terminal_changed = value; }

int kd_read_byte(int fd, unsigned char *out) {
    for (;;) {
        // Checked before every wait, and the pipe is drained only here: a signal that came
        // after this check has written to the pipe, so the poll below returns at once.
        if (interrupt_requested || terminal_changed) {
            drain_wake_pipe();
            errno = EINTR;
            return -1;
        }
        struct pollfd p[2] = { { fd, POLLIN, 0 }, { wake_pipe[0], POLLIN, 0 } };
        int ready = poll(p, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (wake_pipe[0] >= 0 && (p[1].revents & POLLIN)) {
            // Woken by a signal: its flag is checked at the top (a stale byte just loops).
            if (!interrupt_requested && !terminal_changed) drain_wake_pipe();
            continue;
        }
        if (p[0].revents) {
            ssize_t n = read(fd, out, 1);
            if (n < 0 && errno == EINTR) continue;
            return (int)n;
        }
    }
}
