#ifndef JEJU_FORMAT_H
#define JEJU_FORMAT_H
#include "jeju_common.h"

// Output strings follow one buffer protocol: the function returns the needed length in code units; if it exceeds
// `capacity`, *status is U_BUFFER_OVERFLOW_ERROR (15) and the caller retries with a larger buffer.

/// Date styles, mirroring UDateFormatStyle (checked in format.c).
enum { JEJU_DATE_FULL = 0, JEJU_DATE_LONG = 1, JEJU_DATE_MEDIUM = 2, JEJU_DATE_SHORT = 3 };

/// Opens a date-only formatter in GMT for `locale` with a CLDR style. NULL and *status on failure.
void *jeju_date_open_style(int32_t style, const char *locale, int32_t *status);
/// Opens a GMT formatter with the locale's best pattern for a skeleton (e.g. "yMMMd"), via udatpg.
void *jeju_date_open_skeleton(const uint16_t *skeleton, int32_t length, const char *locale, int32_t *status);
/// A formatter for an explicit CLDR pattern (e.g. "y-'yil' d-MMMM").
void *jeju_date_open_pattern(const uint16_t *pattern, int32_t length, const char *locale, int32_t *status);
/// The formatter's calendar type ("gregorian", "ethiopic", …), ASCII, NUL-terminated when it fits.
int32_t jeju_date_calendar_type(const void *format, char *dest, int32_t capacity, int32_t *status);
void jeju_date_close(void *format);
/// The formatter's pattern (e.g. "d MMM y").
int32_t jeju_date_pattern(const void *format, uint16_t *dest, int32_t capacity, int32_t *status);
/// Formats the proleptic-Gregorian day `year`-`month`-`day` (month 1–12) at 00:00 GMT; an impossible date fails
/// with U_ILLEGAL_ARGUMENT_ERROR.
int32_t jeju_date_format_day(const void *format, int32_t year, int32_t month, int32_t day, uint16_t *dest,
                             int32_t capacity, int32_t *status);

/// The calendars CLDR lists as in common use where `locale` is spoken ("gregorian ethiopic" for am), most
/// preferred first, separated by spaces; ASCII, NUL-terminated when it fits.
int32_t jeju_calendar_preferences(const char *locale, char *dest, int32_t capacity, int32_t *status);
/// Converts the day *year-*month-*day (month 1-based; the year is the calendar's extended year, e.g. 2008 for
/// the Ethiopian year 2008 Amete Mihret) of `from`'s calendar (a locale id with @calendar=, e.g.
/// "am@calendar=ethiopic") into `to`'s calendar, in place. An impossible day fails with U_ILLEGAL_ARGUMENT_ERROR.
void jeju_calendar_convert(const char *from, const char *to, int32_t *year, int32_t *month, int32_t *day,
                           int32_t *status);

/// Number styles, mirroring UNumberFormatStyle (checked in format.c).
enum { JEJU_NUMBER_DECIMAL = 1, JEJU_NUMBER_PERCENT = 3 };

/// Opens a number formatter/parser for `locale` (strict parsing).
void *jeju_number_open(int32_t style, const char *locale, int32_t *status);
void jeju_number_close(void *format);
/// Sets the minimum and maximum number of fraction digits shown.
void jeju_number_set_fraction_digits(void *format, int32_t minimum, int32_t maximum);
/// Turns digit grouping on or off.
void jeju_number_set_grouping(void *format, bool grouping);
int32_t jeju_number_format_int(const void *format, int64_t value, uint16_t *dest, int32_t capacity, int32_t *status);
int32_t jeju_number_format_double(const void *format, double value, uint16_t *dest, int32_t capacity,
                                  int32_t *status);
/// Parses a number from `text` starting at *position; on return *position is just past the number (success) or
/// where parsing failed (U_PARSE_ERROR).
double jeju_number_parse(const void *format, const uint16_t *text, int32_t length, int32_t *position,
                         int32_t *status);

/// Opens a rule-based spell-out formatter for `locale` (ICU RBNF, UNUM_SPELLOUT: 60 → "sixty", "sáu mươi").
void *jeju_spellout_open(const char *locale, int32_t *status);
/// The formatter's public rule sets ("%spellout-numbering;%spellout-cardinal;…"), separated by ';'.
int32_t jeju_spellout_rule_sets(const void *format, uint16_t *dest, int32_t capacity, int32_t *status);
/// `value` spelled out with the rule set `ruleSet` (e.g. "%spellout-cardinal-feminine").
int32_t jeju_spellout_format(void *format, const uint16_t *ruleSet, int32_t ruleSetLength, int64_t value,
                             uint16_t *dest, int32_t capacity, int32_t *status);

/// Plural rule types, mirroring UPluralType.
enum { JEJU_PLURAL_CARDINAL = 0, JEJU_PLURAL_ORDINAL = 1 };

/// Opens the CLDR plural rules of `locale`.
void *jeju_plural_open(const char *locale, int32_t type, int32_t *status);
void jeju_plural_close(void *rules);
/// The categories of the rules as space-separated ASCII keywords ("one few many other"), NUL-terminated;
/// same buffer protocol (the returned length excludes the NUL).
int32_t jeju_plural_keywords(const void *rules, char *dest, int32_t capacity, int32_t *status);
/// The category of `value`, as an ASCII keyword, NUL-terminated.
int32_t jeju_plural_select(const void *rules, double value, char *dest, int32_t capacity, int32_t *status);

#endif
