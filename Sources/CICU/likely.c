// Language-code validation for the glossary: whether ICU knows a language subtag as an ISO 639 code.
#include <unicode/uloc.h>
#include <string.h>
#include "jeju_likely.h"

_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must fit int32_t");

bool jeju_language_is_known(const char *locale) {
    const char *iso3 = uloc_getISO3Language(locale);
    return iso3 != NULL && iso3[0] != '\0';
}
