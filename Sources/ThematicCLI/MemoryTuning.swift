import CAllocator

/// How the C allocator is set up for a run over a large corpus.
enum MemoryTuning {
    /// Gives every allocation of 256 KiB or more its own mapping, returned to the system when freed.
    ///
    /// glibc raises its mapping threshold to the size of each large block freed, up to 32 MiB; a run's large
    /// short-lived buffers (decoded chunks of transcripts and codings, JSON pieces) then come from the heap, where
    /// the small long-lived allocations between them keep the freed space from going back — the peak resident
    /// memory grew with the corpus although what was live did not (20,000 interviews: 225 MiB instead of 191 MiB).
    static func apply() {
        _ = thematic_map_large_blocks(256 * 1024)
    }
}
