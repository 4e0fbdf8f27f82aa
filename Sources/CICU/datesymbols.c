// Month and weekday names of a locale (see jeju_datesymbols.h).
#include <unicode/udat.h>
#include "jeju_datesymbols.h"

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");

static UDateFormat *open_format(const char *locale, UErrorCode *err) {
    return udat_open(UDAT_NONE, UDAT_LONG, locale, u"GMT", -1, NULL, 0, err);
}

int32_t jeju_date_symbol_count(const char *locale, int32_t type, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UDateFormat *format = open_format(locale, &err);
    int32_t n = U_SUCCESS(err) ? udat_countSymbols(format, (UDateFormatSymbolType)type) : 0;
    if (format) udat_close(format);
    *status = err;
    return n;
}

int32_t jeju_date_symbol(const char *locale, int32_t type, int32_t index, uint16_t *dest, int32_t capacity,
                         int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UDateFormat *format = open_format(locale, &err);
    int32_t n = 0;
    if (U_SUCCESS(err)) n = udat_getSymbols(format, (UDateFormatSymbolType)type, index, (UChar *)dest, capacity, &err);
    if (format) udat_close(format);
    *status = err;
    return n;
}
