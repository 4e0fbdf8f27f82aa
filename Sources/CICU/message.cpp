// MessageFormat with NAMED arguments: ICU's C API (umsg_*) takes only numbered varargs, so this one file of the
// shim uses ICU's C++ MessageFormat and MessagePattern, behind the plain-C header jeju_message.h.
#include <unicode/msgfmt.h>
#include <unicode/messagepattern.h>
#include <unicode/fmtable.h>
#include <unicode/unistr.h>
#include <new>
#include <vector>
#include "jeju_message.h"

static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits wide");
static_assert(JEJU_MESSAGE_ARG_NONE == UMSGPAT_ARG_TYPE_NONE && JEJU_MESSAGE_ARG_SIMPLE == UMSGPAT_ARG_TYPE_SIMPLE &&
              JEJU_MESSAGE_ARG_CHOICE == UMSGPAT_ARG_TYPE_CHOICE &&
              JEJU_MESSAGE_ARG_PLURAL == UMSGPAT_ARG_TYPE_PLURAL && JEJU_MESSAGE_ARG_SELECT == UMSGPAT_ARG_TYPE_SELECT &&
              JEJU_MESSAGE_ARG_SELECTORDINAL == UMSGPAT_ARG_TYPE_SELECTORDINAL, "argument types");

namespace {

struct Item {
    int32_t kind;
    int32_t argumentType;
    int32_t owner;
    icu::UnicodeString text;
};

struct Message {
    icu::MessageFormat format;
    std::vector<Item> items;
    Message(const icu::UnicodeString &pattern, const icu::Locale &locale, UParseError &pe, UErrorCode &code)
        : format(pattern, locale, pe, code) {}
};

// Walks the parsed pattern once: ARG_START opens an argument (its name or number is the next part), ARG_LIMIT
// closes it, and ARG_SELECTOR parts of plural/select arguments belong to the innermost open argument.
void outline(const icu::UnicodeString &source, Message &m, UErrorCode &code) {
    UParseError pe;
    icu::MessagePattern pattern(source, &pe, code);
    if (U_FAILURE(code)) return;
    std::vector<int32_t> open;
    for (int32_t i = 0; i < pattern.countParts(); i++) {
        const icu::MessagePattern::Part &part = pattern.getPart(i);
        switch (part.getType()) {
        case UMSGPAT_PART_TYPE_ARG_START: {
            icu::UnicodeString name;
            if (i + 1 < pattern.countParts()) name = pattern.getSubstring(pattern.getPart(i + 1));
            m.items.push_back(Item{JEJU_MESSAGE_ITEM_ARGUMENT, (int32_t)part.getArgType(), -1, name});
            open.push_back((int32_t)m.items.size() - 1);
            break;
        }
        case UMSGPAT_PART_TYPE_ARG_LIMIT:
            if (!open.empty()) open.pop_back();
            break;
        case UMSGPAT_PART_TYPE_ARG_SELECTOR:
            if (!open.empty() && m.items[(size_t)open.back()].argumentType != UMSGPAT_ARG_TYPE_CHOICE)
                m.items.push_back(Item{JEJU_MESSAGE_ITEM_SELECTOR, -1, open.back(), pattern.getSubstring(part)});
            break;
        default:
            break;
        }
    }
}

}  // namespace

extern "C" void *jeju_message_open(const uint16_t *pattern, int32_t length, const char *locale, int32_t *errorOffset,
                                   int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError pe;
    pe.offset = -1;
    icu::UnicodeString source((const UChar *)pattern, length);
    Message *m = new (std::nothrow) Message(source, icu::Locale(locale), pe, code);
    if (m == nullptr) code = U_MEMORY_ALLOCATION_ERROR;
    else if (U_SUCCESS(code)) outline(source, *m, code);
    *errorOffset = pe.offset;
    *status = code;
    if (U_FAILURE(code)) { delete m; return nullptr; }
    return m;
}

extern "C" void jeju_message_close(void *message) { delete static_cast<Message *>(message); }

extern "C" int32_t jeju_message_format(const void *message, const jeju_message_argument *arguments, int32_t count,
                                       uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const Message *m = static_cast<const Message *>(message);
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve((size_t)count);
    values.reserve((size_t)count);
    for (int32_t i = 0; i < count; i++) {
        const jeju_message_argument &a = arguments[i];
        names.emplace_back((const UChar *)a.name, a.nameLength);
        switch (a.kind) {
        case JEJU_MESSAGE_INT: values.emplace_back((int64_t)a.integer); break;
        case JEJU_MESSAGE_DOUBLE: values.emplace_back(a.real); break;
        default: values.emplace_back(icu::UnicodeString((const UChar *)a.text, a.textLength)); break;
        }
    }
    icu::UnicodeString result;
    m->format.format(names.data(), values.data(), count, result, code);
    int32_t n = 0;
    if (U_SUCCESS(code)) n = result.extract((UChar *)dest, capacity, code);
    *status = code;
    return n;
}

extern "C" int32_t jeju_message_item_count(const void *message) {
    return (int32_t) static_cast<const Message *>(message)->items.size();
}

extern "C" int32_t jeju_message_item(const void *message, int32_t index, int32_t *kind, int32_t *argumentType,
                                     int32_t *owner, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const Message *m = static_cast<const Message *>(message);
    if (index < 0 || (size_t)index >= m->items.size()) { *status = U_INDEX_OUTOFBOUNDS_ERROR; return 0; }
    const Item &item = m->items[(size_t)index];
    *kind = item.kind;
    *argumentType = item.argumentType;
    *owner = item.owner;
    int32_t n = item.text.extract((UChar *)dest, capacity, code);
    *status = code;
    return n;
}
