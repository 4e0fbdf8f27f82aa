// renameat2(RENAME_EXCHANGE) through syscall(2): glibc's wrapper is not exported to Swift on this platform; syncfs,
// which glibc declares only with _GNU_SOURCE.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
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

static char mapped_message[1024];
static volatile sig_atomic_t mapped_length;

/// Only async-signal-safe calls: write(2) and _exit(2).
static void on_mapped_fault(int signal) {
    (void)signal;
    size_t n = (size_t)mapped_length;
    if (n > 0) {
        ssize_t written = write(2, mapped_message, n);
        (void)written;
    }
    _exit(2);
}

int jeju_guard_mapped_reads(const char *message) {
    size_t n = strlen(message);
    if (n > sizeof mapped_message - 1) n = sizeof mapped_message - 1;
    mapped_length = 0;
    memcpy(mapped_message, message, n);
    mapped_length = (sig_atomic_t)n;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_mapped_fault;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGBUS, &action, NULL);
}
