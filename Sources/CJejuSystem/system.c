// renameat2(RENAME_EXCHANGE) through syscall(2): glibc's wrapper is not exported to Swift on this platform; syncfs,
// which glibc declares only with _GNU_SOURCE.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "jeju_system.h"
#if defined(__linux__)
#include <sys/syscall.h>
#include <linux/fs.h>
#endif

int jeju_rename_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2) && defined(RENAME_EXCHANGE)
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a;
    (void)b;
    errno = ENOSYS;
    return -1;
#endif
}

int jeju_syncfs(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    (void)fd;
    errno = ENOSYS;
    return -1;
#endif
}
