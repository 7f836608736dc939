import JournalCore

extension CheckinScreen {
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
keys.help(title: "Keys").render(on: canvas)
        }
    }

    private func renderForm(on canvas: Canvas, left: Int, width: Int) {
        let size = canvas.size
        let title = setup.draft != nil ? "Check-in, picked up" : "Daily check-in"
        canvas.draw(title, row: 0, column: left, width: width, style: [.bold, .accent])
        let date = DayFormat.long(setup.day)
        canvas.draw(date, row: 0, column: left + max(title.displayWidth + 2, width - date.displayWidth), width: width - title.displayWidth - 2)
        var header: [String] = setup.pickedUpText.map { [$0] } ?? []
        if showStreak { header.append(StreakMessage.text(otherDays: setup.otherDays, day: setup.day, dayIsSaved: setup.existing != nil)) }
        if let weekly = weeklyText { header.append(weekly.prefix(1).uppercased() + weekly.dropFirst()) }
        if header.isEmpty { header.append("About a minute. Skip anything you like.") }
        // Two rows at most, whole sentences first; one cut short ends in "…".
        var headerLines: [String] = []
        for sentence in header {
            let lines = TextWrapper.lines(sentence, width: width), room = 2 - headerLines.count
            guard room > 0 else { break }
            if lines.count <= room { headerLines += lines; continue }
            headerLines += lines.prefix(room - 1) + [TextWrapper.truncate(lines[room - 1] + " …", toWidth: width)]
        }
        for (n, line) in headerLines.enumerated() {
            canvas.draw(line, row: 1 + n, column: left, width: width, style: .dim)
        }
        // The fields start under the header and one blank row, so a short header leaves no gap.
        let top = 2 + headerLines.count
        let bottom = size.rows - 1 - statusLine.rows(width: width) - support.rows(width: width)

        form.render(on: canvas, top: top, bottom: bottom, left: left, width: width, textRows: noteRows)
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
