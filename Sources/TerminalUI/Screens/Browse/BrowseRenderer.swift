import JournalCore

/// Draws the browse list: a title line, the search line, column headings, the visible rows
/// only, a status line and the footer.
struct BrowseRenderer {
    let screen: BrowseScreen

    static let dateWidth = 16
    static let kindWidth = 12
    static let valueWidth = 13

    func render(on canvas: Canvas) {
        let size = canvas.size
        let left = 1
        let width = size.columns - 2
        let list = screen.list
        canvas.draw("Your entries", row: 0, column: left + 1, width: width, style: [.bold, .accent])
        let total = list.rows.count
        let count = list.shown.count == total ? "\(total) \(total == 1 ? "entry" : "entries")"
            : "\(list.shown.count) of \(total) · \(list.filter.label)"
        canvas.draw(count, row: 0, column: max(left + 16, size.columns - 1 - count.displayWidth), width: width - 15, style: .dim)

        if screen.searching || !list.query.isEmpty {
            canvas.draw("Search:", row: 1, column: left + 1, width: 8, style: .bold)
            screen.field.render(on: canvas, in: Rect(row: 1, column: left + 10, width: max(10, width - 10), height: 1), focused: screen.searching)
        } else {
            canvas.draw("Press / to search everything you wrote.", row: 1, column: left + 1, width: width, style: .dim)
        }
        let titleWidth = max(8, width - 3 - Self.dateWidth - Self.kindWidth - Self.valueWidth)
        let columns = TextWrapper.pad("Date", toWidth: Self.dateWidth) + TextWrapper.pad("Kind", toWidth: Self.kindWidth)
            + TextWrapper.pad("Title", toWidth: titleWidth) + " "
        // The last heading gives way to its short word before it would be cut.
        let heading = columns + ((columns + "Mood/feelings").displayWidth <= width - 2 ? "Mood/feelings" : "Mood")
        canvas.draw(heading, row: 2, column: left + 2, width: width - 2, style: [.dim, .underline])

        let viewport = screen.viewport
        if list.shown.isEmpty {
            canvas.draw(emptyMessage, row: 4, column: left + 2, width: width - 2)
        }
        for (offset, index) in viewport.visible.enumerated() {
            guard let row = list.row(at: index) else { break }
            let selected = index == viewport.selection
            let line = (selected ? "› " : "  ") + format(row, titleWidth: titleWidth)
            canvas.drawPadded(line, row: 3 + offset, column: left, width: width, style: selected ? .reverse : .plain)
        }
        canvas.draw(status, row: size.rows - 2, column: left + 1, width: width - 1, style: screen.notice == nil ? .dim : .bold)
        let keys = screen.keys
        keys.footer.render(on: canvas, in: Rect(size: size))
        screen.confirm?.render(on: canvas)
        if screen.isShowingHelp { keys.help(title: "Keys in the list").render(on: canvas) }
    }

    /// One row: date, kind, title and the mood or feelings, in fixed columns.
    func format(_ row: BrowseRow, titleWidth: Int) -> String {
        switch row {
        case .entry(let stored):
            let e = stored.entry
            let date = DayFormat.short(e.day) + " \(e.day.year)"
            return TextWrapper.pad(date, toWidth: Self.dateWidth) + TextWrapper.pad(EntryLayout.kindWord(e.kind), toWidth: Self.kindWidth)
                + TextWrapper.pad(TextWrapper.truncate(SafeText.visible(Self.title(for: e), keepNewlines: false), toWidth: titleWidth - 1), toWidth: titleWidth)
                + " " + Self.value(for: e)
        case .unreadable(let problem):
            let name = String(problem.relativePath.split(separator: "/").last ?? "")
            // The file name usually carries the date even when the content cannot be read.
            let day = LocalDay(parsing: String(BrowseRow.sortKey(fileName: problem.relativePath).prefix(10)))
            return TextWrapper.pad(day.map { DayFormat.short($0) + " \($0.year)" } ?? "", toWidth: Self.dateWidth) + TextWrapper.pad("unreadable", toWidth: Self.kindWidth)
                + TextWrapper.truncate(SafeText.visible(name, keepNewlines: false), toWidth: titleWidth - 1)
        }
    }

    /// The entry's title; a check-in, whose title is always the same, shows its first win.
    static func title(for e: Entry) -> String {
        if e.kind == .checkin, e.title.map({ $0.hasPrefix("Check-in") }) ?? true, let win = e.wins.first { return "Check-in: " + win }
        return e.displayTitle
    }

    /// "mood 6/10" for a check-in, "feelings 7→5" for a reflection.
    static func value(for e: Entry) -> String {
        if let mood = e.mood { return "mood \(mood)/10" }
        if let before = e.intensityBefore {
            return "feelings \(before)" + (e.intensityAfter.map { "→\($0)" } ?? "")
        }
        if let after = e.intensityAfter { return "feelings →\(after)" }
        return ""
    }

    private var emptyMessage: String {
        let list = screen.list
        if list.rows.isEmpty { return "Nothing here yet. What you save from a reflection or a check-in will appear here." }
        if !list.query.isEmpty {
            if !list.canSearch { return "Reading your entries…" }
            return "Nothing matches \u{201C}\(SafeText.visible(list.query, keepNewlines: false))\u{201D}. Fewer or shorter words find more."
        }
        return "No \(list.filter.label) yet. Press f to show another kind."
    }

    private var status: String {
        if let notice = screen.notice { return SafeText.visible(notice, keepNewlines: false) }
        let list = screen.list
        if !list.query.isEmpty, let snippet = list.snippet(at: screen.viewport.selection) {
            // A snippet cut before its match already opens with "…"; one is enough.
            let shown = SafeText.visible(snippet, keepNewlines: false)
            return shown.hasPrefix("…") ? shown : "…" + shown
        }
        if case .unreadable? = screen.selectedRow { return "This file could not be read; Enter shows why." }
        return ""
    }
}
