#ifndef JEJU_TRANSLIT_H
#define JEJU_TRANSLIT_H
#include "jeju_common.h"

/// Opens a transliterator by compound id ("Any-Latin; Latin-ASCII"). An unknown id fails with U_INVALID_ID
/// (65569); *errorOffset is -1 or the 0-based offset of a syntax error in the id.
void *jeju_translit_open(const uint16_t *id, int32_t length, int32_t *errorOffset, int32_t *status);
void jeju_translit_close(void *transliterator);
/// Transliterates `src` into `dest`; returns the result length. If it exceeds `capacity`, *status is
/// U_BUFFER_OVERFLOW_ERROR and the caller retries with a buffer of at least that size.
int32_t jeju_translit_apply(const void *transliterator, const uint16_t *src, int32_t length, uint16_t *dest,
                            int32_t capacity, int32_t *status);

#endif
