#ifndef JEJU_BREAK_H
#define JEJU_BREAK_H
#include "jeju_common.h"

/// Break iterator kinds, mirroring UBreakIteratorType (checked by _Static_assert in break.c).
enum { JEJU_BREAK_CHARACTER = 0, JEJU_BREAK_WORD = 1, JEJU_BREAK_LINE = 2, JEJU_BREAK_SENTENCE = 3 };

/// Opens a break iterator for `locale` (ICU locale id; "@ss=standard" enables CLDR suppressions).
/// Returns NULL and sets *status on failure. The text is set separately and must outlive its use.
void *jeju_break_open(int32_t kind, const char *locale, int32_t *status);
void jeju_break_close(void *iterator);
/// Points the iterator at UTF-16 text; ICU does not copy it.
void jeju_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status);
int32_t jeju_break_first(void *iterator);
/// The next boundary, or -1 at the end.
int32_t jeju_break_next(void *iterator);
int32_t jeju_break_following(void *iterator, int32_t offset);
int32_t jeju_break_preceding(void *iterator, int32_t offset);
/// The rule status of the boundary most recently returned (UBRK_SENTENCE_TERM 0–99, UBRK_SENTENCE_SEP 100–199;
/// word statuses: none 0–99, number 100–199, letter 200–299, kana 300–399, ideo 400–499).
int32_t jeju_break_rule_status(void *iterator);
/// Whether `offset` is a boundary (moves the iterator).
bool jeju_break_is_boundary(void *iterator, int32_t offset);

#endif
