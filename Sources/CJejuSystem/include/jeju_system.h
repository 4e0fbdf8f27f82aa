// System calls Swift cannot reach from Glibc's module: renameat2 with RENAME_EXCHANGE, which swaps two paths in
// one step, so a published folder is replaced with no moment where it is missing; syncfs, which flushes a whole
// file system at once (a transaction of thousands of files, flushed before its journal is written).
#ifndef JEJU_SYSTEM_H
#define JEJU_SYSTEM_H

/// Atomically exchanges the paths `a` and `b` (both must exist). Returns 0, or -1 with errno set (ENOSYS or
/// EINVAL where the kernel or file system cannot, and the caller falls back to two renames).
int jeju_rename_exchange(const char *a, const char *b);

/// Flushes every file system buffer of the file system holding `fd` to disk (syncfs(2)). Returns 0, or -1 with
/// errno set (ENOSYS where it cannot, and the caller flushes file by file).
int jeju_syncfs(int fd);

#endif
