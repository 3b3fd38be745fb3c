#include "cicu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
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

/// The run a byte may be folded into (see `fold_text`): 1 for `a`-`z` (class Lower of the
/// sentence rules), 2 for `A`-`Z` (Upper), 3 for `0`-`9` (Numeric), 4 for space and tab (Sp); 0
/// for every other byte, which is kept as it is. The sixteen-byte path makes the same choice with
/// comparisons; this one serves the last bytes of a text, and machines without SSE2.
static inline unsigned char fold_class(unsigned char byte) {
  if (byte >= 'a' && byte <= 'z') return 1;
  if (byte >= 'A' && byte <= 'Z') return 2;
  if (byte >= '0' && byte <= '9') return 3;
  return byte == ' ' || byte == '\t' ? 4 : 0;
}

/// The character that stands for a folded run of each class.
static const char fold_stand_in[5] = {0, 'a', 'A', '0', ' '};

/// Where folded text goes (see `fold_text`), and the state of the stretch being folded.
typedef struct {
  unsigned char *folded;
  int32_t *starts;
  int64_t count;
  /// Whether the current stretch has had its first letter: its later runs are kept only as its
  /// last character.
  int seen_letter;
  /// The current stretch's last run after its first letter (-1: none), and its stand-in.
  int64_t last_start;
  unsigned char last_byte;
} fold_output;

static inline void fold_put(fold_output *out, unsigned char byte, int64_t at) {
  out->folded[out->count] = byte;
  out->starts[out->count] = (int32_t)at;
  out->count++;
}

/// Takes the start of a run of class `class` (its stand-in `byte`), or a byte that is never
/// folded (class 0), at offset `at` of the text.
static inline void fold_take(fold_output *out, unsigned char class, unsigned char byte, int64_t at) {
  if (class == 0) {
    // The stretch before ends: its last run, if not kept already.
    if (out->last_start >= 0) {
      fold_put(out, out->last_byte, out->last_start);
      out->last_start = -1;
    }
    fold_put(out, byte, at);
    out->seen_letter = 0;
  } else if (!out->seen_letter) {
    fold_put(out, byte, at);
    out->seen_letter = class <= 2;
  } else {
    out->last_start = at;
    out->last_byte = byte;
  }
}

/// Writes a shortened copy of `text` to `folded`, and the offset in `text` where each of its
/// bytes starts to `starts`; returns its length. Two steps, which ICU's sentence iterator cannot
/// tell apart from the text itself:
///
/// 1. Each run of ASCII lowercase letters, of uppercase letters, of digits, and of spaces and
///    tabs becomes one character of the same sentence-break class (Lower, Upper, Numeric, Sp);
///    every other byte is kept. The sentence rules of UAX #29, which the iterator implements,
///    see only each character's class, never count repeats of these, and never break inside
///    such a run.
/// 2. Each stretch of such characters (which holds no terminator, closing punctuation or line
///    break) keeps only its start up to and including its first letter, and its last run. The
///    rules read a stretch only right after a terminator, where the spaces, digits and first
///    letter that follow decide whether a sentence ends ("etc. 5 apples" against "etc. 5
///    Apples"), and right before a period, where the character before it matters ("U.S."
///    against "5."); in between, the rule that lets any character follow any other reads it,
///    whatever it holds. A boundary inside a stretch can only fall after its leading spaces.
///
/// Boundaries fall before the first byte of a kept run, so `starts` maps them back. News keeps
/// about a tenth of its bytes (the iterator reads every character through its state table, so
/// its time shrinks with it). Tests compare the boundaries both ways on crafted, random, sample
/// and corpus text, and the sentences fuzz target on its inputs.
static int64_t fold_text(const unsigned char *text, int64_t length, unsigned char *folded, int32_t *starts) {
  fold_output out = {folded, starts, 0, 0, -1, 0};
  unsigned char previous = 0;
  int64_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: each byte's class and stand-in from comparisons, the bytes that
  // continue a run of their class as a bit mask, then the others taken one by one.
  const __m128i below_a = _mm_set1_epi8((char)(0x80 - 'a'));
  const __m128i below_upper_a = _mm_set1_epi8((char)(0x80 - 'A'));
  const __m128i below_zero = _mm_set1_epi8((char)(0x80 - '0'));
  const __m128i letters = _mm_set1_epi8((char)(0x80 + 26));
  const __m128i digits = _mm_set1_epi8((char)(0x80 + 10));
  for (; i + 16 <= length; i += 16) {
    __m128i bytes = _mm_loadu_si128((const __m128i *)(text + i));
    __m128i lower = _mm_cmplt_epi8(_mm_add_epi8(bytes, below_a), letters);
    __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(bytes, below_upper_a), letters);
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(bytes, below_zero), digits);
    __m128i space = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')));
    __m128i class = _mm_or_si128(_mm_or_si128(_mm_and_si128(lower, _mm_set1_epi8(1)), _mm_and_si128(upper, _mm_set1_epi8(2))),
                                 _mm_or_si128(_mm_and_si128(digit, _mm_set1_epi8(3)), _mm_and_si128(space, _mm_set1_epi8(4))));
    __m128i before = _mm_or_si128(_mm_slli_si128(class, 1), _mm_cvtsi32_si128(previous));
    __m128i foldable = _mm_or_si128(_mm_or_si128(lower, upper), _mm_or_si128(digit, space));
    if (_mm_movemask_epi8(foldable) == 0) {
      // No letter, digit or space (CJK text, say): all sixteen bytes are kept as they are, as
      // `fold_take` would keep them one by one, and a stretch before them ends.
      if (out.last_start >= 0) {
        fold_put(&out, out.last_byte, out.last_start);
        out.last_start = -1;
      }
      out.seen_letter = 0;
      memcpy(out.folded + out.count, text + i, 16);
      for (int k = 0; k < 16; k++) out.starts[out.count + k] = (int32_t)(i + k);
      out.count += 16;
      previous = 0;
      continue;
    }
    unsigned skip = (unsigned)_mm_movemask_epi8(_mm_and_si128(foldable, _mm_cmpeq_epi8(class, before)));
    unsigned keep = ~skip & 0xFFFFu;
    __m128i stand_in = _mm_or_si128(_mm_or_si128(_mm_and_si128(lower, _mm_set1_epi8('a')), _mm_and_si128(upper, _mm_set1_epi8('A'))),
                                    _mm_or_si128(_mm_and_si128(digit, _mm_set1_epi8('0')), _mm_and_si128(space, _mm_set1_epi8(' '))));
    unsigned char kept[16], classes[16];
    _mm_storeu_si128((__m128i *)kept, _mm_or_si128(stand_in, _mm_andnot_si128(foldable, bytes)));
    _mm_storeu_si128((__m128i *)classes, class);
    while (keep) {
      int k = __builtin_ctz(keep);
      fold_take(&out, classes[k], kept[k], i + k);
      keep &= keep - 1;
    }
    previous = classes[15];
  }
#endif
  for (; i < length; i++) {
    unsigned char byte = text[i];
    unsigned char class = fold_class(byte);
    if (class != 0 && class == previous) continue;
    previous = class;
    fold_take(&out, class, class ? (unsigned char)fold_stand_in[class] : byte, i);
  }
  if (out.last_start >= 0) fold_put(&out, out.last_byte, out.last_start);
  return out.count;
}

/// Room kept by each thread from one call to the next, so that a document's call allocates
/// nothing: the folded text and where each of its bytes starts (see `fold_text`), and the
/// UTF-16 copy of ASCII text that the iterator reads. Grown as needed; let go after a call whose
/// text was longer than `scratch_kept_bytes` (news articles are shorter), so that a thread keeps
/// at most about 450 KB, and one very long document does not pin its room for the rest of the run.
typedef struct {
  void *data;
  size_t capacity;
} scratch_buffer;

static _Thread_local scratch_buffer tl_folded = {NULL, 0};
static _Thread_local scratch_buffer tl_starts = {NULL, 0};
static _Thread_local scratch_buffer tl_wide = {NULL, 0};

enum { scratch_kept_bytes = 1 << 16 };

/// `buffer`'s memory with room for `size` bytes (NULL when it cannot be had).
static void *scratch_room(scratch_buffer *buffer, size_t size) {
  if (size <= buffer->capacity) return buffer->data;
  // Just the room asked for: it grows only when a text is longer than all before it.
  void *data = realloc(buffer->data, size);
  if (!data) return NULL;
  buffer->data = data;
  buffer->capacity = size;
  return data;
}

/// Whether any of the room is larger than is kept: room for more than `scratch_kept_bytes` of
/// text (one byte of folded text, four of offsets and two of UTF-16 for each byte).
static int scratch_oversized(void) {
  return tl_folded.capacity > scratch_kept_bytes || tl_starts.capacity > scratch_kept_bytes * sizeof(int32_t) ||
         tl_wide.capacity > scratch_kept_bytes * sizeof(UChar);
}

/// Lets go of all the room when any of it is larger than is kept.
static void scratch_trim(void) {
  if (!scratch_oversized()) return;
  scratch_buffer *buffers[] = {&tl_folded, &tl_starts, &tl_wide};
  for (int i = 0; i < 3; i++) {
    free(buffers[i]->data);
    buffers[i]->data = NULL;
    buffers[i]->capacity = 0;
  }
}

/// Points the iterator at empty text: for when the text it read is about to go away.
static void detach(UBreakIterator *iterator) {
  UText empty = UTEXT_INITIALIZER;
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &status);
  ubrk_setUText(iterator, &empty, &status);
  utext_close(&empty);
}

/// ICU's boundaries in `utf8` (after its start), pushed onto `out` as offsets into `utf8`, or
/// through `starts` into the text `utf8` was folded from (NULL: no folding; `original_length`
/// is then `length`). Returns whether the iterator was left reading `utf8` itself (which the
/// caller must then detach it from before `utf8` goes away), in `reads_caller_text`.
static int32_t run_sentence_iterator(UBreakIterator *iterator, const char *utf8, int64_t length,
                                     const int32_t *starts, int64_t original_length, cicu_offsets *out,
                                     int *reads_caller_text) {
  UErrorCode status = U_ZERO_ERROR;
  *reads_caller_text = 0;
  // ASCII text (most news) is handed over as UTF-16, which the iterator reads directly; the
  // UTF-8 UText maps the text through chunks of UTF-16 as it goes, which costs about as much
  // again. For ASCII the UTF-16 indices are the byte offsets.
  UChar *wide = NULL;
  if (length <= INT32_MAX && is_ascii(utf8, length)) {
    wide = scratch_room(&tl_wide, (size_t)length * sizeof(UChar));
  }
  UText text = UTEXT_INITIALIZER;
  if (wide) {
    for (int64_t i = 0; i < length; i++) wide[i] = (UChar)(unsigned char)utf8[i];
    utext_openUChars(&text, wide, length, &status);
  } else {
    utext_openUTF8(&text, utf8, length, &status);
  }
  if (U_FAILURE(status)) return (int32_t)status;
  ubrk_setUText(iterator, &text, &status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    return (int32_t)status;
  }
  // (Folded text is this thread's room, as is the UTF-16 copy.)
  *reads_caller_text = wide == NULL && starts == NULL;
  int32_t result = 0;
  for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE;
       boundary = ubrk_next(iterator)) {
    int64_t offset = boundary;
    if (starts) offset = boundary >= length ? original_length : starts[boundary];
    if (!cicu_offsets_push(out, offset)) {
      result = (int32_t)U_MEMORY_ALLOCATION_ERROR;
      break;
    }
  }
  utext_close(&text);
  return result;
}

int32_t cicu_sentence_boundaries(const char *utf8, int64_t length, const char *locale, int32_t fold,
                                 cicu_offsets *out) {
  out->count = 0;
  if (length <= 0) return 0;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = sentence_iterator(locale, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  // Between calls the iterator may be left reading this thread's room (which stays allocated
  // until the next call sets new text), never memory of the caller's or memory let go.
  int reads_caller_text = 0;
  int32_t result;
  // A locale that suppresses breaks after its abbreviations ("en@ss=standard") reads the words
  // themselves, which folding would change; the offsets of folded text are 32-bit.
  if (!fold || length > INT32_MAX || (locale && strstr(locale, "ss="))) {
    result = run_sentence_iterator(iterator, utf8, length, NULL, length, out, &reads_caller_text);
  } else {
    unsigned char *folded = scratch_room(&tl_folded, (size_t)length);
    int32_t *starts = scratch_room(&tl_starts, (size_t)length * sizeof(int32_t));
    if (!folded || !starts) {
      detach(iterator);
      scratch_trim();
      return (int32_t)U_MEMORY_ALLOCATION_ERROR;
    }
    int64_t count = fold_text((const unsigned char *)utf8, length, folded, starts);
    result = run_sentence_iterator(iterator, (const char *)folded, count, starts, length, out, &reads_caller_text);
  }
  if (reads_caller_text || scratch_oversized()) detach(iterator);
  scratch_trim();
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
