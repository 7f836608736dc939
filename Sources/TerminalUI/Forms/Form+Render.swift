import JournalCore

extension Form {
    /// Draws the fields from row `top` to just above row `bottom`, after the screen's own `before`
    /// blocks (an intro), scrolled so the focused field is in view, with the look's "more" lines.
    /// `textRows` is the height a text box starts at.
    public func render(on canvas: Canvas, top: Int, bottom: Int, left: Int, width: Int, textRows: Int,
                       before: [ScrollingBlocks.Block] = []) {
        var blocks = ScrollingBlocks(moreAbove: look.moreAbove, moreBelow: look.moreBelow)
        for block in before { blocks.append(block) }
        for (i, field) in fields.enumerated() {
            blocks.append(block(for: field, focused: i == focus && field.widget.canFocus, top: top, bottom: bottom,
                                left: left, width: width, textRows: textRows))
        }
        blocks.render(on: canvas, top: top, bottom: bottom, left: left, width: width)
    }

    private func block(for field: FormField<ID, Values>, focused: Bool, top: Int, bottom: Int, left: Int, width: Int,
                       textRows: Int) -> ScrollingBlocks.Block {
        let widget = field.widget
        switch field.placement {
        case .bare:
            let h = Self.height(of: widget, focused: focused, room: WidgetRoom(width: width, preferredRows: textRows, maxRows: bottom - top))
            return ScrollingBlocks.Block(height: h + field.gapAfter, isFocused: focused) { canvas, row in
                Self.draw(widget, on: canvas, in: Rect(row: row, column: left, width: width, height: h), focused: focused)
            }
        case .beside(let labelWidth) where widget.sitsBesideLabel(focused: focused):
            let note = field.note, label = field.label
            return ScrollingBlocks.Block(height: 1 + (note == nil ? 0 : 1) + field.gapAfter, isFocused: focused) { canvas, row in
                Self.drawLabel(label, focused: focused, on: canvas, row: row, left: left, width: labelWidth - 1)
                Self.draw(widget, on: canvas, in: Rect(row: row, column: left + labelWidth, width: width - labelWidth, height: 1),
                          focused: focused)
                if let note {
                    canvas.draw(note, row: row + 1, column: left + labelWidth, width: width - labelWidth, style: .dim)
                }
            }
        default:
            let label: [String]
            let labelWidth: Int
            if let lines = look.labelLines {
                label = Array(TextWrapper.lines(field.label, width: width).prefix(lines))
                labelWidth = width
            } else {
                label = [field.label]
                labelWidth = width - 1
            }
            // A focused widget may take the rows left under a "more" line, its label and a "more" line.
            let room = WidgetRoom(width: width - 2, preferredRows: textRows, maxRows: bottom - top - label.count - 2)
            let h = Self.height(of: widget, focused: focused, room: room)
            return ScrollingBlocks.Block(height: label.count + h + field.gapAfter, isFocused: focused) { canvas, row in
                for (n, line) in label.enumerated() {
                    Self.drawLabel(line, focused: focused, on: canvas, row: row + n, left: left, width: labelWidth, marker: n == 0)
                }
                Self.draw(widget, on: canvas, in: Rect(row: row + label.count, column: left + 2, width: width - 2, height: h),
                          focused: focused)
            }
        }
    }

    /// One row for a folded widget, else what the widget asks for.
    static func height(of widget: any FormWidget, focused: Bool, room: WidgetRoom) -> Int {
        if !focused, widget.collapsedSummary != nil { return 1 }
        return widget.height(for: room, focused: focused)
    }

    /// A widget without focus that can fold is drawn as its one-line summary ("—" when empty, dim).
    static func draw(_ widget: any FormWidget, on canvas: Canvas, in rect: Rect, focused: Bool) {
        if !focused, let summary = widget.collapsedSummary {
            canvas.draw(summary, row: rect.row, column: rect.column, width: rect.width, style: summary == "—" ? .dim : .plain)
            return
        }
        widget.render(on: canvas, in: rect, focused: focused)
    }

    /// A label, bold with a "›" in the margin when its field has the focus.
    static func drawLabel(_ text: String, focused: Bool, on canvas: Canvas, row: Int, left: Int, width: Int, marker: Bool = true) {
        canvas.draw(text, row: row, column: left, width: width, style: focused ? .bold : .plain)
        if focused, marker { canvas.draw("›", row: row, column: max(0, left - 2), width: 1, style: .bold) }
    }
}
