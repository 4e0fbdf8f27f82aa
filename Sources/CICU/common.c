// Error names and version: so Swift can print ICU's own words for a failure.
#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <stdio.h>
#include "jeju_common.h"

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits wide");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must fit int32_t");

const char *jeju_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *jeju_icu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
