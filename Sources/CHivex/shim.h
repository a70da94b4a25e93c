// The one C header the SAM reader needs: libhivex (Debian libhivex-dev), found by pkg-config.
#ifndef HYBRIDBENCH_CHIVEX_SHIM_H
#define HYBRIDBENCH_CHIVEX_SHIM_H
#include <hivex.h>
#endif
