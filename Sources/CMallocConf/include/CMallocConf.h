// jemalloc's settings (malloc_conf.c), and the switch to transparent huge pages (huge_pages.c).

/// Transparent huge pages for what jemalloc maps from now on; kd starts without them. 1 when
/// jemalloc reads `thp:always` now (0 under glibc's malloc, or a jemalloc it does not know).
int kd_huge_pages(void);
