#ifndef JEJU_LOCALE_H
#define JEJU_LOCALE_H
#include "jeju_common.h"

// Same buffer protocol as jeju_format.h; `char` outputs are ASCII locale ids, NUL-terminated when they fit.

/// The name of `locale` in the language of `displayLocale` (e.g. "ar" in "en" → "Arabic"); when CLDR has no name
/// ICU returns the code with a warning status (U_USING_DEFAULT_WARNING, -127).
int32_t jeju_locale_display_name(const char *locale, const char *displayLocale, uint16_t *dest, int32_t capacity,
                                 int32_t *status);
/// The same name capitalised as ICU does for a menu or list entry (UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU
/// through uldn): "русский" → "Русский", where CLDR says the language's names start a menu item in capitals.
int32_t jeju_locale_display_name_for_menu(const char *locale, const char *displayLocale, uint16_t *dest,
                                          int32_t capacity, int32_t *status);
/// Character orientation, mirroring ULayoutType: 0 left-to-right, 1 right-to-left, 2 top-to-bottom,
/// 3 bottom-to-top.
int32_t jeju_locale_character_orientation(const char *locale, int32_t *status);
/// The locale with likely subtags added (uz → uz_Latn_UZ).
int32_t jeju_locale_add_likely_subtags(const char *locale, char *dest, int32_t capacity, int32_t *status);
/// The script subtag of `locale` ("" when it has none).
int32_t jeju_locale_script(const char *locale, char *dest, int32_t capacity, int32_t *status);
/// The BCP 47 form of an ICU locale id (uz_Latn_UZ → uz-Latn-UZ).
int32_t jeju_locale_language_tag(const char *locale, char *dest, int32_t capacity, int32_t *status);

/// The ICU locale id of a BCP 47 tag (uloc_forLanguageTag: de-DE-u-co-phonebk → de_DE@collation=phonebook);
/// `parsed` receives how many characters of `tag` ICU read (less than its length when the tag is not well formed).
int32_t jeju_locale_for_language_tag(const char *tag, char *dest, int32_t capacity, int32_t *parsed, int32_t *status);
/// The canonical form of an ICU locale id (uloc_canonicalize).
int32_t jeju_locale_canonicalize(const char *locale, char *dest, int32_t capacity, int32_t *status);
/// The BCP 47 value of Unicode extension key `key` (`nu`, `co`…) of an ICU locale id ("" when it has none):
/// `nu` of ar@numbers=latn → latn.
int32_t jeju_locale_keyword_value(const char *locale, const char *key, char *dest, int32_t capacity, int32_t *status);
/// `locale` with ICU keyword `key` (`numbers`, `collation`) set to `value` (uloc_setKeywordValue), written to `dest`.
int32_t jeju_locale_set_keyword_value(const char *locale, const char *key, const char *value, char *dest,
                                      int32_t capacity, int32_t *status);

/// Delimiters, mirroring ULocaleDataDelimiterType.
enum { JEJU_QUOTATION_START = 0, JEJU_QUOTATION_END = 1, JEJU_ALT_QUOTATION_START = 2, JEJU_ALT_QUOTATION_END = 3 };

/// A CLDR quotation delimiter of `locale`.
int32_t jeju_locale_delimiter(const char *locale, int32_t which, uint16_t *dest, int32_t capacity, int32_t *status);

/// Exemplar set kinds, mirroring ULocaleDataExemplarSetType.
enum { JEJU_EXEMPLAR_STANDARD = 0, JEJU_EXEMPLAR_AUXILIARY = 1, JEJU_EXEMPLAR_INDEX = 2,
       JEJU_EXEMPLAR_PUNCTUATION = 3 };

/// Opens the CLDR exemplar character set of `locale` as CLDR lists it (lowercase letters; no case closure,
/// which would also admit look-alikes such as U+017F LONG S and U+212A KELVIN SIGN).
void *jeju_exemplar_open(const char *locale, int32_t kind, int32_t *status);
void jeju_exemplar_close(void *set);
bool jeju_exemplar_contains(const void *set, int32_t codePoint);
/// Whether the set holds the UTF-16 string as one element (a single code point, or a multi-letter member
/// such as Uzbek "o\u02BB").
bool jeju_exemplar_contains_string(const void *set, const uint16_t *text, int32_t length);
/// The set as an ICU UnicodeSet pattern ("[a-z à ...]").
int32_t jeju_exemplar_pattern(const void *set, uint16_t *dest, int32_t capacity, int32_t *status);

#endif
