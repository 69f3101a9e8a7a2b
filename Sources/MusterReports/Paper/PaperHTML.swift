/// The HTML every printable document is written in, built only through this type: every piece of record text
/// passes through `text`, which escapes it, so no name, reason or title can become markup. The page style is
/// here once too: Letter pages, page numbers, and the fonts that cover Latin, Vietnamese and CJK names
/// (DejaVu Sans, then WenQuanYi Micro Hei or Noto Sans CJK, found through fontconfig).
public struct PaperHTML: Sendable {
    public enum Orientation: String, Sendable { case portrait, landscape }

    private(set) var html = ""

    public init() {}

    /// `text` escaped for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Record text, escaped.
    public mutating func text(_ text: String) { html += Self.escape(text) }

    /// An element holding escaped text: `<tag class="…">text</tag>`.
    public mutating func element(_ tag: Tag, _ text: String, class name: String? = nil) {
        open(tag, class: name)
        self.text(text)
        close(tag)
    }

    public mutating func open(_ tag: Tag, class name: String? = nil) {
        html += "<\(tag.rawValue)" + (name.map { " class=\"\(Self.escape($0))\"" } ?? "") + ">"
    }

    public mutating func close(_ tag: Tag) { html += "</\(tag.rawValue)>" }

    /// A table of escaped cells, its head repeated on every page; the `nowrap` columns (ids, names, dates) are
    /// never broken across lines, so a badge or `uof-deadly-force` reads (and searches) as one word.
    public mutating func table(head: [String], rows: [[String]], class name: String? = nil, nowrap: Set<Int> = []) {
        open(.table, class: name)
        open(.thead)
        open(.tr)
        for cell in head { element(.th, cell) }
        close(.tr)
        close(.thead)
        open(.tbody)
        for row in rows {
            open(.tr)
            for (column, cell) in row.enumerated() { element(.td, cell, class: nowrap.contains(column) ? "nowrap" : nil) }
            close(.tr)
        }
        close(.tbody)
        close(.table)
    }

    /// The elements documents use; nothing else can be opened.
    public enum Tag: String, Sendable {
        case h1, h2, h3, p, div, span, table, thead, tbody, tr, th, td, strong, small
    }

    /// The whole document around `body`'s markup.
    public static func document(title: String, orientation: Orientation = .portrait, footer: String,
                                _ body: (inout PaperHTML) -> Void) -> String {
        var page = PaperHTML()
        body(&page)
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title><style>
            @page { size: letter \(orientation.rawValue); margin: 16mm 14mm 18mm 14mm;
              @bottom-left { content: "\(cssString(footer))"; font-family: \(fonts); font-size: 8pt; color: #555; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: \(fonts); font-size: 8pt;
                color: #555; } }
            \(style)
            </style></head><body>\(page.html)</body></html>
            """
    }

    /// Text inside a CSS string: quotes, backslashes and line ends escaped.
    private static func cssString(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"", "\\": "\\" + String(scalar)
            case "\n", "\r": " "
            default: scalar.value < 0x20 ? "" : String(scalar)
            }
        }.joined()
    }

    /// DejaVu covers Latin (Núñez), Vietnamese (Nguyễn), Greek and Cyrillic; the CJK fonts cover 李.
    private static let fonts = "\"DejaVu Sans\", \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Noto Sans\", sans-serif"

    private static let style = """
        body { font-family: \(fonts); font-size: 10pt; color: #111; }
        h1 { font-size: 17pt; margin: 0 0 2mm 0; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-bottom: 0.6pt solid #333; }
        p { margin: 1mm 0; }
        .meta { color: #333; }
        .module { font-size: 13pt; font-weight: bold; }
        table { width: 100%; border-collapse: collapse; }
        th { text-align: left; font-size: 8.5pt; border-bottom: 0.8pt solid #000; padding: 1.5mm 1.5mm; }
        td { border-bottom: 0.3pt solid #999; padding: 1.5mm 1.5mm; vertical-align: top; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        table.sheet td { height: 9mm; vertical-align: middle; }
        table.sheet td:last-child { width: 45%; }
        .signature { margin-top: 10mm; }
        .sig { display: inline-block; width: 75mm; margin: 0 8mm; text-align: center; }
        .line { display: block; border-bottom: 0.6pt solid #000; height: 10mm; margin-bottom: 1mm; }
        td.nowrap { white-space: nowrap; }
        .certificate { border: 3pt double #1d3557; padding: 12mm; text-align: center; height: 150mm; }
        .certificate h1 { font-size: 30pt; letter-spacing: 1pt; color: #1d3557; margin-top: 6mm; }
        .certificate .name { font-size: 26pt; font-weight: bold; margin: 6mm 0 2mm 0; }
        .certificate .module { font-size: 18pt; font-weight: bold; margin: 4mm 0; }
        .certificate .signature { margin-top: 18mm; }
        .status-expired, .status-overdue, .status-failed { font-weight: bold; }
        """
}
