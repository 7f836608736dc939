import JournalCore

extension CheckinScreen {
    /// The keys that work on the focused part, for the footer and `?`.
    public var hints: [KeyHint] {
        if case .saved = phase { return [KeyHint("Enter", "back"), KeyHint("q", "quit")] }
        var hints = [KeyHint("Tab", "next"), KeyHint("Shift-Tab", "back", priority: 2)]
        var takesText = false
        switch focusedStop {
        case .field(let i):
            let widget = fields[i].widget
            takesText = widget.takesText
            switch widget {
            case .scale: hints.append(KeyHint("←→", "set"))
            case .checklist: hints.append(KeyHint("Space", "tick"))
            default: break
            }
        case .followUps:
            hints.append(KeyHint("Space", "done"))
            if followUps.focused?.plan != nil { hints.append(KeyHint("n", "not today")) }
        case .save: hints.append(KeyHint("Enter", "save"))
        }
        hints += [KeyHint("Ctrl-S", "save"), KeyHint("Esc", "pause"), KeyHint(takesText ? "F1" : "?", "keys")]
        return hints
    }

    /// The weekly goals line, counting what the form says for the day: "applications this week: 3 of 5".
    var weeklyText: String? {
        let v = values
        // The base leaves out the day's saved entry; the form stands in for it.
        let p = setup.weekly.adding(applications: v.applications ?? 0, contacts: v.contacts ?? 0)
        var parts: [String] = []
        if let goal = p.goalApplications { parts.append("applications this week: \(p.applications) of \(goal)") }
        if let goal = p.goalContacts { parts.append("people contacted: \(p.contacts) of \(goal)") }
        if parts.isEmpty, p.applications + p.contacts > 0 {
            parts.append("this week so far: \(p.applications) applications, \(p.contacts) people contacted")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let left = max(0, (size.columns - min(size.columns, 100)) / 2) + 2
        let width = contentWidth
        switch phase {
        case .editing: renderForm(on: canvas, left: left, width: width)
        case .saved(let path, let updated): renderSaved(path, updated: updated, on: canvas, left: left, width: width)
        }
        // Messages wrap onto a second line rather than being cut.
        if size.rows > 4 { statusLine.render(on: canvas, above: size.rows - 1, left: left, width: width) }
        if phase == .editing { support.render(on: canvas, above: size.rows - 1 - statusLine.rows(width: width), left: left, width: width) }
        Footer(hints).render(on: canvas, in: Rect(size: size))
        if showingHelp {
            canvas.setCursor(nil)
            HelpOverlay(title: "Keys", hints: hints + [KeyHint("↑↓", "move between fields"), KeyHint("Backspace", "clear a value"),
                                                       KeyHint("Ctrl-C", "leave (the draft is kept)")]).render(on: canvas)
        }
    }

    private var labelWidth: Int { 24 }

    private func renderForm(on canvas: Canvas, left: Int, width: Int) {
        let size = canvas.size
        let title = setup.day == setup.started.day && setup.draft == nil ? "Daily check-in" : "Check-in"
        canvas.draw(title, row: 0, column: left, width: width, style: [.bold, .accent])
        let date = DayFormat.long(setup.day)
        canvas.draw(date, row: 0, column: left + max(title.displayWidth + 2, width - date.displayWidth), width: width - title.displayWidth - 2)
        var header: [String] = []
        if showStreak { header.append(StreakMessage.text(otherDays: setup.otherDays, day: setup.day, dayIsSaved: setup.existing != nil)) }
        if let weekly = weeklyText { header.append(weekly.prefix(1).uppercased() + weekly.dropFirst()) }
        if header.isEmpty { header.append("About a minute. Skip anything you like.") }
        let headerLines = header.prefix(2).flatMap { TextWrapper.lines($0, width: width) }.prefix(2)
        for (n, line) in headerLines.enumerated() {
            canvas.draw(line, row: 1 + n, column: left, width: width, style: .dim)
        }
        // The fields start under the header and one blank row, so a short header leaves no gap.
        let top = 2 + headerLines.count
        let bottom = size.rows - 1 - statusLine.rows(width: width) - support.rows(width: width)

        var blocks = ScrollingBlocks()
        let groupEnds: Set<CheckinFieldID> = [.sleep, .selfCare, .learning, .win]
        for stop in stops {
            let focused = stop == focusedStop
            switch stop {
            case .field(let i):
                let field = fields[i]
                let gap = groupEnds.contains(field.id) ? 1 : 0
                if field.isInline(focused: focused) {
                    let extra = field.id == .win ? earlierWins : nil
                    blocks.append(ScrollingBlocks.Block(height: 1 + (extra == nil ? 0 : 1) + gap, isFocused: focused) { [labelWidth] canvas, row in
                        Self.drawLabel(field.label, focused: focused, on: canvas, row: row, left: left, width: labelWidth)
                        field.widget.render(on: canvas, in: Rect(row: row, column: left + labelWidth, width: width - labelWidth, height: 1),
                                            focused: focused)
                        if let extra {
                            canvas.draw(extra, row: row + 1, column: left + labelWidth, width: width - labelWidth, style: .dim)
                        }
                    })
                } else {
                    // The box may take the rows left under a "more above" line and its label, and a gap.
                    let h = field.widget.height(areaRows: noteRows, focused: focused, width: width - 2, maxRows: bottom - top - 3)
                    blocks.append(ScrollingBlocks.Block(height: 1 + h + gap, isFocused: focused) { canvas, row in
                        Self.drawLabel(field.label, focused: focused, on: canvas, row: row, left: left, width: width)
                        field.widget.render(on: canvas, in: Rect(row: row + 1, column: left + 2, width: width - 2, height: h), focused: focused)
                    })
                }
            case .followUps:
                let list = followUps
                blocks.append(ScrollingBlocks.Block(height: 1 + list.items.count + 1, isFocused: focused) { canvas, row in
                    Self.drawLabel(list.title, focused: focused, on: canvas, row: row, left: left, width: width)
                    list.render(on: canvas, in: Rect(row: row + 1, column: left + 2, width: width - 2, height: list.items.count), focused: focused)
                })
            case .save:
                if !setup.dueActions.isEmpty {
                    // Read-only: the next actions of applications that are due, beside the follow-ups.
                    let items = setup.dueActions.prefix(4).map { r in
                        "• " + SafeText.visible(r.title + ": " + (r.nextAction ?? ""), keepNewlines: false)
                            + (r.nextActionOn.map { $0 < setup.day ? " (since " + DayFormat.short($0) + ")" : " (today)" } ?? "")
                    }
                    blocks.append(ScrollingBlocks.Block(height: 1 + items.count + 1) { canvas, row in
                        canvas.draw("Next for your applications", row: row, column: left, width: width)
                        for (n, item) in items.enumerated() {
                            canvas.draw(item, row: row + 1 + n, column: left + 2, width: width - 2, style: .dim)
                        }
                    })
                }
                let text = setup.existing == nil ? "Save check-in" : "Save changes"
                blocks.append(ScrollingBlocks.Block(height: 1, isFocused: focused) { canvas, row in
                    canvas.draw((focused ? "› " : "  ") + "[ \(text) ]", row: row, column: left, width: width,
                                style: focused ? .reverse : .bold)
                })
            }
        }
        blocks.render(on: canvas, top: top, bottom: bottom, left: left, width: width)
    }

    /// The wins already in the day's entry, so a new one is added rather than typed again.
    private var earlierWins: String? {
        guard let wins = setup.existing?.entry.wins, !wins.isEmpty else { return nil }
 return "already noted: " + SafeText.visible(wins.joined(separator: "; "), keepNewlines: false)
    }

    private static func drawLabel(_ label: String, focused: Bool, on canvas: Canvas, row: Int, left: Int, width: Int) {
        canvas.draw(label, row: row, column: left, width: width - 1, style: focused ? .bold : .plain)
        if focused { canvas.draw("›", row: row, column: max(0, left - 2), width: 1, style: .bold) }
    }

    private func renderSaved(_ path: String, updated: Bool, on canvas: Canvas, left: Int, width: Int) {
        let size = canvas.size
        var lines: [StyledLine] = [
            StyledLine(updated ? "Saved: your check-in for the day is updated." : "Saved.", .bold),
            StyledLine(""),
            StyledLine("It is in " + path + "."),
        ]
        if showStreak {
            lines += [StyledLine(""), StyledLine(StreakMessage.text(otherDays: setup.otherDays, day: setup.day, dayIsSaved: updated))]
        }
        lines += [StyledLine(""), StyledLine("Thank you for checking in with yourself.")]
        if let invitation = setup.invitation { lines += [StyledLine(""), StyledLine(invitation.text, .dim)] }
        var row = max(2, size.rows / 2 - 4)
        for line in lines {
            for wrapped in TextWrapper.lines(line.text, width: width) {
                canvas.draw(wrapped, row: row, column: left, width: width, style: line.style)
                row += 1
            }
        }
        canvas.setCursor(nil)
    }
}
