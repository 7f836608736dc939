/// `onward export --format html`: one self-contained page (inline style, no scripts, no
/// links out) that reads well on screen and prints one entry after another.
public enum HTMLExport {
    public static func render(entries: [StoredEntry], exportedAt: LocalTimestamp) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="onward">
        <title>Journal</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><h1>Journal</h1><p class="meta">Exported from onward on \(exportedAt.day), \(entries.count) \(entries.count == 1 ? "entry" : "entries").</p></header>

        """
        for stored in entries {
            out += article(stored)
        }
        out += "</body>\n</html>\n"
        return out
    }

    private static func article(_ stored: StoredEntry) -> String {
        let e = stored.entry
        var out = "<article id=\"\(HTMLText.escape(e.id.rawValue))\">\n"
        out += "<h2>\(HTMLText.escape(e.displayTitle))</h2>\n<dl>\n"
        for fact in EntryFacts.of(e) {
            out += "<dt>\(HTMLText.escape(fact.label))</dt><dd>\(HTMLText.escape(fact.text))</dd>\n"
        }
        out += "</dl>\n"
        if !e.preamble.isEmpty { out += blocks(e.preamble) }
        for section in e.sections {
            out += "<h3>\(HTMLText.escape(section.heading))</h3>\n" + blocks(section.body)
        }
        return out + "</article>\n"
    }

    /// A Markdown body as HTML, kept simple on purpose: bullet lines become a list, other
    /// runs of lines a paragraph that keeps its line breaks; everything else is shown as written.
    static func blocks(_ text: String) -> String {
        var out = ""
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty { out += "<p>" + paragraph.map(HTMLText.escape).joined(separator: "<br>\n") + "</p>\n" }
            if !items.isEmpty { out += "<ul>\n" + items.map { "<li>" + HTMLText.escape($0) + "</li>\n" }.joined() + "</ul>\n" }
            paragraph = []
            items = []
        }
        for line in TextLines.split(text) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                flush()
            } else if let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " " {
                if !paragraph.isEmpty { flush() }
                items.append(String(trimmed.dropFirst(2)))
            } else if !items.isEmpty, line.first == " " || line.first == "\t" {
                items[items.count - 1] += " " + trimmed
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(String(line))
            }
        }
        flush()
        return out
    }

    private static let style = """
    body{font:16px/1.5 Georgia,"Times New Roman",serif;max-width:42em;margin:2em auto;padding:0 1em;color:#111;background:#fff}
    h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.2}
    h2{margin-top:2.5em;border-bottom:1px solid #999;padding-bottom:.2em}
    article{page-break-inside:auto}
    dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;font-size:.9em}
    dt{font-weight:bold}dd{margin:0}
    p{white-space:pre-wrap}
    .meta{font-style:italic}
    @media print{body{margin:0;max-width:none;font-size:11pt}article{page-break-before:always}article:first-of-type{page-break-before:auto}}
    """
}
