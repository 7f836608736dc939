import JournalCore

/// Draws the insights screen: the tabs, then the current list or the trends page.
struct InsightsRenderer {
    let screen: InsightsScreen

    func render(on canvas: Canvas) {
        let size = canvas.size
        let left = 2
        let width = size.columns - 4
        var column = left
        let counted = InsightsTab.allCases.map { tab -> String in
            let count: String
            switch tab {
            case .achievements: count = " (\(screen.achievements.count))"
            case .lessons: count = " (\(screen.lessons.filter { !$0.isHeading }.count))"
            case .wins: count = " (\(screen.wins.count))"
            case .trends: count = ""
            }
            return " \(tab.rawValue + 1) \(tab.title)\(count) "
        }
        let bare = InsightsTab.allCases.map { " \($0.rawValue + 1) \($0.title) " }
        let tight = InsightsTab.allCases.map { "\($0.rawValue + 1) \($0.title)" }
        // Narrowest: the tab shown keeps its name, the others their number.
        let numbers = InsightsTab.allCases.map { $0 == screen.tab ? " \($0.rawValue + 1) \($0.title) " : "\($0.rawValue + 1)" }
        func room(_ labels: [String]) -> Int { labels.map { $0.displayWidth + 1 }.reduce(0, +) }
        // On a narrow terminal the counts give way, then the screen's name, then the padding and
        // the other tabs' names, so every tab still shows whole.
        if room(bare) + "Insights".count + 3 <= width {
            column += canvas.draw("Insights", row: 0, column: column, width: width, style: [.bold, .accent]) + 3
        }
        let labels = [counted, bare, tight].first { room($0) <= left + width - column } ?? numbers
        for tab in InsightsTab.allCases {
            let label = labels[tab.rawValue]
            column += canvas.draw(label, row: 0, column: column, width: max(0, left + width - column),
                                  style: tab == screen.tab ? [.reverse, .bold] : .plain) + 1
        }
        canvas.draw(subtitle, row: 1, column: left, width: width, style: .dim)
        let top = 3
        switch screen.tab {
        case .trends:
            let first = screen.viewport(.trends).selection
            for (i, line) in screen.trends.dropFirst(first).prefix(screen.bodyHeight).enumerated() {
                canvas.draw(line.text, row: top + i, column: left, width: width, style: line.style)
            }
        case .achievements, .lessons, .wins:
            drawList(on: canvas, top: top, left: left, width: width)
        }
        let keys = screen.keys
        keys.footer.render(on: canvas, in: Rect(size: size))
        if screen.isShowingHelp { keys.help(title: "Keys in insights").render(on: canvas) }
    }

    private func drawList(on canvas: Canvas, top: Int, left: Int, width: Int) {
        let lines = screen.currentLines
        let v = screen.viewport(screen.tab)
        if lines.isEmpty {
            let message: String
            switch screen.tab {
            case .achievements: message = "No achievements written down yet. Each reflection asks for one thing you are proud of; they gather here."
            case .wins: message = "No small wins yet. The check-in and the reflection each ask for one; they gather here."
            default: message = "No lessons yet. The reflection asks what you would keep or change; they gather here."
            }
            for (i, line) in TextWrapper.lines(message, width: width).enumerated() {
                canvas.draw(line, row: top + i, column: left, width: width)
            }
            return
        }
        for (offset, index) in v.visible.enumerated() {
            let line = lines[index]
            let selected = index == v.selection
            let text: String
            let style: Style
            if screen.tab == .achievements || screen.tab == .wins {
                text = TextWrapper.pad(DayFormat.short(line.day) + " \(line.day.year)", toWidth: 17) + "• " + SafeText.visible(line.text, keepNewlines: false)
                style = .plain
            } else if line.isHeading {
                text = DayFormat.short(line.day) + " \(line.day.year) · " + SafeText.visible(line.text, keepNewlines: false)
                style = .bold
            } else {
                text = "    • " + SafeText.visible(line.text, keepNewlines: false)
                style = .plain
            }
            let marked = (selected ? "› " : "  ") + TextWrapper.truncate(text, toWidth: width - 2)
            canvas.drawPadded(marked, row: top + offset, column: left - 1, width: width + 1, style: selected ? style.union(.reverse) : style)
        }
        // The selected item in full with where it came from: the list cuts long lines.
        if lines.indices.contains(v.selection) {
            let line = lines[v.selection]
            let detail = line.isHeading ? "Enter opens this entry." : "From \u{201C}\(line.source)\u{201D}, \(DayFormat.long(line.day)). Enter opens it."
            canvas.draw(TextWrapper.truncate(SafeText.visible(detail, keepNewlines: false), toWidth: width),
                        row: canvas.size.rows - 2, column: left, width: width, style: .dim)
        }
    }

    private var subtitle: String {
        switch screen.tab {
        case .achievements: return "Remember your value: everything you were proud of, newest first."
        case .lessons: return "What you learned, grouped by the entry it came from."
        case .trends: return "How things have been going. Every line moves at its own pace."
        case .wins: return "Every small win from your check-ins and reflections, newest first."
        }
    }
}
