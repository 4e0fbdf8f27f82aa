// ICU regular expressions (uregex_*): SRX rules are specified as ICU regex, so we run them with ICU itself.
#include <unicode/uregex.h>
#include "jeju_regex.h"

_Static_assert(JEJU_REGEX_CASE_INSENSITIVE == UREGEX_CASE_INSENSITIVE, "regex flags");
_Static_assert(JEJU_REGEX_COMMENTS == UREGEX_COMMENTS, "regex flags");
_Static_assert(JEJU_REGEX_DOTALL == UREGEX_DOTALL, "regex flags");
_Static_assert(JEJU_REGEX_MULTILINE == UREGEX_MULTILINE, "regex flags");
_Static_assert(JEJU_REGEX_UWORD == UREGEX_UWORD, "regex flags");

void *jeju_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *errorLine,
                      int32_t *errorOffset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError pe;
    URegularExpression *re = uregex_open((const UChar *)pattern, length, flags, &pe, &code);
    *status = code;
    *errorLine = pe.line;
    *errorOffset = pe.offset;
    return U_FAILURE(code) ? NULL : re;
}

void *jeju_regex_clone(const void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    URegularExpression *re = uregex_clone((const URegularExpression *)regex, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : re;
}

void jeju_regex_close(void *regex) { uregex_close((URegularExpression *)regex); }

void jeju_regex_set_text(void *regex, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, &code);
    *status = code;
}

void jeju_regex_set_region(void *regex, int32_t start, int32_t limit, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setRegion((URegularExpression *)regex, start, limit, &code);
    *status = code;
}

void jeju_regex_use_transparent_bounds(void *regex, bool transparent, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_useTransparentBounds((URegularExpression *)regex, transparent, &code);
    *status = code;
}

void jeju_regex_use_anchoring_bounds(void *regex, bool anchoring, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_useAnchoringBounds((URegularExpression *)regex, anchoring, &code);
    *status = code;
}

bool jeju_regex_find(void *regex, int32_t start, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_find((URegularExpression *)regex, start, &code);
    *status = code;
    return U_SUCCESS(code) && found;
}

bool jeju_regex_looking_at(void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_lookingAt((URegularExpression *)regex, -1, &code);
    *status = code;
    return U_SUCCESS(code) && found;
}

bool jeju_regex_matches(void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_matches((URegularExpression *)regex, -1, &code);
    *status = code;
    return U_SUCCESS(code) && found;
}

int32_t jeju_regex_start(void *regex, int32_t group, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t r = uregex_start((URegularExpression *)regex, group, &code);
    *status = code;
    return r;
}

int32_t jeju_regex_end(void *regex, int32_t group, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t r = uregex_end((URegularExpression *)regex, group, &code);
    *status = code;
    return r;
}

int32_t jeju_regex_group_count(void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t r = uregex_groupCount((URegularExpression *)regex, &code);
    *status = code;
    return r;
}
