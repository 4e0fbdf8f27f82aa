// Character facts the quality checks need beyond jeju_text.h: Unicode names (to tell a full stop from a
// question mark in any script without a table of our own), binary properties (Sentence_Terminal,
// Quotation_Mark), decimal digit values in any script, and bidi paired brackets.
#ifndef JEJU_UCHAR_H
#define JEJU_UCHAR_H
#include "jeju_common.h"

/// Writes the Unicode name of `codePoint` ("ETHIOPIC FULL STOP") into `dest` (NUL-terminated, `capacity` bytes);
/// returns its length (0 when the character has no name).
int32_t jeju_char_name(int32_t codePoint, char *dest, int32_t capacity, int32_t *status);

/// Whether `codePoint` has Sentence_Terminal, Quotation_Mark or Bidi_Control (`which` = 0, 1, 2).
bool jeju_char_has_property(int32_t codePoint, int32_t which);

/// The decimal digit value of `codePoint` in any script (٢ → 2, ፪ is not decimal → -1).
int32_t jeju_char_digit_value(int32_t codePoint);

/// The Bidi_Paired_Bracket_Type of `codePoint`: 0 none, 1 open, 2 close.
int32_t jeju_char_bracket_type(int32_t codePoint);

/// The Bidi_Paired_Bracket of `codePoint` (its partner: "(" ↔ ")"), or `codePoint` itself.
int32_t jeju_char_paired_bracket(int32_t codePoint);

#endif
