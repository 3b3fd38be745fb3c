#ifndef CICU_H
#define CICU_H

/// A thin shim over the system ICU library. Only plain C types cross this boundary: ICU's own
/// headers are included in the implementation file alone, because Foundation on Linux ships a
/// private copy of ICU whose headers clash with the system ones, and because ICU renames its
/// functions with version suffixes (ubrk_open -> ubrk_open_72) that Swift cannot call directly.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A growable list of UTF-8 byte offsets filled by ICU calls. Zero-initialise it, reuse it across
/// calls, and release it with `cicu_offsets_free`.
typedef struct cicu_offsets {
  int64_t *data;
  int64_t count;
  int64_t capacity;
} cicu_offsets;

/// Releases the storage of an offset list and zeroes it.
void cicu_offsets_free(cicu_offsets *offsets);

/// Finds ICU sentence boundaries in UTF-8 text, without converting it to UTF-16.
///
/// `locale` is an ICU locale id such as "en" (NULL means the root locale). On success, `out`
/// holds every boundary after the start of the text, as UTF-8 byte offsets in increasing order;
/// the last one equals `length` when `length > 0`. Returns 0 on success, or a positive ICU error
/// code. The break iterator is cached per thread and per locale, so repeated calls are cheap.
int32_t cicu_sentence_boundaries(const char *utf8, int64_t length, const char *locale,
                                 cicu_offsets *out);

/// The name of an ICU error code, for messages ("U_ILLEGAL_ARGUMENT_ERROR").
const char *cicu_error_name(int32_t code);

/// ICU's version string, for diagnostics ("72.1").
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
