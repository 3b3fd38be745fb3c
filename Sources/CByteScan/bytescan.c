// `chronicle_json_plain_prefix` is a static inline function in include/cbytescan.h; this file
// only gives the target a source file.
#include "cbytescan.h"
