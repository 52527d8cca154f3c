// jemalloc's settings. Scripts/build-release links jemalloc in place of glibc's malloc; a plain
// `swift build` keeps glibc's, which never reads this symbol. MALLOC_CONF adds to it.
//   thp:always           transparent huge pages for jemalloc's extents: a national roster
//                        holds gigabytes of tables that the rules read in no particular order,
//                        and with 4 KB pages every lookup was also a TLB miss and a page fault
//   metadata_thp:auto    its own tables too, once they grow past a few megabytes
// The cost is about 0.25 ms at start (the first huge page is zeroed); BENCHMARKS.md has both.
const char *malloc_conf = "thp:always,metadata_thp:auto";
