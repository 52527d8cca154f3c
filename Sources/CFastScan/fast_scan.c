#include "CFastScan.h"
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// One byte, as WorkspaceMark.swift reads it below the top level. Returns 1 when the depth is
// back to 1.
static inline int step(unsigned char c, kd_nested_state *s) {
    if (s->in_string) {
        if (s->escaped) s->escaped = 0;
        else if (c == '\\') s->escaped = 1;
        else if (c == '"') s->in_string = 0;
        return 0;
    }
    if (c == '"') s->in_string = 1;
    else if (c == '{' || c == '[') s->depth++;
    else if (c == '}' || c == ']') return --s->depth == 1;
    return 0;
}

#if defined(__SSE2__)
// A bit for each of the 64 bytes at p that is a quote, a backslash or a bracket: the only bytes
// that change the reading (but for the byte after a backslash in a string, handled below).
static inline uint64_t marks(const unsigned char *p) {
    uint64_t m = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + 16 * k));
        __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));  // [ ] → { }
        __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
            _mm_or_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('{')), _mm_cmpeq_epi8(lower, _mm_set1_epi8('}'))));
        m |= (uint64_t)(uint16_t)_mm_movemask_epi8(hit) << (16 * k);
    }
    return m;
}
#endif

size_t kd_skip_nested(const unsigned char *p, size_t n, kd_nested_state *s) {
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 64 <= n; i += 64) {
        uint64_t m = marks(p + i);
        // An escaped byte is passed over whatever it is; it is the first of this block.
        if (s->escaped) {
            s->escaped = 0;
            m &= ~(uint64_t)1;
        }
        while (m) {
            int k = __builtin_ctzll(m);
            m &= m - 1;
            unsigned char c = p[i + k];
            if (s->in_string && c == '\\') {
                if (k == 63) s->escaped = 1;
                else m &= ~((uint64_t)1 << (k + 1));
            } else if (step(c, s)) {
                return i + k + 1;
            }
        }
    }
#endif
    for (; i < n; i++) {
        if (step(p[i], s)) return i + 1;
    }
    return n;
}
