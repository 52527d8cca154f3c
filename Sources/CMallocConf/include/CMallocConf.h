// jemalloc's settings (malloc_conf.c).
//
// kd no longer switches jemalloc to transparent huge pages at its first big input: that was
// done by wrapping every arena's extent hooks (stop 23), and jemalloc does not support custom
// hooks that call its own defaults. A province-size session hung for good inside the allocator
// (an extent merge through the copied default hook fetched thread state, which allocated and
// waited on the extent mutex its own thread held; audit of stop 46). BENCHMARKS.md says what
// the huge pages had bought.
