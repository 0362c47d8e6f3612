#ifndef THEMATIC_CFILESYSTEM_H
#define THEMATIC_CFILESYSTEM_H

/// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE). Returns 0, or -1 with errno set; EINVAL or
/// ENOSYS mean the file system or kernel cannot exchange and the caller falls back to two renames.
int thematic_exchange_paths(const char *first, const char *second);

/// Flushes the whole file system holding the open descriptor `fd` (Linux syncfs), or the descriptor alone elsewhere.
int thematic_sync_filesystem(int fd);

#endif
