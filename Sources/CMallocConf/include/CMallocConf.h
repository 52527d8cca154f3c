// jemalloc's settings (malloc_conf.c), and the switch of transparent huge pages (huge_pages.c).

/// Transparent huge pages for this process from now on (1) or not (0). kd starts without them.
void kd_huge_pages(int on);
