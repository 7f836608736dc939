import JournalCore

extension ReflectionScreen {
    public func render(on canvas: Canvas) {
        let size = canvas.size
        let left = max(0, (size.columns - min(size.columns, 100)) / 2) + 2
        let width = contentWidth
        switch phase {
        case .step(let i): renderStep(i, on: canvas, left: left, width: width)
        case .summary: renderSummary(on: canvas, left: left, width: width)
        case .saved(let path): renderSaved(path, on: canvas, left: left, width: width)
        }
        // Messages wrap onto a second line rather than being cut.
        if size.rows > 4 { statusLine.render(on: canvas, above: size.rows - 1, left: left, width: width) }
        support.render(on: canvas, above: size.rows - 1 - statusLine.rows(width: width), left: left, width: width)
        Footer(hints).render(on: canvas, in: Rect(size: size))
        if showingHelp {
            canvas.setCursor(nil)
            keys.help(title: "Keys").render(on: canvas)
        }
    }

    private func renderStep(_ index: Int, on canvas: Canvas, left: Int, width: Int) {
        let size = canvas.size
        let step = guide.steps[index]
        // The timer's words sit quietly at the right of the header, never in the way of the text.
        let corner = step.timerMinutes != nil ? timer.map { " " + $0.caption } ?? "" : ""
        let headerWidth = max(10, width - corner.displayWidth)
        ProgressHeader(step: index + 1, total: guide.steps.count, title: step.title)
            .render(on: canvas, in: Rect(row: 0, column: left, width: width, height: 2))
        if !corner.isEmpty {
            canvas.draw(corner, row: 0, column: left + headerWidth, width: width - headerWidth, style: .dim)
        }
        var blocks = ScrollingBlocks()
        // The guide's own reassurance ("skip anything ...") comes before the first step's words.
        let welcome = index == 0 ? TextWrapper.lines(guide.intro, width: width) : []
        if !welcome.isEmpty {
            blocks.append(ScrollingBlocks.Block(height: welcome.count + 1) { canvas, row in
                for (n, line) in welcome.enumerated() { canvas.draw(line, row: row + n, column: left, width: width, style: .dim) }
            })
        }
        if index == 0, let reminder = setbackReminder {
            let lines = TextWrapper.lines(SafeText.visible(reminder, keepNewlines: false), width: width)
            blocks.append(ScrollingBlocks.Block(height: lines.count + 1) { canvas, row in
                for (n, line) in lines.enumerated() { canvas.draw(line, row: row + n, column: left, width: width, style: .bold) }
            })
        }
        // On a short screen the reassurance takes the place of the first step's own words,
        // so the first field still shows under it.
        let intro = welcome.isEmpty || size.rows >= 20 ? TextWrapper.lines(step.intro, width: width) : []
        if !intro.isEmpty {
            blocks.append(ScrollingBlocks.Block(height: intro.count + 1) { canvas, row in
                for (n, line) in intro.enumerated() { canvas.draw(line, row: row + n, column: left, width: width) }
            })
        }
        if step.input == .achievements, !earlierAchievements.isEmpty {
            let items = earlierAchievements.map { "  • " + TextWrapper.truncate(SafeText.visible($0, keepNewlines: false), toWidth: width - 4) }
            blocks.append(ScrollingBlocks.Block(height: items.count + 2) { canvas, row in
                canvas.draw("From your earlier entries:", row: row, column: left, width: width, style: .dim)
                for (n, line) in items.enumerated() { canvas.draw(line, row: row + 1 + n, column: left, width: width, style: .dim) }
            })
        }
        if step.id == "options", let resources = careerResources {
            let lines = TextWrapper.lines("Help you can call on: " + SafeText.visible(resources, keepNewlines: false), width: width)
            blocks.append(ScrollingBlocks.Block(height: lines.count + 1) { canvas, row in
                for (n, line) in lines.enumerated() { canvas.draw(line, row: row + n, column: left, width: width, style: .bold) }
            })
        }
        if let lines = applicationLines(for: step, width: width), !lines.isEmpty {
            blocks.append(ScrollingBlocks.Block(height: lines.count + 1) { canvas, row in
                for (n, line) in lines.enumerated() { canvas.draw(line, row: row + n, column: left, width: width, style: .dim) }
            })
        }
        let bottom = size.rows - 1 - statusLine.rows(width: width) - support.rows(width: width)
        stepForms[index].render(on: canvas, top: 3, bottom: bottom, left: left, width: width, textRows: areaRows, before: blocks.blocks)
    }

    /// What the tracked applications add to a step: step 3 counts them, step 7 lists the open
    /// ones, step 9 sets the week's goal beside the number actually added.
    private func applicationLines(for step: GuideStep, width: Int) -> [String]? {
        guard let applications else { return nil }
        switch (step.id, step.input) {
        case ("not-a-verdict", _):
            return TextWrapper.lines(applications.oneOfSentence, width: width)
        case ("options", _):
            guard !applications.open.isEmpty else { return nil }
            let shown = applications.open.prefix(5).map { r in
                "  • " + TextWrapper.truncate(SafeText.visible(r.title, keepNewlines: false) + " · " + r.stage.label, toWidth: width - 4)
            }
            let more = applications.open.count > 5 ? ["  and \(applications.open.count - 5) more"] : []
            return ["Still in flight:"] + shown + more
        case (_, .goals):
            let goal = answers.goalApplications.map { ", against a goal of \($0)" } ?? ""
            let n = applications.addedThisWeek
            return ["Applications added this week: \(n)\(goal)."]
        default:
            return nil
        }
    }

    private func renderSummary(on canvas: Canvas, left: Int, width: Int) {
        let size = canvas.size
        let heading = guide.isReflection ? "Your reflection, to read over before saving" : "What you wrote, to read over before saving"
        canvas.draw(heading, row: 0, column: left, width: width, style: .bold)
        let note = "Nothing is final: you can change any step (keys \(stepKeys)), and edit the file later."
        let shortNote = "Keys \(stepKeys) open a step again."
        canvas.draw(note.displayWidth <= width ? note : TextWrapper.truncate(shortNote, toWidth: width),
                    row: 1, column: left, width: width, style: .dim)
        let lines = SummaryRenderer.lines(for: finishedEntry, width: width)
        let top = 3
        let visible = max(1, size.rows - 2 - top)
        let scroll = min(summaryScroll, max(0, lines.count - visible))
        for (n, line) in lines.dropFirst(scroll).prefix(visible).enumerated() {
            canvas.draw(line.text, row: top + n, column: left, width: width, style: line.style)
        }
        canvas.setCursor(nil)
    }

    private func renderSaved(_ path: String, on canvas: Canvas, left: Int, width: Int) {
        let size = canvas.size
        let lines: [StyledLine] = [
            StyledLine("Saved.", .bold),
            StyledLine(""),
            StyledLine((guide.isReflection ? "Your reflection is in " : "What you wrote is in ") + path + "."),
            StyledLine(""),
            StyledLine("Thank you for taking the time. Go gently for the rest of the day."),
        ]
        var row = max(2, size.rows / 2 - 3)
        for line in lines {
            let wrapped = TextWrapper.lines(line.text, width: width)
            for text in wrapped {
                canvas.draw(text, row: row, column: left, width: width, style: line.style)
                row += 1
            }
            if wrapped.isEmpty { row += 1 }
        }
        canvas.setCursor(nil)
    }
}
