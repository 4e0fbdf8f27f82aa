// The names a locale gives months and weekdays (udat_getSymbols), so a date written in a translation can be
// read back from CLDR's own patterns and names rather than a table of our own.
#ifndef JEJU_DATESYMBOLS_H
#define JEJU_DATESYMBOLS_H
#include "jeju_common.h"

/// The number of symbols of `type` (ICU UDateFormatSymbolType: 1 months, 2 short months, 3 weekdays,
/// 4 short weekdays, 10 standalone months, 11 standalone short months) for `locale`'s default calendar.
int32_t jeju_date_symbol_count(const char *locale, int32_t type, int32_t *status);

/// Writes symbol `index` of `type` for `locale` into `dest` (UTF-16); returns its length (buffer protocol of
/// jeju_format.h).
int32_t jeju_date_symbol(const char *locale, int32_t type, int32_t index, uint16_t *dest, int32_t capacity,
                         int32_t *status);

#endif
