#ifndef JEJU_REGEX_H
#define JEJU_REGEX_H
#include "jeju_common.h"

/// Regex flags, mirroring URegexpFlag values (checked in regex.c).
enum { JEJU_REGEX_CASE_INSENSITIVE = 2, JEJU_REGEX_COMMENTS = 4, JEJU_REGEX_DOTALL = 32, JEJU_REGEX_MULTILINE = 8,
       JEJU_REGEX_UWORD = 256 };

/// Compiles an ICU regular expression. On a syntax error returns NULL, sets *status and the 1-based
/// *errorLine / *errorOffset of the problem in the pattern.
void *jeju_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *errorLine,
                      int32_t *errorOffset, int32_t *status);
/// A copy sharing the compiled pattern, for use with another text.
void *jeju_regex_clone(const void *regex, int32_t *status);
void jeju_regex_close(void *regex);
/// Sets the UTF-16 subject; ICU does not copy it. Resets region and bounds.
void jeju_regex_set_text(void *regex, const uint16_t *text, int32_t length, int32_t *status);
/// Restricts matching to [start, limit); with transparent bounds, look-around and \b see beyond the region.
void jeju_regex_set_region(void *regex, int32_t start, int32_t limit, int32_t *status);
void jeju_regex_use_transparent_bounds(void *regex, bool transparent, int32_t *status);
void jeju_regex_use_anchoring_bounds(void *regex, bool anchoring, int32_t *status);
/// Finds the next match starting at or after `start` (resets the region); -1 continues after the last match.
bool jeju_regex_find(void *regex, int32_t start, int32_t *status);
/// Whether the pattern matches at the start of the current region (not necessarily to its end).
bool jeju_regex_looking_at(void *regex, int32_t *status);
/// Whether the pattern matches the whole current region.
bool jeju_regex_matches(void *regex, int32_t *status);
/// Start / end of `group` (0 = whole match) of the last match; -1 if the group did not take part.
int32_t jeju_regex_start(void *regex, int32_t group, int32_t *status);
int32_t jeju_regex_end(void *regex, int32_t group, int32_t *status);
int32_t jeju_regex_group_count(void *regex, int32_t *status);

#endif
