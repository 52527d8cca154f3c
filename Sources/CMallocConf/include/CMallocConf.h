// jemalloc's settings (malloc_conf.c), and the switch to transparent huge pages (huge_pages.c).

/// Transparent huge pages for what jemalloc maps from now on; kd starts without them. Returns
/// how many arenas it switched (0 under glibc's malloc).
int kd_huge_pages(void);
