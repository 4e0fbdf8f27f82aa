// System calls Swift cannot reach from Glibc's module, and a signal handler Swift cannot write: renameat2 with
// RENAME_EXCHANGE, which swaps two paths in one step, so a published folder is replaced with no moment where it is
// missing; syncfs, which flushes a whole file system at once (a transaction of thousands of files, flushed before its
// journal is written); a SIGBUS handler for mapped reads.
#ifndef JEJU_SYSTEM_H
#define JEJU_SYSTEM_H

/// Atomically exchanges the paths `a` and `b` (both must exist). Returns 0, or -1 with errno set (ENOSYS or
/// EINVAL where the kernel or file system cannot, and the caller falls back to two renames).
int jeju_rename_exchange(const char *a, const char *b);

/// Flushes every file system buffer of the file system holding `fd` to disk (syncfs(2)). Returns 0, or -1 with
/// errno set (ENOSYS where it cannot, and the caller flushes file by file).
int jeju_syncfs(int fd);

/// Turns a fault reading a mapped file (SIGBUS: the file was cut short by another program since it was mapped)
/// into `message` on standard error and exit code 2, instead of a crash. The message is copied (at most 1,023
/// bytes); each call replaces the last one. Returns 0, or -1 with errno set.
int jeju_guard_mapped_reads(const char *message);

#endif
