// Nothing to call: this target only carries jemalloc's settings (malloc_conf.c).
