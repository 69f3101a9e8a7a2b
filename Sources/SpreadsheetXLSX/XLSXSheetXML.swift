import Foundation
import XMLCoder

/// The workbook and worksheet parts that carry the caller's text, encoded with XMLCoder so every name and
/// cell is escaped as XML requires.
enum XLSXSheetXML {
    static func workbook(sheetName: String) throws -> String {
        try encode(Workbook(sheets: Sheets(sheet: [Sheet(name: sheetName, sheetId: 1, id: "rId1")])), root: "workbook")
    }

    static func worksheet(_ rows: [[XLSXCell]]) throws -> String {
        let encoded = rows.enumerated().map { rowIndex, cells in
            Row(r: rowIndex + 1, c: cells.enumerated().compactMap { column, cell in
                Cell(cell, reference: columnName(column) + String(rowIndex + 1))
            })
        }
        return try encode(Worksheet(sheetData: SheetData(row: encoded)), root: "worksheet")
    }

    /// `A`…`Z`, `AA`… for a 0-based column.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    private static func encode(_ value: some Encodable, root: String) throws -> String {
        let encoder = XMLEncoder()
        do {
            let data = try encoder.encode(
                value, withRootKey: root, header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw XLSXError.xml("\(error)")
        }
    }

    // MARK: - The SpreadsheetML elements written

    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private struct Workbook: Encodable, DynamicNodeEncoding {
        let xmlns = XLSXSheetXML.mainNamespace
        let relationships = XLSXSheetXML.relationshipNamespace
        let sheets: Sheets

        enum CodingKeys: String, CodingKey {
            case xmlns
            case relationships = "xmlns:r"
            case sheets
        }

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "sheets" ? .element : .attribute
        }
    }

    private struct Sheets: Encodable {
        let sheet: [Sheet]
    }

    private struct Sheet: Encodable, DynamicNodeEncoding {
        let name: String
        let sheetId: Int
        let id: String

        enum CodingKeys: String, CodingKey {
            case name, sheetId
            case id = "r:id"
        }

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }

    private struct Worksheet: Encodable, DynamicNodeEncoding {
        let xmlns = XLSXSheetXML.mainNamespace
        let sheetData: SheetData

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "xmlns" ? .attribute : .element
        }
    }

    private struct SheetData: Encodable {
        let row: [Row]
    }

    private struct Row: Encodable, DynamicNodeEncoding {
        let r: Int
        let c: [Cell]

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" ? .attribute : .element
        }
    }

    /// `<c r="B2" t="inlineStr"><is><t>…</t></is></c>` for text, `<c r="B2"><v>8</v></c>` for a number.
    private struct Cell: Encodable, DynamicNodeEncoding {
        let r: String
        let t: String?
        let v: String?
        let inline: InlineString?

        enum CodingKeys: String, CodingKey {
            case r, t, v
            case inline = "is"
        }

        init?(_ cell: XLSXCell, reference: String) {
            r = reference
            switch cell {
            case .empty:
                return nil
            case .text(let text):
                t = "inlineStr"
                v = nil
                inline = InlineString(t: Text(value: text))
            case .number(let number):
                t = nil
                v = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
                inline = nil
            }
        }

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" || key.stringValue == "t" ? .attribute : .element
        }
    }

    private struct InlineString: Encodable {
        let t: Text
    }

    /// Text keeps its leading and trailing spaces (`xml:space="preserve"`).
    private struct Text: Encodable, DynamicNodeEncoding {
        let space = "preserve"
        let value: String

        enum CodingKeys: String, CodingKey {
            case space = "xml:space"
            case value = ""
        }

        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "xml:space" ? .attribute : .element
        }
    }
}
