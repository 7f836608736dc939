import JournalCore

/// Where the journal lives, for the home screen's one line saying that nothing leaves this machine.
public struct JournalPlace: Equatable, Sendable {
    /// The journal folder, with the home folder written as `~`.
    public var path: String

    /// The place of the journal at `root`; `home` (from `HOME`) is shortened to `~`.
    public init(root: String, home: String?) {
        if let home, !home.isEmpty, home != "/", root == home || root.hasPrefix(home + "/") {
            path = "~" + root.dropFirst(home.count)
        } else {
            path = root
        }
    }

    /// The line at `width` columns: the whole sentence when it fits, else the path's end kept.
    public func line(width: Int) -> String {
        let shown = SafeText.visible(path, keepNewlines: false)
        let full = "Your journal stays on this machine, in \(shown). Nothing is sent anywhere."
        if full.displayWidth <= width { return full }
        let short = "Stays on this machine, in \(shown)"
        if short.displayWidth <= width { return short }
        let plain = "On this machine only: " + shown
        if plain.displayWidth <= width { return plain }
        let lead = "On this machine only: …"
        var tail = ""
        for c in shown.reversed() {
            if lead.displayWidth + tail.displayWidth + c.description.displayWidth > width { break }
            tail = String(c) + tail
        }
        return TextWrapper.truncate(lead + tail, toWidth: width)
    }
}
