#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to start loading the cache line at `address`, without waiting for it.
/// The entity and event stages call this for the hash-table slots a document's tokens will look
/// up, so that the cache misses of many tokens overlap instead of being paid one after another.
static inline void chronicle_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
