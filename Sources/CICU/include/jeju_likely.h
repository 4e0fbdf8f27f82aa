// Likely subtags and language-code knowledge from CLDR through ICU: which script a locale is written in
// (uz → Latn, am → Ethi, ko → Kore) and whether ICU knows a language code at all, so the glossary checks and
// importers need no locale tables of their own.
#ifndef JEJU_LIKELY_H
#define JEJU_LIKELY_H
#include "jeju_common.h"

/// Writes the ISO 15924 script of `locale` after CLDR's likely-subtags expansion (uloc_addLikelySubtags) into
/// `dest` (NUL-terminated, `capacity` bytes); returns its length, or 0 when ICU cannot tell.
int32_t jeju_likely_script(const char *locale, char *dest, int32_t capacity, int32_t *status);

/// Whether ICU knows the language subtag of `locale` as an ISO 639 code (uloc_getISO3Language is not empty).
bool jeju_language_is_known(const char *locale);

#endif
