#ifndef CHEAP_H
#define CHEAP_H

/// Sets glibc's `malloc` so that blocks up to `largest_heap_block` bytes come from its heap
/// rather than from mappings of their own, and so that the heap grows `heap_growth` bytes past
/// each request and is not trimmed below twice that. Returns 1 when every setting was taken,
/// 0 otherwise (another C library, or a value glibc refuses).
int chronicle_heap_settings(int largest_heap_block, int heap_growth);

#endif
