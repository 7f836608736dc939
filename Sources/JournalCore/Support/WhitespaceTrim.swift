import Foundation

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, without its cost when there is nothing to trim:
    /// a text that starts and ends with a printable ASCII character other than a space is
    /// returned as it is (Foundation's trim copies through NSString, and the insights and
    /// the applications list trim every bullet of the journal).
    func trimmedOfSpaces() -> String {
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return String(self)
        }
        return trimmingCharacters(in: .whitespaces)
    }
}
