#ifndef KD_CSIGNALS_H
#define KD_CSIGNALS_H

// kd's signal flags and handlers, in C: a handler may only store to a volatile sig_atomic_t.
// A Swift global written from a handler goes through Swift's exclusivity checks, and a debug
// build aborts ("Simultaneous accesses") when Ctrl-C lands while the main thread reads the flag.

/// SIGINT sets the interrupt flag. `restart`: whether read(2) resumes after it (SA_RESTART).
/// Also unblocks SIGINT, which a parent may have blocked (test runners, some IDEs).
void kd_install_interrupt_handler(int restart);
/// For a script run: the first SIGINT sets the flag, a second ends the process (default action).
void kd_install_script_interrupt_handler(void);
/// Ctrl-\\ (SIGQUIT) at the prompt does nothing, as in a shell: by default it ended kd with a
/// crash report (the Swift runtime's backtrace).
void kd_ignore_quit(void);
int kd_interrupt_requested(void);
void kd_set_interrupt_requested(int value);

/// SIGWINCH and SIGCONT store their number in the terminal flag. Also unblocks them.
void kd_install_terminal_handlers(int restart);
int kd_terminal_changed(void);
void kd_set_terminal_changed(int value);

/// Reads one byte of `fd` (the terminal), waiting until one comes or a signal above sets its
/// flag: 1 with the byte, 0 at end of input, -1 with errno (EINTR when a flag is set). Unlike a
/// bare read(2), a signal that arrived just before the wait, or on another thread, still ends it.
int kd_read_byte(int fd, unsigned char *out);

#endif
