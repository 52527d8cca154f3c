#ifndef KD_CFASTSCAN_H
#define KD_CFASTSCAN_H

#include <stddef.h>

// Hand-written for speed (issue 8): `save` over another workspace first checks that the file is
// one, reading its JSON up to the top-level "format" key (WorkspaceMark.swift), which sits after
// the adjustments and the audit log: 541 MB of a national file (1.2 s of `save`), 0.24 MB of a
// ward's (0.5 ms). Everything before it is below the top level, where only strings and brackets
// count; this reads that part 64 bytes at a time and looks only at those bytes.

/// Where a reading below a JSON document's top level stands, carried from one buffer to the next.
typedef struct {
    /// 2 or more: the top-level object is depth 1.
    long depth;
    /// Inside a string; and, inside one, the byte before was a backslash (the next is escaped).
    int in_string, escaped;
} kd_nested_state;

/// Reads p[0..<n] from `state` as the byte-by-byte reading in WorkspaceMark.swift would: a quote
/// opens or closes a string (unless escaped), `{` and `[` outside strings go one deeper, `}` and
/// `]` one up. Returns how many bytes it read: through the one that brings the depth back to 1,
/// or all n.
size_t kd_skip_nested(const unsigned char *p, size_t n, kd_nested_state *state);

#endif
