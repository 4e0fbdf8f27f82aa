#ifndef JEJU_TEXT_H
#define JEJU_TEXT_H
#include "jeju_common.h"

/// Normalization forms.
enum { JEJU_NFC = 0, JEJU_NFD = 1, JEJU_NFKC = 2, JEJU_NFKD = 3, JEJU_NFKC_CASEFOLD = 4 };

/// Normalizes UTF-16 `src` into `dest` (capacity `capacity` code units); returns the needed length.
/// If it exceeds `capacity`, *status is U_BUFFER_OVERFLOW_ERROR and the caller retries with a larger buffer.
int32_t jeju_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                       int32_t *status);
/// Whether `src` is already in `form` (exact check, not the quick check).
bool jeju_is_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status);
/// The length of the prefix of `src` that passes the quick check for `form`: where a problem can start.
int32_t jeju_normalized_prefix_length(int32_t form, const uint16_t *src, int32_t length, int32_t *status);

/// Case mappings: 0 = lower, 1 = upper, 2 = title (word-start by ICU word breaks), 3 = full case fold.
/// `locale` matters for Turkish-style dotted i; same buffer protocol as jeju_normalize.
int32_t jeju_case_map(int32_t mapping, const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status);

/// The ICU UScriptCode of a code point (0 = Common, 1 = Inherited), and its extensions count
/// (uscript_getScriptExtensions) written into `extensions` up to `capacity`.
int32_t jeju_script_of(int32_t codePoint, int32_t *status);
int32_t jeju_script_extensions(int32_t codePoint, int32_t *extensions, int32_t capacity, int32_t *status);
/// ISO 15924 short name ("Latn") or long name ("Latin") of a UScriptCode; static storage.
const char *jeju_script_short_name(int32_t script);
const char *jeju_script_long_name(int32_t script);
/// The UScriptCode of a name or ISO 15924 code, or -1.
int32_t jeju_script_code(const char *name);
/// Unicode general category (UCharCategory) and a few properties of a code point.
int32_t jeju_char_category(int32_t codePoint);
bool jeju_char_is_alphabetic(int32_t codePoint);
bool jeju_char_is_white_space(int32_t codePoint);
/// Bidi class (UCharDirection) of a code point.
int32_t jeju_char_direction(int32_t codePoint);

/// Decodes `length` bytes of `src` in the charset named `charset` (an ICU converter name or alias: "ISO-8859-2",
/// "windows-1251") into UTF-16 `dest`; returns the code units written. Stops at the first byte sequence the
/// charset does not define, with *errorOffset its offset in `src` (-1 otherwise) and *status the ICU error.
/// An unknown charset gives U_FILE_ACCESS_ERROR; a too small `dest`, U_BUFFER_OVERFLOW_ERROR.
int32_t jeju_decode(const char *charset, const char *src, int32_t length, uint16_t *dest, int32_t capacity,
                    int32_t *errorOffset, int32_t *status);

#endif
