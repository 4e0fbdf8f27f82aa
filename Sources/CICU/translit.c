// Transliteration (utrans): romanized forms of Hangul, Cyrillic or Ethiopic text for slugs, search keys and
// reviewers who do not read the script; ICU's CLDR transforms, behind plain C types.
#include <unicode/utrans.h>
#include <string.h>
#include "jeju_translit.h"

void *jeju_translit_open(const uint16_t *id, int32_t length, int32_t *errorOffset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError pe;
    pe.offset = -1;
    UTransliterator *t = utrans_openU((const UChar *)id, length, UTRANS_FORWARD, NULL, 0, &pe, &code);
    *errorOffset = pe.offset;
    *status = code;
    if (U_FAILURE(code)) { if (t) utrans_close(t); return NULL; }
    return t;
}

void jeju_translit_close(void *transliterator) { utrans_close((UTransliterator *)transliterator); }

int32_t jeju_translit_apply(const void *transliterator, const uint16_t *src, int32_t length, uint16_t *dest,
                            int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    if (length > capacity) { *status = U_BUFFER_OVERFLOW_ERROR; return length; }
    if (length > 0) memcpy(dest, src, (size_t)length * sizeof(UChar));
    // utrans works in place and truncates at `capacity`, reporting the full length: overflow is detected here.
    int32_t textLength = length, limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)dest, &textLength, capacity, 0, &limit,
                       &code);
    if (U_SUCCESS(code) && textLength > capacity) code = U_BUFFER_OVERFLOW_ERROR;
    if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return textLength;
}
