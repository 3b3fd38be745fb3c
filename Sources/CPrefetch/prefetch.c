// `chronicle_prefetch` is a static inline function in include/cprefetch.h; this file only gives
// the target a source file.
#include "cprefetch.h"
