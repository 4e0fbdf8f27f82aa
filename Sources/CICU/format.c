// Dates, numbers and plural rules (udat, udatpg, unum, uplrules): locale conventions come from CLDR through ICU,
// never from tables of ours (DESIGN.md), and no ICU type may reach Swift.
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ucal.h>
#include <unicode/unum.h>
#include <unicode/upluralrules.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>
#include <string.h>
#include "jeju_format.h"

_Static_assert(JEJU_DATE_FULL == UDAT_FULL && JEJU_DATE_LONG == UDAT_LONG, "date styles");
_Static_assert(JEJU_DATE_MEDIUM == UDAT_MEDIUM && JEJU_DATE_SHORT == UDAT_SHORT, "date styles");
_Static_assert(JEJU_NUMBER_DECIMAL == UNUM_DECIMAL && JEJU_NUMBER_PERCENT == UNUM_PERCENT, "number styles");
_Static_assert(JEJU_PLURAL_CARDINAL == UPLURAL_TYPE_CARDINAL && JEJU_PLURAL_ORDINAL == UPLURAL_TYPE_ORDINAL,
               "plural types");
_Static_assert(sizeof(UDate) == sizeof(double), "UDate is a double");

static const UChar gmt[] = {'G', 'M', 'T', 0};

void *jeju_date_open_style(int32_t style, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UDateFormat *f = NULL;
    if (style < JEJU_DATE_FULL || style > JEJU_DATE_SHORT) code = U_ILLEGAL_ARGUMENT_ERROR;
    else f = udat_open(UDAT_NONE, (UDateFormatStyle)style, locale, gmt, -1, NULL, 0, &code);
    *status = code;
    if (U_FAILURE(code)) { if (f) udat_close(f); return NULL; }
    return f;
}

void *jeju_date_open_skeleton(const uint16_t *skeleton, int32_t length, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UDateTimePatternGenerator *g = udatpg_open(locale, &code);
    UChar pattern[256];
    int32_t n = 0;
    if (U_SUCCESS(code)) n = udatpg_getBestPattern(g, (const UChar *)skeleton, length, pattern, 256, &code);
    if (g) udatpg_close(g);
    UDateFormat *f = NULL;
    if (U_SUCCESS(code) && n >= 256) code = U_BUFFER_OVERFLOW_ERROR;
    if (U_SUCCESS(code)) f = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, gmt, -1, pattern, n, &code);
    *status = code;
    if (U_FAILURE(code)) { if (f) udat_close(f); return NULL; }
    return f;
}

void *jeju_date_open_pattern(const uint16_t *pattern, int32_t length, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UDateFormat *f = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, gmt, -1, (const UChar *)pattern, length, &code);
    *status = code;
    if (U_FAILURE(code)) { if (f) udat_close(f); return NULL; }
    return f;
}

int32_t jeju_date_calendar_type(const void *format, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const char *type = ucal_getType(udat_getCalendar((const UDateFormat *)format), &code);
    int32_t n = 0;
    if (U_SUCCESS(code) && type) {
        n = (int32_t)strlen(type);
        if (n < capacity) memcpy(dest, type, (size_t)n + 1);
        else code = U_BUFFER_OVERFLOW_ERROR;
    }
    *status = code;
    return n;
}

void jeju_date_close(void *format) { udat_close((UDateFormat *)format); }

int32_t jeju_date_pattern(const void *format, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = udat_toPattern((const UDateFormat *)format, false, (UChar *)dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_date_format_day(const void *format, int32_t year, int32_t month, int32_t day, uint16_t *dest,
                             int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    // A Gregorian GMT calendar of our own: the formatter's calendar may not be Gregorian (th, fa), and the day
    // must not move with a time zone. Non-lenient, so 2016-02-30 fails instead of becoming March 1.
    UCalendar *cal = ucal_open(gmt, -1, "en_US_POSIX", UCAL_GREGORIAN, &code);
    int32_t n = 0;
    if (U_SUCCESS(code)) {
        ucal_setAttribute(cal, UCAL_LENIENT, 0);
        ucal_clear(cal);
        ucal_setDate(cal, year, month - 1, day, &code);
        UDate millis = ucal_getMillis(cal, &code);
        if (U_SUCCESS(code)) n = udat_format((const UDateFormat *)format, millis, (UChar *)dest, capacity, NULL, &code);
    }
    if (cal) ucal_close(cal);
    *status = code;
    return n;
}

int32_t jeju_calendar_preferences(const char *locale, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *values = ucal_getKeywordValuesForLocale("calendar", locale, true, &code);
    int32_t n = 0;
    const char *value;
    int32_t length;
    while (U_SUCCESS(code) && (value = uenum_next(values, &length, &code)) != NULL) {
        if (n > 0) { if (n < capacity) dest[n] = ' '; n++; }
        if (n + length < capacity) memcpy(dest + n, value, (size_t)length);
        n += length;
    }
    if (values) uenum_close(values);
    if (U_SUCCESS(code)) {
        if (n < capacity) dest[n] = 0;
        else code = U_BUFFER_OVERFLOW_ERROR;
    }
    *status = code;
    return n;
}

void jeju_calendar_convert(const char *from, const char *to, int32_t *year, int32_t *month, int32_t *day,
                           int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    // Both calendars in GMT, so the day never moves with a time zone; the source one non-lenient, so an
    // impossible day (month 14, the 31st of an Ethiopian month) fails instead of rolling over.
    UCalendar *source = ucal_open(gmt, -1, from, UCAL_DEFAULT, &code);
    UCalendar *target = ucal_open(gmt, -1, to, UCAL_DEFAULT, &code);
    if (U_SUCCESS(code)) {
        ucal_setAttribute(source, UCAL_LENIENT, 0);
        ucal_clear(source);
        ucal_set(source, UCAL_EXTENDED_YEAR, *year);
        ucal_set(source, UCAL_MONTH, *month - 1);
        ucal_set(source, UCAL_DATE, *day);
        UDate millis = ucal_getMillis(source, &code);
        if (U_SUCCESS(code)) ucal_setMillis(target, millis, &code);
        if (U_SUCCESS(code)) {
            int32_t y = ucal_get(target, UCAL_EXTENDED_YEAR, &code);
            int32_t m = ucal_get(target, UCAL_MONTH, &code) + 1;
            int32_t d = ucal_get(target, UCAL_DATE, &code);
            if (U_SUCCESS(code)) { *year = y; *month = m; *day = d; }
        }
    }
    if (source) ucal_close(source);
    if (target) ucal_close(target);
    *status = code;
}

void *jeju_number_open(int32_t style, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UNumberFormat *f = NULL;
    if (style != JEJU_NUMBER_DECIMAL && style != JEJU_NUMBER_PERCENT) code = U_ILLEGAL_ARGUMENT_ERROR;
    else f = unum_open((UNumberFormatStyle)style, NULL, 0, locale, NULL, &code);
    *status = code;
    if (U_FAILURE(code)) { if (f) unum_close(f); return NULL; }
    return f;
}

void jeju_number_close(void *format) { unum_close((UNumberFormat *)format); }

void jeju_number_set_fraction_digits(void *format, int32_t minimum, int32_t maximum) {
    unum_setAttribute((UNumberFormat *)format, UNUM_MAX_FRACTION_DIGITS, maximum);
    unum_setAttribute((UNumberFormat *)format, UNUM_MIN_FRACTION_DIGITS, minimum);
}

void jeju_number_set_grouping(void *format, bool grouping) {
    unum_setAttribute((UNumberFormat *)format, UNUM_GROUPING_USED, grouping ? 1 : 0);
}

int32_t jeju_number_format_int(const void *format, int64_t value, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = unum_formatInt64((const UNumberFormat *)format, value, (UChar *)dest, capacity, NULL, &code);
    *status = code;
    return n;
}

int32_t jeju_number_format_double(const void *format, double value, uint16_t *dest, int32_t capacity,
                                  int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = unum_formatDouble((const UNumberFormat *)format, value, (UChar *)dest, capacity, NULL, &code);
    *status = code;
    return n;
}

double jeju_number_parse(const void *format, const uint16_t *text, int32_t length, int32_t *position,
                         int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    double r = unum_parseDouble((const UNumberFormat *)format, (const UChar *)text, length, position, &code);
    *status = code;
    return r;
}

void *jeju_spellout_open(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UNumberFormat *f = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &code);
    *status = code;
    if (U_FAILURE(code)) { if (f) unum_close(f); return NULL; }
    return f;
}

int32_t jeju_spellout_rule_sets(const void *format, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = unum_getTextAttribute((const UNumberFormat *)format, UNUM_PUBLIC_RULESETS, (UChar *)dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_spellout_format(void *format, const uint16_t *ruleSet, int32_t ruleSetLength, int64_t value,
                             uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    unum_setTextAttribute((UNumberFormat *)format, UNUM_DEFAULT_RULESET, (const UChar *)ruleSet, ruleSetLength, &code);
    int32_t n = 0;
    if (U_SUCCESS(code)) n = unum_formatInt64((const UNumberFormat *)format, value, (UChar *)dest, capacity, NULL, &code);
    *status = code;
    return n;
}

void *jeju_plural_open(const char *locale, int32_t type, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UPluralRules *r = NULL;
    if (type != JEJU_PLURAL_CARDINAL && type != JEJU_PLURAL_ORDINAL) code = U_ILLEGAL_ARGUMENT_ERROR;
    else r = uplrules_openForType(locale, (UPluralType)type, &code);
    *status = code;
    if (U_FAILURE(code)) { if (r) uplrules_close(r); return NULL; }
    return r;
}

void jeju_plural_close(void *rules) { uplrules_close((UPluralRules *)rules); }

int32_t jeju_plural_keywords(const void *rules, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *e = uplrules_getKeywords((const UPluralRules *)rules, &code);
    int32_t total = 0;
    const char *keyword;
    int32_t length;
    while (U_SUCCESS(code) && (keyword = uenum_next(e, &length, &code)) != NULL) {
        int32_t needed = total + (total > 0 ? 1 : 0) + length;
        if (needed < capacity) {
            if (total > 0) dest[total] = ' ';
            memcpy(dest + needed - length, keyword, (size_t)length);
            dest[needed] = 0;
        }
        total = needed;
    }
    if (e) uenum_close(e);
    if (U_SUCCESS(code) && total >= capacity) code = U_BUFFER_OVERFLOW_ERROR;
    if (U_SUCCESS(code) && capacity > 0) dest[total] = 0;
    *status = code;
    return total;
}

int32_t jeju_plural_select(const void *rules, double value, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar keyword[32];
    int32_t n = uplrules_select((const UPluralRules *)rules, value, keyword, 32, &code);
    if (U_SUCCESS(code) && n >= capacity) code = U_BUFFER_OVERFLOW_ERROR;
    if (U_SUCCESS(code)) { u_UCharsToChars(keyword, dest, n); dest[n] = 0; }
    *status = code;
    return n;
}
