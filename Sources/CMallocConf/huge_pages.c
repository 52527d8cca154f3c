#include <string.h>
#include "CMallocConf.h"

// Transparent huge pages for the memory jemalloc maps from now on, as `thp:always` would mark
// it. jemalloc starts with `thp:default` (malloc_conf.c): on this system's `madvise` setting, no
// huge pages, and at ward size zeroing fresh 2 MB pages cost more than they saved. jemalloc
// reads its `thp` option on one path only after start: when it maps memory
// (`pages_set_thp_state`, which then madvises the new mapping MADV_HUGEPAGE) and when it zeroes
// a recycled extent (memset instead of a purge, the cautious way). So kd sets the option itself,
// once, at its first big input. Written by hand, against jemalloc's internals: no public call
// changes it. Until stop 46 this wrapped every arena's extent hooks (public mallctl API), which
// jemalloc does not support: a session hung in the allocator. Nothing here runs inside jemalloc.
//
// Guarded three ways, so that another jemalloc (or glibc's malloc, under a plain `swift build`)
// is left alone: the symbols are weak; the switch is made only on a system set to `madvise`
// with the option at `default`; and jemalloc is asked afterwards (`opt.thp`) whether it reads
// "always" now, else the old value is put back.

// jemalloc 5's thp_mode_t (include/jemalloc/internal/pages.h), and its private globals.
enum { THP_DEFAULT = 0, THP_ALWAYS = 1 };
extern int je_opt_thp __attribute__((weak));
extern int je_init_system_thp_mode __attribute__((weak));
extern int mallctl(const char *, void *, size_t *, void *, size_t) __attribute__((weak));

int kd_huge_pages(void) {
    if (mallctl == NULL || &je_opt_thp == NULL || &je_init_system_thp_mode == NULL) return 0;
    if (__atomic_load_n(&je_opt_thp, __ATOMIC_RELAXED) == THP_ALWAYS) return 1;  // once
    if (je_init_system_thp_mode != THP_DEFAULT || je_opt_thp != THP_DEFAULT) return 0;
    __atomic_store_n(&je_opt_thp, THP_ALWAYS, __ATOMIC_RELAXED);
    const char *name = NULL;
    size_t size = sizeof name;
    if (mallctl("opt.thp", &name, &size, NULL, 0) == 0 && name != NULL && strcmp(name, "always") == 0) return 1;
    __atomic_store_n(&je_opt_thp, THP_DEFAULT, __ATOMIC_RELAXED);
    return 0;
}
