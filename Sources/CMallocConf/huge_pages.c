#include <sys/prctl.h>
#include "CMallocConf.h"

// kd starts without transparent huge pages, before jemalloc maps its first extent (an early
// constructor), and turns them on at its first big input (Sources/kd/main.swift). The flag is
// checked at each page fault, so clearing it gives huge pages to the memory kd touches from
// then on (jemalloc marks its extents MADV_HUGEPAGE: malloc_conf.c).
__attribute__((constructor(101))) static void kd_no_huge_pages_at_start(void) {
    (void)prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
}

void kd_huge_pages(int on) {
    (void)prctl(PR_SET_THP_DISABLE, on ? 0 : 1, 0, 0, 0);
}
