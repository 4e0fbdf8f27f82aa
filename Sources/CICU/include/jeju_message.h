#ifndef JEJU_MESSAGE_H
#define JEJU_MESSAGE_H
#include "jeju_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of argument values.
enum { JEJU_MESSAGE_INT = 0, JEJU_MESSAGE_DOUBLE = 1, JEJU_MESSAGE_STRING = 2 };

/// One named argument value for jeju_message_format. `name` and `text` are UTF-16 and are not copied.
typedef struct jeju_message_argument {
    const uint16_t *name;
    int32_t nameLength;
    int32_t kind;
    int64_t integer;
    double real;
    const uint16_t *text;
    int32_t textLength;
} jeju_message_argument;

/// Compiles an ICU MessageFormat pattern for `locale`. On a syntax error returns NULL, sets *status and the
/// 0-based UTF-16 *errorOffset of the problem in the pattern (-1 when unknown).
void *jeju_message_open(const uint16_t *pattern, int32_t length, const char *locale, int32_t *errorOffset,
                        int32_t *status);
void jeju_message_close(void *message);
/// Formats with named arguments (numbered arguments are named "0", "1", ...). Returns the needed length; if it
/// exceeds `capacity`, *status is U_BUFFER_OVERFLOW_ERROR and the caller retries.
int32_t jeju_message_format(const void *message, const jeju_message_argument *arguments, int32_t count,
                            uint16_t *dest, int32_t capacity, int32_t *status);

/// Item kinds of the pattern's outline.
enum { JEJU_MESSAGE_ITEM_ARGUMENT = 0, JEJU_MESSAGE_ITEM_SELECTOR = 1 };
/// Argument types, mirroring UMessagePatternArgType (checked in message.cpp).
enum { JEJU_MESSAGE_ARG_NONE = 0, JEJU_MESSAGE_ARG_SIMPLE = 1, JEJU_MESSAGE_ARG_CHOICE = 2,
       JEJU_MESSAGE_ARG_PLURAL = 3, JEJU_MESSAGE_ARG_SELECT = 4, JEJU_MESSAGE_ARG_SELECTORDINAL = 5 };

/// The number of items in the pattern's outline: every argument occurrence (in pattern order, nested ones
/// included) and every plural/select/selectordinal selector ("one", "=0", "other").
int32_t jeju_message_item_count(const void *message);
/// Item `index`: its kind, the argument type (for arguments) and, for selectors, the index of the argument item
/// they belong to (*owner, else -1); the name or selector text goes to `dest` (buffer protocol).
int32_t jeju_message_item(const void *message, int32_t index, int32_t *kind, int32_t *argumentType, int32_t *owner,
                          uint16_t *dest, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
