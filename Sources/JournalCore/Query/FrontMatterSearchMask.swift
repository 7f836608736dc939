/// Hides from a search the parts of a front matter that a person did not write: every key
/// name, and the whole line of the keys onward writes itself (`id`, `kind`, `status`,
/// `created`, `updated`). Without it `onward search created` listed every entry, and
/// `search note` every note, through `kind: note`. Values a person wrote (company, role,
/// wins, tags) stay searchable.
enum FrontMatterSearchMask {
    private static let ownKeys: [[UInt8]] = ["id", "kind", "status", "created", "updated"].map { Array($0.utf8) }

    /// Blanks (with spaces, so offsets stay put) the key names of the front matter that ends
    /// at `bodyStart`; nothing happens to a file without front matter.
    static func apply(_ bytes: inout [UInt8], bodyStart: Int) {
        guard bodyStart > 0, bodyStart <= bytes.count else { return }
        bytes.withUnsafeMutableBufferPointer { b in
            var i = 0
            while i < bodyStart && b[i] != 0x0A { i += 1 }  // the opening fence
            i += 1
            while i < bodyStart {
                var end = i
                while end < bodyStart && b[end] != 0x0A { end += 1 }
                // A top-level key starts the line; indented lines, list items and comments do not.
                if end > i, b[i] != 0x20, b[i] != 0x09, b[i] != 0x2D, b[i] != 0x23, b[i] != 0x2E {
                    var colon = i
                    while colon < end && b[colon] != 0x3A { colon += 1 }
                    if colon < end {
                        let key = UnsafeMutableBufferPointer(rebasing: b[i..<colon])
                        let stop = ownKeys.contains { $0.elementsEqual(key) } ? end : colon
                        for k in i..<stop { b[k] = 0x20 }
                    }
                }
                i = end + 1
            }
        }
    }
}
