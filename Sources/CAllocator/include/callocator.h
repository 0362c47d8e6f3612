#ifndef THEMATIC_CALLOCATOR_H
#define THEMATIC_CALLOCATOR_H

/// Has the C allocator give every block of `bytes` or more its own mapping, returned to the system when freed (glibc
/// mallopt M_MMAP_THRESHOLD, which also stops glibc from raising the threshold by itself). Returns 1 when set, 0 where
/// the allocator has no such setting.
int thematic_map_large_blocks(int bytes);

#endif
