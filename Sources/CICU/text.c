// Normalization, case mapping and character properties: the per-string Unicode operations Jeju needs from ICU,
// behind plain C types so no ICU header reaches Swift.
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ucasemap.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include "jeju_text.h"

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *code) {
    switch (form) {
    case JEJU_NFC: return unorm2_getNFCInstance(code);
    case JEJU_NFD: return unorm2_getNFDInstance(code);
    case JEJU_NFKC: return unorm2_getNFKCInstance(code);
    case JEJU_NFKD: return unorm2_getNFKDInstance(code);
    case JEJU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(code);
    default: *code = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t jeju_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                       int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &code);
    int32_t r = 0;
    if (U_SUCCESS(code)) r = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &code);
    *status = code;
    return r;
}

bool jeju_is_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &code);
    UBool r = 0;
    if (U_SUCCESS(code)) r = unorm2_isNormalized(n, (const UChar *)src, length, &code);
    *status = code;
    return r != 0;
}

int32_t jeju_normalized_prefix_length(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &code);
    int32_t r = 0;
    if (U_SUCCESS(code)) r = unorm2_spanQuickCheckYes(n, (const UChar *)src, length, &code);
    *status = code;
    return r;
}

int32_t jeju_case_map(int32_t mapping, const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t r = 0;
    switch (mapping) {
    case 0: r = u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, &code); break;
    case 1: r = u_strToUpper((UChar *)dest, capacity, (const UChar *)src, length, locale, &code); break;
    case 2: r = u_strToTitle((UChar *)dest, capacity, (const UChar *)src, length, NULL, locale, &code); break;
    case 3: r = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length, U_FOLD_CASE_DEFAULT, &code); break;
    default: code = U_ILLEGAL_ARGUMENT_ERROR;
    }
    *status = code;
    return r;
}

int32_t jeju_script_of(int32_t codePoint, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript(codePoint, &code);
    *status = code;
    return (int32_t)s;
}

int32_t jeju_script_extensions(int32_t codePoint, int32_t *extensions, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    _Static_assert(sizeof(UScriptCode) == sizeof(int32_t), "UScriptCode must be 32 bits");
    int32_t n = uscript_getScriptExtensions(codePoint, (UScriptCode *)extensions, capacity, &code);
    *status = code;
    return n;
}

const char *jeju_script_short_name(int32_t script) { return uscript_getShortName((UScriptCode)script); }
const char *jeju_script_long_name(int32_t script) { return uscript_getName((UScriptCode)script); }

int32_t jeju_script_code(const char *name) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode out[4];
    int32_t n = uscript_getCode(name, out, 4, &code);
    return (U_FAILURE(code) || n < 1) ? -1 : (int32_t)out[0];
}

int32_t jeju_char_category(int32_t codePoint) { return (int32_t)u_charType(codePoint); }
bool jeju_char_is_alphabetic(int32_t codePoint) { return u_hasBinaryProperty(codePoint, UCHAR_ALPHABETIC) != 0; }
bool jeju_char_is_white_space(int32_t codePoint) { return u_isUWhiteSpace(codePoint) != 0; }
int32_t jeju_char_direction(int32_t codePoint) { return (int32_t)u_charDirection(codePoint); }

int32_t jeju_decode(const char *charset, const char *src, int32_t length, uint16_t *dest, int32_t capacity,
                    int32_t *errorOffset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    *errorOffset = -1;
    UConverter *c = ucnv_open(charset, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    // Stop at the first byte sequence the charset does not define, rather than substitute U+FFFD.
    ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
    UChar *target = (UChar *)dest, *targetLimit = (UChar *)dest + capacity;
    const char *source = src, *sourceLimit = src + length;
    if (U_SUCCESS(code)) ucnv_toUnicode(c, &target, targetLimit, &source, sourceLimit, NULL, true, &code);
    if (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND || code == U_TRUNCATED_CHAR_FOUND) {
        char bad[8];
        int8_t n = sizeof bad;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(c, bad, &n, &ignored);
        *errorOffset = (int32_t)(source - src) - n;
    }
    ucnv_close(c);
    *status = code;
    return (int32_t)(target - (UChar *)dest);
}
