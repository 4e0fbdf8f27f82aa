// Break iteration (ubrk_*): Swift cannot call ICU's version-renamed symbols, and UBreakIterator must stay opaque.
#include <unicode/ubrk.h>
#include "jeju_break.h"

_Static_assert(JEJU_BREAK_CHARACTER == UBRK_CHARACTER, "break kinds");
_Static_assert(JEJU_BREAK_WORD == UBRK_WORD, "break kinds");
_Static_assert(JEJU_BREAK_LINE == UBRK_LINE, "break kinds");
_Static_assert(JEJU_BREAK_SENTENCE == UBRK_SENTENCE, "break kinds");

void *jeju_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : it;
}

void jeju_break_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

void jeju_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
    *status = code;
}

int32_t jeju_break_first(void *iterator) { return ubrk_first((UBreakIterator *)iterator); }
int32_t jeju_break_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }
int32_t jeju_break_following(void *iterator, int32_t offset) { return ubrk_following((UBreakIterator *)iterator, offset); }
int32_t jeju_break_preceding(void *iterator, int32_t offset) { return ubrk_preceding((UBreakIterator *)iterator, offset); }
int32_t jeju_break_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }
bool jeju_break_is_boundary(void *iterator, int32_t offset) { return ubrk_isBoundary((UBreakIterator *)iterator, offset) != 0; }
