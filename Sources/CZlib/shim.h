#ifndef THEMATIC_CZLIB_SHIM_H
#define THEMATIC_CZLIB_SHIM_H
#include <zlib.h>

/// `inflateInit2` is a macro Swift cannot call; a raw-deflate (ZIP member) stream needs windowBits -15.
static inline int thematic_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
#endif
