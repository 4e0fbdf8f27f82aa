// System calls Swift cannot reach from Glibc's module: renameat2 with RENAME_EXCHANGE, which swaps two paths in
// one step, so a published folder is replaced with no moment where it is missing.
#ifndef JEJU_SYSTEM_H
#define JEJU_SYSTEM_H

/// Atomically exchanges the paths `a` and `b` (both must exist). Returns 0, or -1 with errno set (ENOSYS or
/// EINVAL where the kernel or file system cannot, and the caller falls back to two renames).
int jeju_rename_exchange(const char *a, const char *b);

#endif
