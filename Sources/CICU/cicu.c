#include "cicu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uclean.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

void cicu_offsets_free(cicu_offsets *offsets) {
  free(offsets->data);
  offsets->data = NULL;
  offsets->count = 0;
  offsets->capacity = 0;
}

static int cicu_offsets_push(cicu_offsets *offsets, int64_t value) {
  if (offsets->count == offsets->capacity) {
    int64_t capacity = offsets->capacity ? offsets->capacity * 2 : 64;
    int64_t *data = realloc(offsets->data, (size_t)capacity * sizeof(int64_t));
    if (!data) return 0;
    offsets->data = data;
    offsets->capacity = capacity;
  }
  offsets->data[offsets->count++] = value;
  return 1;
}

/// One cached sentence iterator per thread: opening an iterator costs far more than resetting
/// its text, and an iterator must not be shared between threads.
static _Thread_local UBreakIterator *tl_sentence_iterator = NULL;
static _Thread_local char tl_sentence_locale[32] = {0};

static UBreakIterator *sentence_iterator(const char *locale, UErrorCode *status) {
  const char *wanted = locale ? locale : "";
  if (tl_sentence_iterator && strncmp(tl_sentence_locale, wanted, sizeof tl_sentence_locale) == 0) {
    return tl_sentence_iterator;
  }
  if (tl_sentence_iterator) {
    ubrk_close(tl_sentence_iterator);
    tl_sentence_iterator = NULL;
  }
  UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, wanted, NULL, 0, status);
  if (U_FAILURE(*status)) return NULL;
  tl_sentence_iterator = iterator;
  strncpy(tl_sentence_locale, wanted, sizeof tl_sentence_locale - 1);
  return iterator;
}

/// Whether every byte is below 0x80, eight at a time.
static int is_ascii(const char *bytes, int64_t length) {
  uint64_t combined = 0;
  int64_t i = 0;
  for (; i + 8 <= length; i += 8) {
    uint64_t word;
    memcpy(&word, bytes + i, sizeof word);
    combined |= word;
  }
  for (; i < length; i++) combined |= (unsigned char)bytes[i];
  return (combined & 0x8080808080808080ULL) == 0;
}

int32_t cicu_sentence_boundaries(const char *utf8, int64_t length, const char *locale,
                                 cicu_offsets *out) {
  out->count = 0;
  if (length <= 0) return 0;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = sentence_iterator(locale, &status);
  if (U_FAILURE(status)) return (int32_t)status;

  // ASCII text (most news) is handed over as UTF-16, which the iterator reads directly; the
  // UTF-8 UText maps the text through chunks of UTF-16 as it goes, which costs about as much
  // again. For ASCII the UTF-16 indices are the byte offsets.
  UChar *wide = NULL;
  if (length <= INT32_MAX && is_ascii(utf8, length)) {
    wide = malloc((size_t)length * sizeof(UChar));
  }
  UText text = UTEXT_INITIALIZER;
  if (wide) {
    for (int64_t i = 0; i < length; i++) wide[i] = (UChar)(unsigned char)utf8[i];
    utext_openUChars(&text, wide, length, &status);
  } else {
    utext_openUTF8(&text, utf8, length, &status);
  }
  if (U_FAILURE(status)) {
    free(wide);
    return (int32_t)status;
  }
  ubrk_setUText(iterator, &text, &status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    free(wide);
    return (int32_t)status;
  }
  int32_t result = 0;
  for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE;
       boundary = ubrk_next(iterator)) {
    if (!cicu_offsets_push(out, (int64_t)boundary)) {
      result = (int32_t)U_MEMORY_ALLOCATION_ERROR;
      break;
    }
  }
  // Detach the iterator from the caller's buffer before it goes away.
  UText empty = UTEXT_INITIALIZER;
  UErrorCode reset = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &reset);
  ubrk_setUText(iterator, &empty, &reset);
  utext_close(&empty);
  utext_close(&text);
  free(wide);
  return result;
}

const char *cicu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

static const double cicu_day_millis = 86400000.0;

int32_t cicu_calendar_days(const char *calendar, int64_t from_day, int64_t to_day, int32_t month, int32_t day,
                           int64_t *out, int32_t capacity) {
  char locale[64];
  snprintf(locale, sizeof locale, "en@calendar=%s", calendar);
  static const UChar utc[] = {'U', 'T', 'C', 0};
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *cal = ucal_open(utc, -1, locale, UCAL_DEFAULT, &status);
  if (U_FAILURE(status)) return -1;
  // The calendar's years that overlap the window; each is asked for the month and day.
  ucal_setMillis(cal, (double)from_day * cicu_day_millis, &status);
  int32_t first_year = ucal_get(cal, UCAL_EXTENDED_YEAR, &status);
  ucal_setMillis(cal, (double)(to_day - 1) * cicu_day_millis, &status);
  int32_t last_year = ucal_get(cal, UCAL_EXTENDED_YEAR, &status);
  if (U_FAILURE(status)) {
    ucal_close(cal);
    return -1;
  }
  int32_t count = 0;
  for (int32_t year = first_year; year <= last_year; year++) {
    status = U_ZERO_ERROR;
    ucal_clear(cal);
    ucal_set(cal, UCAL_EXTENDED_YEAR, year);
    ucal_set(cal, UCAL_MONTH, month - 1);
    ucal_set(cal, UCAL_IS_LEAP_MONTH, 0);
    ucal_set(cal, UCAL_DATE, day);
    UDate millis = ucal_getMillis(cal, &status);
    if (U_FAILURE(status)) continue;
    // Read the fields back: a day the month does not have rolls over into the next month.
    ucal_setMillis(cal, millis, &status);
    int32_t got_month = ucal_get(cal, UCAL_MONTH, &status);
    int32_t got_day = ucal_get(cal, UCAL_DATE, &status);
    int32_t got_leap = ucal_get(cal, UCAL_IS_LEAP_MONTH, &status);
    if (U_FAILURE(status) || got_month != month - 1 || got_day != day || got_leap != 0) continue;
    double days = millis / cicu_day_millis;
    int64_t whole = (int64_t)days;
    if ((double)whole > days) whole -= 1;
    if (whole >= from_day && whole < to_day && count < capacity) out[count++] = whole;
  }
  ucal_close(cal);
  return count;
}

const char *cicu_version(void) { return U_ICU_VERSION; }
