#ifndef CBYTESCAN_H
#define CBYTESCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Where the first byte of `text[0..<count]` that a JSON string may have to escape is, or
/// `count` when there is none: a control character (below 0x20), `"`, `\`, DEL (0x7F), 0xE2
/// (which starts U+2028 and U+2029, among others) and, with `html_safe`, `<`, `>` and `&`.
///
/// With SSE2, sixteen bytes are compared at a time; a text shorter than sixteen bytes is read
/// as two overlapping halves (8 + 8 or 4 + 4 bytes), so that no byte outside it is read. Static
/// and inline, so that Swift code calling it compiles it in place.
static inline size_t chronicle_json_plain_prefix(const uint8_t *text, size_t count, int html_safe) {
#if defined(__SSE2__)
  const __m128i controls = _mm_set1_epi8(0x1F);
#define CHRONICLE_JSON_SPECIAL(v)                                                                          \
  _mm_or_si128(                                                                                            \
    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, controls), v), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x22))),    \
    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x5C)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))), \
                 _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))))
#define CHRONICLE_HTML_SPECIAL(v)                                                                          \
  _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x3C)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x3E))), \
               _mm_cmpeq_epi8(v, _mm_set1_epi8(0x26)))
  if (count >= 4) {
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(text + i));
      __m128i special = CHRONICLE_JSON_SPECIAL(v);
      if (html_safe) special = _mm_or_si128(special, CHRONICLE_HTML_SPECIAL(v));
      unsigned mask = (unsigned)_mm_movemask_epi8(special);
      if (mask) return i + (size_t)__builtin_ctz(mask);
    }
    size_t rest = count - i;
    if (rest == 0) return count;
    // The rest, as two overlapping halves: the first `half` bytes and the last `half` bytes.
    __m128i v;
    size_t half;
    if (rest >= 8) {
      half = 8;
      v = _mm_unpacklo_epi64(_mm_loadl_epi64((const __m128i *)(text + i)),
                             _mm_loadl_epi64((const __m128i *)(text + count - 8)));
    } else if (count >= 8) {
      // Fewer than eight bytes after whole blocks: the last eight bytes of the text, overlapping.
      half = 8;
      i = count - 8;
      v = _mm_loadl_epi64((const __m128i *)(text + i));
      v = _mm_unpacklo_epi64(v, v);
    } else {
      half = 4;
      int32_t first, last;
      memcpy(&first, text + i, 4);
      memcpy(&last, text + count - 4, 4);
      v = _mm_unpacklo_epi32(_mm_cvtsi32_si128(first), _mm_cvtsi32_si128(last));
      v = _mm_unpacklo_epi64(v, v);
    }
    __m128i special = CHRONICLE_JSON_SPECIAL(v);
    if (html_safe) special = _mm_or_si128(special, CHRONICLE_HTML_SPECIAL(v));
    unsigned mask = (unsigned)_mm_movemask_epi8(special);
    if (mask == 0) return count;
    // Lane k < half is byte i + k; lane half + k is byte count - half + k.
    unsigned low = mask & ((1u << half) - 1);
    if (low) return i + (size_t)__builtin_ctz(low);
    return count - half + (size_t)__builtin_ctz(mask >> half);
  }
#undef CHRONICLE_JSON_SPECIAL
#undef CHRONICLE_HTML_SPECIAL
#endif
  for (size_t i = 0; i < count; i++) {
    uint8_t byte = text[i];
    if (byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2) return i;
    if (html_safe && (byte == 0x3C || byte == 0x3E || byte == 0x26)) return i;
  }
  return count;
}

/// Where the first byte at or after `from` in `text[0..<count]` that ends a plain run of a JSON
/// string being read is: `"`, `\\` or a control character (below 0x20), or `count` when there
/// is none. With SSE2, sixteen bytes are compared at a time while sixteen remain; the last
/// bytes one by one.
static inline size_t chronicle_json_string_run_end(const uint8_t *text, size_t from, size_t count) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i controls = _mm_set1_epi8(0x1F);
  const __m128i quote = _mm_set1_epi8(0x22);
  const __m128i backslash = _mm_set1_epi8(0x5C);
  for (; i + 16 <= count; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(text + i));
    __m128i special = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, controls), v),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    unsigned mask = (unsigned)_mm_movemask_epi8(special);
    if (mask) return i + (size_t)__builtin_ctz(mask);
  }
#endif
  for (; i < count; i++) {
    uint8_t byte = text[i];
    if (byte == 0x22 || byte == 0x5C || byte < 0x20) return i;
  }
  return count;
}

#endif
