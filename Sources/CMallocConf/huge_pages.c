#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "CMallocConf.h"

// Transparent huge pages for the memory jemalloc maps from now on. jemalloc starts with them
// off (`thp:default` in malloc_conf.c: on this system's `madvise` setting, no huge pages):
// glibc's start calls malloc before any code of kd runs, so an `always` set at start could
// not spare a ward-size run the huge pages jemalloc maps first. Here each arena's extent hooks
// are wrapped so that what jemalloc maps after the switch is marked MADV_HUGEPAGE, as
// `thp:always` marks it (jemalloc's `pages_set_thp_state`), through the public mallctl API.

typedef struct extent_hooks_s extent_hooks_t;
typedef void *(extent_alloc_t)(extent_hooks_t *, void *, size_t, size_t, bool *, bool *, unsigned);
// jemalloc 5's extent_hooks_t: only `alloc` is replaced, the others are copied as they are.
struct extent_hooks_s {
    extent_alloc_t *alloc;
    void *dalloc, *destroy, *commit, *decommit, *purge_lazy, *purge_forced, *split, *merge;
};

// Weak: a plain `swift build` links glibc's malloc, which has no mallctl (then this is a no-op).
extern int mallctl(const char *, void *, size_t *, void *, size_t) __attribute__((weak));

static extent_hooks_t *jemalloc_hooks;
static extent_hooks_t huge_hooks;

static void *huge_alloc(extent_hooks_t *hooks, void *addr, size_t size, size_t alignment, bool *zero,
                        bool *commit, unsigned arena) {
    (void)hooks;
    void *p = jemalloc_hooks->alloc(jemalloc_hooks, addr, size, alignment, zero, commit, arena);
    if (p != NULL) (void)madvise(p, size, MADV_HUGEPAGE);
    return p;
}

int kd_huge_pages(void) {
    if (mallctl == NULL) return 0;
    if (jemalloc_hooks != NULL) return 1;  // once
    // jemalloc makes its arena for the biggest blocks (from oversize_threshold, 8 MB) on
    // first use, with its own settings (it returns their pages at once): make it so now, then
    // wrap it with the others.
    void *volatile big = malloc(16u << 20);  // volatile: a compiler may drop a malloc-free pair
    free(big);
    unsigned arenas = 0;
    size_t size = sizeof arenas;
    extent_hooks_t *current = NULL;
    size_t hooksSize = sizeof current;
    if (mallctl("arenas.narenas", &arenas, &size, NULL, 0) != 0) return 0;
    if (mallctl("arena.0.extent_hooks", &current, &hooksSize, NULL, 0) != 0 || current == NULL) return 0;
    jemalloc_hooks = current;
    huge_hooks = *current;
    huge_hooks.alloc = huge_alloc;
    extent_hooks_t *mine = &huge_hooks;
    int wrapped = 0;
    for (unsigned i = 0; i < arenas; i++) {
        char name[48];
        snprintf(name, sizeof name, "arena.%u.extent_hooks", i);
        if (mallctl(name, NULL, NULL, &mine, sizeof mine) == 0) wrapped++;
    }
    return wrapped;
}
