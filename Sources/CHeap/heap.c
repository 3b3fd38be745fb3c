#include "cheap.h"

#include <stdlib.h>  // defines __GLIBC__ under glibc

#if defined(__GLIBC__)
#include <malloc.h>

int chronicle_heap_settings(int largest_heap_block, int heap_growth) {
  return mallopt(M_MMAP_THRESHOLD, largest_heap_block) == 1 && mallopt(M_TOP_PAD, heap_growth) == 1 &&
         mallopt(M_TRIM_THRESHOLD, 2 * heap_growth) == 1;
}
#else
int chronicle_heap_settings(int largest_heap_block, int heap_growth) {
  (void)largest_heap_block;
  (void)heap_growth;
  return 0;
}
#endif
