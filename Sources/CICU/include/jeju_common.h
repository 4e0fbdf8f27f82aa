// Plain-C surface of Jeju's ICU shim. ICU's own headers are included only in the .c files of this target:
// Foundation on Linux carries its own ICU whose headers define the same C types, so no ICU type may cross
// into Swift. Every function is prefixed `jeju_`, takes plain C types and reports failure through an
// `int32_t *status` that holds ICU's UErrorCode value (0 = success, negative = warning, positive = error).
#ifndef JEJU_COMMON_H
#define JEJU_COMMON_H
#include <stdint.h>
#include <stdbool.h>

/// ICU's name for an error code (e.g. "U_ILLEGAL_ARGUMENT_ERROR"); static storage.
const char *jeju_error_name(int32_t status);

/// The ICU version this binary runs with, e.g. "72.1"; static storage.
const char *jeju_icu_version(void);

#endif
