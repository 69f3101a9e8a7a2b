import Foundation
import ZIPFoundation

/// A one-sheet `.xlsx` workbook (Office Open XML, SpreadsheetML) as bytes: what a receiver that asks for an
/// Excel roster opens. Strings are written inline (no shared-string table) so a sheet is built in one pass.
public enum XLSXWorkbook {
    /// The workbook holding `rows` (the first usually the header) in one sheet named `sheetName`.
    public static func bytes(sheetName: String, rows: [[XLSXCell]]) throws -> [UInt8] {
        let parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", XLSXPackageParts.contentTypes),
            ("_rels/.rels", XLSXPackageParts.packageRelationships),
            ("xl/workbook.xml", try XLSXSheetXML.workbook(sheetName: sheetName)),
            ("xl/_rels/workbook.xml.rels", XLSXPackageParts.workbookRelationships),
            ("xl/styles.xml", XLSXPackageParts.styles),
            ("xl/worksheets/sheet1.xml", try XLSXSheetXML.worksheet(rows)),
        ]
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw XLSXError.archive("\(error)")
        }
        for part in parts {
            let data = Data(part.text.utf8)
            do {
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw XLSXError.archive("\(part.path): \(error)")
            }
        }
        guard let data = archive.data else { throw XLSXError.archive("the archive has no bytes") }
        return [UInt8](data)
    }

    /// Every entry carries the same time, so the same roster makes the same bytes.
    private static let fixedDate = Date(timeIntervalSince1970: 946_684_800)
}

/// A workbook that could not be put together.
public enum XLSXError: Error, CustomStringConvertible {
    case archive(String)
    case xml(String)

    public var description: String {
        switch self {
        case .archive(let reason): "cannot build the .xlsx archive: \(reason)"
        case .xml(let reason): "cannot write the .xlsx sheet: \(reason)"
        }
    }
}
