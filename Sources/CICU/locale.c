// Locale facts (uloc, ulocdata): display names, writing direction, likely script, quotation marks and exemplar
// characters all come from CLDR through ICU, so Jeju keeps no tables of its own (DESIGN.md).
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/uset.h>
#include <unicode/uldnames.h>
#include <string.h>
#include "jeju_locale.h"

_Static_assert(ULOC_LAYOUT_LTR == 0 && ULOC_LAYOUT_RTL == 1 && ULOC_LAYOUT_TTB == 2 && ULOC_LAYOUT_BTT == 3,
               "layout types");
_Static_assert(JEJU_QUOTATION_START == ULOCDATA_QUOTATION_START && JEJU_QUOTATION_END == ULOCDATA_QUOTATION_END,
               "delimiters");
_Static_assert(JEJU_ALT_QUOTATION_START == ULOCDATA_ALT_QUOTATION_START &&
               JEJU_ALT_QUOTATION_END == ULOCDATA_ALT_QUOTATION_END, "delimiters");
_Static_assert(JEJU_EXEMPLAR_STANDARD == ULOCDATA_ES_STANDARD && JEJU_EXEMPLAR_AUXILIARY == ULOCDATA_ES_AUXILIARY &&
               JEJU_EXEMPLAR_INDEX == ULOCDATA_ES_INDEX && JEJU_EXEMPLAR_PUNCTUATION == ULOCDATA_ES_PUNCTUATION,
               "exemplar kinds");

int32_t jeju_locale_display_name(const char *locale, const char *displayLocale, uint16_t *dest, int32_t capacity,
                                 int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayName(locale, displayLocale, (UChar *)dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_display_name_for_menu(const char *locale, const char *displayLocale, uint16_t *dest,
                                          int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UDisplayContext contexts[] = {UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU};
    ULocaleDisplayNames *names = uldn_openForContext(displayLocale, contexts, 1, &code);
    int32_t n = 0;
    if (U_SUCCESS(code)) n = uldn_localeDisplayName(names, locale, (UChar *)dest, capacity, &code);
    if (names) uldn_close(names);
    *status = code;
    return n;
}

int32_t jeju_locale_character_orientation(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ULayoutType t = uloc_getCharacterOrientation(locale, &code);
    *status = code;
    return (int32_t)t;
}

int32_t jeju_locale_add_likely_subtags(const char *locale, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uloc_addLikelySubtags(locale, dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_script(const char *locale, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uloc_getScript(locale, dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_language_tag(const char *locale, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uloc_toLanguageTag(locale, dest, capacity, true, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_for_language_tag(const char *tag, char *dest, int32_t capacity, int32_t *parsed, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uloc_forLanguageTag(tag, dest, capacity, parsed, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_canonicalize(const char *locale, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uloc_canonicalize(locale, dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_keyword_value(const char *locale, const char *key, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const char *legacyKey = uloc_toLegacyKey(key);
    char legacy[ULOC_KEYWORDS_CAPACITY];
    int32_t n = uloc_getKeywordValue(locale, legacyKey ? legacyKey : key, legacy, sizeof legacy, &code);
    if (U_SUCCESS(code) && n < (int32_t)sizeof legacy) {
        legacy[n] = '\0';
        const char *type = n > 0 ? uloc_toUnicodeLocaleType(key, legacy) : "";
        if (type == NULL) type = legacy;
        n = (int32_t)strlen(type);
        if (n < capacity) memcpy(dest, type, n + 1); else code = U_BUFFER_OVERFLOW_ERROR;
    }
    *status = code;
    return n;
}

int32_t jeju_locale_set_keyword_value(const char *locale, const char *key, const char *value, char *dest,
                                      int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    size_t length = strlen(locale);
    if ((int32_t)length >= capacity) {
        *status = U_BUFFER_OVERFLOW_ERROR;
        return (int32_t)length + (int32_t)strlen(key) + (int32_t)strlen(value) + 2;
    }
    memcpy(dest, locale, length + 1);
    int32_t n = uloc_setKeywordValue(key, value, dest, capacity, &code);
    *status = code;
    return n;
}

int32_t jeju_locale_delimiter(const char *locale, int32_t which, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = 0;
    if (which < JEJU_QUOTATION_START || which > JEJU_ALT_QUOTATION_END) code = U_ILLEGAL_ARGUMENT_ERROR;
    ULocaleData *data = U_SUCCESS(code) ? ulocdata_open(locale, &code) : NULL;
    if (U_SUCCESS(code))
        n = ulocdata_getDelimiter(data, (ULocaleDataDelimiterType)which, (UChar *)dest, capacity, &code);
    if (data) ulocdata_close(data);
    *status = code;
    return n;
}

void *jeju_exemplar_open(const char *locale, int32_t kind, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    USet *set = NULL;
    if (kind < JEJU_EXEMPLAR_STANDARD || kind > JEJU_EXEMPLAR_PUNCTUATION) code = U_ILLEGAL_ARGUMENT_ERROR;
    ULocaleData *data = U_SUCCESS(code) ? ulocdata_open(locale, &code) : NULL;
    if (U_SUCCESS(code))
        set = ulocdata_getExemplarSet(data, NULL, 0, (ULocaleDataExemplarSetType)kind, &code);
    if (data) ulocdata_close(data);
    *status = code;
    if (U_FAILURE(code)) { if (set) uset_close(set); return NULL; }
    uset_freeze(set);
    return set;
}

void jeju_exemplar_close(void *set) { uset_close((USet *)set); }

bool jeju_exemplar_contains(const void *set, int32_t codePoint) { return uset_contains((const USet *)set, codePoint); }

bool jeju_exemplar_contains_string(const void *set, const uint16_t *text, int32_t length) {
    return uset_containsString((const USet *)set, (const UChar *)text, length);
}

int32_t jeju_exemplar_pattern(const void *set, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t n = uset_toPattern((const USet *)set, (UChar *)dest, capacity, true, &code);
    *status = code;
    return n;
}
