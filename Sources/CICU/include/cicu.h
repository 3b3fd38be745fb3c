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

/// Finds ICU sentence boundaries in UTF-8 text.
///
/// `locale` is an ICU locale id such as "en" (NULL means the root locale). On success, `out`
/// holds every boundary after the start of the text, as UTF-8 byte offsets in increasing order;
/// the last one equals `length` when `length > 0`. Returns 0 on success, or a positive ICU error
/// code. The break iterator is cached per thread and per locale, so repeated calls are cheap.
///
/// With `fold` non-zero, the iterator reads a shortened copy of the text: each run of ASCII
/// lowercase letters, uppercase letters, digits, or spaces and tabs folded into one character
/// of its class, and each stretch of those cut to its start up to its first letter and its last
/// run (see `fold_text` in cicu.c for why the boundaries are the same). Zero reads the text as
/// it is (the reference that tests compare with).
int32_t cicu_sentence_boundaries(const char *utf8, int64_t length, const char *locale, int32_t fold,
                                 cicu_offsets *out);

/// The days in `[from_day, to_day)` (days since 1970-01-01) that are day `day` of month `month`
/// in another calendar: `calendar` is an ICU calendar name such as "islamic-umalqura", "hebrew"
/// or "chinese"; `month` counts from 1 in ICU's order for that calendar (for "hebrew", 1 is
/// Tishri, 6 is Adar I and 7 is Adar, which is Adar II in leap years; for "chinese", leap months
/// are never chosen). A date that the month does not have (day 30 of a 29-day month) is not
/// returned. Writes at most `capacity` days to `out`, in increasing order, and returns how many
/// it wrote, or -1 when ICU cannot open the calendar.
int32_t cicu_calendar_days(const char *calendar, int64_t from_day, int64_t to_day, int32_t month, int32_t day,
                           int64_t *out, int32_t capacity);

/// The name of an ICU error code, for messages ("U_ILLEGAL_ARGUMENT_ERROR").
const char *cicu_error_name(int32_t code);

/// ICU's version string, for diagnostics ("72.1").
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
