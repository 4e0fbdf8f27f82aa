// Likely subtags (CLDR) for the glossary's script checks and language-code validation.
#include <unicode/uloc.h>
#include <string.h>
#include "jeju_likely.h"

_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must fit int32_t");

int32_t jeju_likely_script(const char *locale, char *dest, int32_t capacity, int32_t *status) {
    char maximized[ULOC_FULLNAME_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    uloc_addLikelySubtags(locale, maximized, (int32_t)sizeof maximized, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t n = uloc_getScript(maximized, dest, capacity, &err);
    *status = err;
    if (U_FAILURE(err)) return 0;
    return n;
}

bool jeju_language_is_known(const char *locale) {
    const char *iso3 = uloc_getISO3Language(locale);
    return iso3 != NULL && iso3[0] != '\0';
}
