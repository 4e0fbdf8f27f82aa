// Language-code knowledge from ICU: whether a language code is known at all, so the glossary's importers and
// checks need no code tables of their own. (Likely scripts are in jeju_locale.h.)
#ifndef JEJU_LIKELY_H
#define JEJU_LIKELY_H
#include "jeju_common.h"

/// Whether ICU knows the language subtag of `locale` as an ISO 639 code (uloc_getISO3Language is not empty).
bool jeju_language_is_known(const char *locale);

#endif
