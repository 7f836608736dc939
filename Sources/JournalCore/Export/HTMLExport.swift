import Foundation
import Ink

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
        out += "<h2>\(HTMLText.escape(e.displayTitle))</h2>\n<p class=\"meta\">\(HTMLText.escape(DayWords.long(e.day)))</p>\n<dl>\n"
        for fact in EntryFacts.of(e) {
            out += "<dt>\(HTMLText.escape(fact.label))</dt><dd>\(HTMLText.escape(fact.text))</dd>\n"
        }
        out += "</dl>\n"
        let body = MarkdownExport.body(of: e, sectionLevel: 3)
        if !body.isEmpty { out += blocks(body) + "\n" }
        return out + "</article>\n"
    }

    /// Markdown as HTML, through Ink. Ink escapes text and code but passes raw HTML and links
    /// through, so those are made safe here: HTML written in an entry is shown as text, and a
    /// link or image as it was written (the page links to and loads nothing outside it).
    static func blocks(_ markdown: String) -> String {
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .html) { input in HTMLText.escape(String(input.markdown)) })
        parser.addModifier(Modifier(target: .images) { input in HTMLText.escape(String(input.markdown)) })
        parser.addModifier(Modifier(target: .links) { input in HTMLText.escape(String(input.markdown)) })
        // A first line of `---` would be taken for metadata and dropped: start on a blank line.
        let source = escapeAngles(HTMLText.visibleControls(markdown))
        return parser.html(from: source.hasPrefix("-") ? "\n" + source : source)
    }

    /// `<` as `&lt;` outside code, so markup a person wrote reaches Ink as text and stays in
    /// its paragraph (Ink keeps the entity; in code it escapes on its own, so code is left alone).
    static func escapeAngles(_ markdown: String) -> String {
        var fence = FenceTracker()
        return TextLines.split(markdown).map { line -> String in
            if fence.consume(line) || !line.contains("<") { return String(line) }
            var out = ""
            var inCode = false
            for c in line {
                if c == "`" { inCode.toggle() }
                out += c == "<" && !inCode ? "&lt;" : String(c)
            }
            return out
        }.joined(separator: "\n")
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
