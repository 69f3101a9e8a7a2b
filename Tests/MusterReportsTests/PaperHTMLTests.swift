@testable import MusterReports
import Testing

/// Every printable document's record text passes through one escaper: none can become markup.
struct PaperHTMLTests {
    @Test("record text is escaped in content, tables and the page footer", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("O'Brien & \"Sons\"", "O&#39;Brien &amp; &quot;Sons&quot;"),
        ("Nguyễn 李", "Nguyễn 李"),
    ])
    func escaped(text: String, html: String) {
        let document = PaperHTML.document(title: text, footer: "x") { page in
            page.element(.p, text)
            page.table(head: [text], rows: [[text]])
        }
        #expect(!document.contains("<script>"))
        #expect(document.components(separatedBy: html).count - 1 == 4)
    }

    @Test("a footer cannot close its CSS string")
    func footer() {
        let document = PaperHTML.document(title: "t", footer: "a\"; } body { display: none") { _ in }
        #expect(document.contains("content: \"a\\\"; } body { display: none\""))
    }
}
