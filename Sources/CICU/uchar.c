// Character names and properties for the quality checks (see jeju_uchar.h for why each exists).
#include <unicode/uchar.h>
#include "jeju_uchar.h"

_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must fit int32_t");
_Static_assert(sizeof(UChar32) == sizeof(int32_t), "UChar32 must fit int32_t");

int32_t jeju_char_name(int32_t codePoint, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = u_charName(codePoint, U_UNICODE_CHAR_NAME, dest, capacity, &err);
    *status = err;
    return n;
}

bool jeju_char_has_property(int32_t codePoint, int32_t which) {
    static const UProperty properties[] = {UCHAR_S_TERM, UCHAR_QUOTATION_MARK, UCHAR_BIDI_CONTROL};
    if (which < 0 || which > 2) return false;
    return u_hasBinaryProperty(codePoint, properties[which]);
}

int32_t jeju_char_digit_value(int32_t codePoint) { return u_charDigitValue(codePoint); }

int32_t jeju_char_bracket_type(int32_t codePoint) {
    return u_getIntPropertyValue(codePoint, UCHAR_BIDI_PAIRED_BRACKET_TYPE);
}

int32_t jeju_char_paired_bracket(int32_t codePoint) { return u_getBidiPairedBracket(codePoint); }
