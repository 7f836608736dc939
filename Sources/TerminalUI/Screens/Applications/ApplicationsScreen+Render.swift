import JournalCore

extension ApplicationsScreen {
    public func render(on canvas: Canvas) {
        let size = canvas.size
        let left = 2, inner = max(10, size.columns - 4)
        canvas.draw("Applications", row: 0, column: left, width: inner, style: [.bold, .accent])
        let counts = lines.isEmpty ? "" : "\(openCount) open · \(closedCount) closed"
        if !counts.isEmpty, counts.displayWidth + 14 < inner {
            canvas.draw(counts, row: 0, column: left + inner - counts.displayWidth, width: counts.displayWidth)
        }
        let listTop = 2
        // Why an answer was refused may take up to three rows above its question (a sentence naming
        // a long file, then the reason): the list gives them up while the question is open.
        let promptNoticeRows = prompt == nil ? 1
            : min(3, max(1, notice.map { TextWrapper.lines(SafeText.visible($0, keepNewlines: false), width: inner).count } ?? 1))
        // Room for the notice or the prompt, and the footer.
        let listBottom = size.rows - 2 - promptNoticeRows
        if lines.isEmpty {
            for (i, line) in TextWrapper.lines("No applications yet. Press a to add the first one: the company, then the role.", width: inner).enumerated()
            where listTop + i < listBottom {
                canvas.draw(line, row: listTop + i, column: left, width: inner)
            }
        } else {
            let height = max(1, listBottom - listTop)
            let window = listWindow(height: height)
            top = window.top
            for (offset, index) in window.shown.enumerated() {
                let row = listTop + window.firstRow + offset
                switch lines[index] {
                case .heading(let name, let count):
                    canvas.draw("\(name) (\(count))", row: row, column: left, width: inner, style: .bold)
                case .application(let r):
                    drawRow(r, on: canvas, row: row, left: left, width: inner, selected: selection == index)
                }
            }
            drawMarkers(window, on: canvas, top: listTop, height: height, left: left, width: inner)
        }
        if let prompt {
            if let notice {
                drawAboveFooter(SafeText.visible(notice, keepNewlines: false), rows: promptNoticeRows, bottomRow: size.rows - 3, on: canvas, style: .bold)
            }
            let label = prompt.label + " "
            // The question keeps its words while the answer still has room to be read (16
            // columns: a date and then some); narrower, it ends in "…" rather than being cut.
            let used = prompt.isYesNo ? inner : min(label.displayWidth, max(inner / 2, inner - 16))
            let shownLabel = label.displayWidth <= used ? label : TextWrapper.truncate(prompt.label, toWidth: used - 1) + " "
            canvas.draw(shownLabel, row: size.rows - 2, column: left, width: used, style: .bold)
            if !prompt.isYesNo {
                prompt.field.render(on: canvas, in: Rect(row: size.rows - 2, column: left + used, width: inner - used, height: 1), focused: true)
            }
        } else if let notice {
            drawAboveFooter(SafeText.visible(notice, keepNewlines: false), rows: 2, bottomRow: size.rows - 2, on: canvas, style: .bold)
        } else if let r = selected, let days = r.quietDays(today: today, after: quietAfterDays) {
            let words = ApplicationRecord.quietWords(days)
            let hint = words.prefix(1).uppercased() + words.dropFirst() + ": a short follow-up may help, or it may be time to let it go."
            drawAboveFooter(hint, rows: 2, bottomRow: size.rows - 2, on: canvas, style: .dim)
        }
        keys.footer.render(on: canvas, in: Rect(size: size))
        if showingHelp { keys.help(title: "Keys on this screen").render(on: canvas) }
    }

    /// The list's rows on screen: the selected application always, and the heading of its group
    /// too when it is the group's first (so moving up shows which group it is in).
    private func listWindow(height: Int) -> ScrollWindow {
        let cursor = selection ?? 0
        let plain = ScrollWindow(showing: cursor, from: top, height: height, count: lines.count)
        guard cursor > 0, cursor - 1 < plain.top, lines[cursor - 1].record == nil else { return plain }
        let withHeading = ScrollWindow(showing: cursor - 1, from: top, height: height, count: lines.count)
        return withHeading.shown.contains(cursor) ? withHeading : plain
    }

    /// "↑ 3 more above · screening call" and "↓ 8 more below · closed": how many applications
    /// are out of view, and the groups they are in, so no group is out of view unsaid.
    private func drawMarkers(_ window: ScrollWindow, on canvas: Canvas, top listTop: Int, height: Int, left: Int, width: Int) {
        guard window.markerRows else { return }
        func text(_ hidden: Range<Int>, above: Bool) -> String {
            let count = lines[hidden].count { $0.record != nil }
            let base = ScrollWindow.marker(count, above: above, width: width)
            // The groups the hidden rows belong to: above, the one the first shown row is in; below,
            // every heading out of view (or the group the rows continue).
            var groups: [String] = []
            if above {
                if let heading = lines[..<(hidden.upperBound + 1)].last(where: { $0.record == nil }), case .heading(let name, _) = heading,
                   lines[hidden.upperBound].record != nil { groups.append(name) }
            } else {
                for line in lines[hidden] { if case .heading(let name, _) = line { groups.append(name) } }
            }
            let full = groups.isEmpty ? base : base + " · " + groups.joined(separator: ", ")
            return full.displayWidth <= width ? full : base
        }
        if window.hiddenAbove > 0 {
            canvas.drawPadded(text(0..<window.top, above: true), row: listTop, column: left, width: width, style: .dim)
        }
        if window.hiddenBelow > 0 {
            canvas.drawPadded(text(window.shown.upperBound..<lines.count, above: false), row: listTop + height - 1, column: left, width: width, style: .dim)
        }
    }

    /// Draws `text` wrapped into at most `rows` lines ending at `bottomRow` (the free row under
    /// the list and the one above the footer), never cut mid-word: what does not fit ends in "…".
    private func drawAboveFooter(_ text: String, rows: Int, bottomRow: Int, on canvas: Canvas, style: Style) {
        let left = 2, inner = max(10, canvas.size.columns - 4)
        let all = TextWrapper.lines(text, width: inner)
        var shown = Array(all.prefix(rows))
        if shown.count < all.count, let last = shown.indices.last {
            shown[last] = TextWrapper.truncate(shown[last] + " …", toWidth: inner)
        }
        for (i, line) in shown.enumerated() {
            canvas.draw(line, row: bottomRow - (shown.count - 1) + i, column: left, width: inner, style: style)
        }
    }

    private func drawRow(_ r: ApplicationRecord, on canvas: Canvas, row: Int, left: Int, width: Int, selected: Bool) {
        let title = SafeText.visible(r.title, keepNewlines: false)
        // The facts on the right: the next action, then its day and the quiet words, which are
        // kept whole; when the row is narrow only the next action's own words are shortened.
        var facts = ""
        if !r.isOpen {
            facts = r.outcome.label + " · " + DayFormat.short(r.closedOn ?? r.lastEventDay, today: today)
        } else if let days = r.quietDays(today: today, after: quietAfterDays) {
            facts = ApplicationRecord.quietWords(days)
        }
        var next = ""
        if r.isOpen, let action = r.nextAction {
            let when = r.nextActionOn.map { r.nextActionIsDue(today: today) ? " · due" + ($0 < today ? " since " + DayFormat.short($0, today: today) : " today") : " · " + DayFormat.short($0, today: today) } ?? ""
            next = SafeText.visible(action, keepNewlines: false)
            facts = when.dropFirst(3) + (facts.isEmpty || when.isEmpty ? "" : " · ") + facts
        }
        let room = width - 2, label = "next: "
        let titleLeast = min(title.displayWidth, 10)
        // The next action shows while the facts leave it a few columns beside the shortest title;
        // else its day and the quiet words come first.
        if !next.isEmpty, room - 2 - titleLeast - facts.displayWidth - 3 - label.displayWidth < 4 { next = "" }
        let kept = facts.isEmpty || next.isEmpty ? facts : " · " + facts
        let detailWidth = (next.isEmpty ? 0 : label.displayWidth + next.displayWidth) + kept.displayWidth
        guard detailWidth > 0 else {
            canvas.drawPadded((selected ? "› " : "  ") + TextWrapper.truncate(title, toWidth: max(4, room)), row: row, column: left, width: width,
                              style: selected ? .reverse : .plain)
            return
        }
        // All fits: as it is. Else the title gives up to half the row, and more (down to 10
        // columns) when the facts and the start of the next action need it.
        let least = next.isEmpty ? kept.displayWidth : kept.displayWidth + label.displayWidth + min(next.displayWidth, 8)
        let titleWidth = title.displayWidth + 2 + detailWidth <= room ? title.displayWidth
            : max(titleLeast, min(title.displayWidth, room - 2 - max(least, room - room / 2)))
        let detailRoom = max(0, room - titleWidth - 2)
        var detail = (next.isEmpty ? "" : label + next) + kept
        if detail.displayWidth > detailRoom {
            detail = next.isEmpty ? TextWrapper.truncate(detail, toWidth: detailRoom)
                : label + TextWrapper.truncate(next, toWidth: max(1, detailRoom - kept.displayWidth - label.displayWidth)) + kept
        }
        let line = (selected ? "› " : "  ") + TextWrapper.pad(TextWrapper.truncate(title, toWidth: titleWidth), toWidth: titleWidth)
            + (detail.isEmpty ? "" : "  " + detail)
        canvas.drawPadded(line, row: row, column: left, width: width, style: selected ? .reverse : .plain)
    }
}
