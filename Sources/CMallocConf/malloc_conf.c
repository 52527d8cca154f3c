// jemalloc's settings. Scripts/build-release links jemalloc in place of glibc's malloc; a plain
// `swift build` keeps glibc's, which never reads this symbol. MALLOC_CONF adds to it.
//   thp:default          no transparent huge pages at start (this system's setting is
//                        `madvise`): at ward size zeroing fresh 2 MB pages cost more than they
//                        saved. kd turns them on for what jemalloc maps once it reads a big
//                        input (huge_pages.c, Sources/kd/main.swift): a national roster holds
//                        gigabytes of tables that the rules read in no particular order, and
//                        with 4 KB pages every lookup was also a TLB miss and a page fault
//   metadata_thp:auto    its own tables get huge pages once they grow past a few megabytes
//   dirty_decay_ms:1000  freed pages go back to the system after about a second, not ten: a
//                        load frees its CSV rows (hundreds of MB at 1M members) in blocks the
//                        next steps' big arrays cannot reuse, and kept for ten seconds they
//                        were still resident at cap, the peak (1M members: 0.96 → 0.75 GB,
//                        the same time within this machine's noise)
const char *malloc_conf = "thp:default,metadata_thp:auto,dirty_decay_ms:1000";
