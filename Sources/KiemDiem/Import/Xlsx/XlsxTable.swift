/// Where a table's rows came from when they come from a workbook sheet.
public struct SheetOrigin: Sendable {
    public var sheet: String
    public var date1904: Bool

    /// Serials from 3654 (1910-01-01) up: a date column whose cells lost their date format
    /// still loads, while a bare year such as 1975 (serial 1975 = 1905) stays an error
    /// instead of silently becoming a day in 1905.
    static let firstSerial = 3654.0
    static let firstDay = Day.parse("1910-01-01")!

    /// The day of a date cell that holds a plain serial number, nil otherwise.
    func serialDay(_ t: String) -> Day? {
        guard t.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }), let v = Double(t), v >= Self.firstSerial else { return nil }
        return try? XlsxDate.day(serial: v, date1904: date1904).get()
    }
}

extension XlsxSheet {
    /// The sheet as the rows of strings the table loaders read (the same shape a CSV file gives):
    /// row 1 is the header; each later row that has a value becomes a record, its fields placed
    /// by column. Merged ranges: in the header a merge is an error (each column needs its own
    /// name); below it, the top-left value fills every cell of the range on rows that have data
    /// (a cell's name merged down the rows of its members, as ward rosters often do).
    public func csvText(date1904: Bool) throws -> CSVText {
        guard let head = rows.first else {
            throw KDError(Catalog.xlsxNoHeader, at: location(CellRef(row: 1, column: 1)), hints: [Catalog.hintSheetHeader])
        }
        guard head.row == 1 else {
            throw KDError(Catalog.xlsxHeaderNotFirst, at: location(CellRef(row: 1, column: 1)), hints: [Catalog.hintSheetHeader])
        }
        for m in merges where m.first.row == 1 && m.first != m.last {
            // One merged cell alone in row 1 is a title above the table, as ward forms often have.
            if head.cells.count == 1 && m.first.column == head.cells[0].column {
                throw KDError(Catalog.xlsxTitleRow(head.cells[0].value.text, m.description), at: location(m.first),
                              hints: [Catalog.hintSheetHeader])
            }
            throw KDError(Catalog.xlsxMergedHeader(m.description), at: location(m.first), hints: [Catalog.hintUnmerge])
        }
        // An Excel error (#N/A, #REF!…) is no value: as a fact it would become a member named
        // "#N/A" or a note "#REF!".
        for r in rows {
            for c in r.cells {
                if case .error(let e) = c.value {
                    throw KDError(Catalog.xlsxErrorValue(e), at: location(CellRef(row: r.row, column: c.column)), hints: [Catalog.hintXlsxErrorValue])
                }
                // A number of 16 digits or more (a card or id number typed as a number) has
                // lost its last digits in Excel: as text it would be an id nobody typed.
                if case .number(let d) = c.value, abs(d) >= 1e15 {
                    throw KDError(Catalog.xlsxHugeNumber(String(format: "%.15G", d)), at: location(CellRef(row: r.row, column: c.column)),
                                  hints: [Catalog.hintXlsxHugeNumber])
                }
            }
        }
        let width = head.cells.last?.column ?? 0
        var header = Array(repeating: "", count: width)
        for c in head.cells { header[c.column - 1] = c.value.text.trimmingCharacters(in: .whitespaces) }

        // Each record holds only its cells with a value: memory follows the cells present,
        // not the width (a header cell at XFD1 made every row 16,384 fields).
        var records: [SparseRecord] = []
        records.reserveCapacity(rows.count)
        for r in rows.dropFirst() {
            var record = SparseRecord(row: r.row)
            record.positions.reserveCapacity(r.cells.count)
            record.values.reserveCapacity(r.cells.count)
            for c in r.cells {
                // A cell of blanks is empty, as in a CSV row: a row of them is no record (it was
                // "required value is empty"), nor a stray space a value without a header.
                let text = c.value.text
                if text.allSatisfy(\.isWhitespace) { continue }
                guard c.column <= width else {
                    // One cell over a wider table: a title typed above the header (as ward
                    // forms have), not a value that lacks a header.
                    if head.cells.count == 1 {
                        throw KDError(Catalog.xlsxTitleCell(head.cells[0].value.text), at: location(CellRef(row: 1, column: head.cells[0].column)),
                                      hints: [Catalog.hintSheetHeader])
                    }
                    throw KDError(Catalog.xlsxNoColumnHeader(c.value.text), at: location(CellRef(row: r.row, column: c.column)),
                                  hints: [Catalog.hintAddHeader])
                }
                record.positions.append(c.column - 1)
                record.values.append(text)
            }
            if !record.positions.isEmpty { records.append(record) }
        }
        try fillMerges(&records, width: width)
        var csv = CSVText(file: file, delimiter: ",", header: header, records: CSVRows(sparse: records, width: width))
        csv.origin = SheetOrigin(sheet: name, date1904: date1904)
        return csv
    }
}

extension XlsxSheet {
    /// Merged ranges below the header: the top-left value fills the range's first column on the
    /// rows that have data, and its other columns are empty, replacing any value hidden under
    /// the merge (Excel shows the top-left's, once across the columns). The work follows the cells filled, never the range's size: rows are
    /// found by binary search (a range may reach row 1,048,576 on a sheet of three rows); a range
    /// repeated is filled once; ranges that overlap (Excel does not allow it) are an error, so
    /// no cell is filled twice; and all of them together may add no more cells than the sheet
    /// holds (and 100,000), or the sheet is refused rather than grown without bound.
    func fillMerges(_ records: inout [SparseRecord], width: Int) throws {
        var seen = Set<CellRange>()
        var owner: [Int: CellRange] = [:]  // record index × 16,384 + column → the range that filled it
        var budget = records.reduce(100_000) { $0 + $1.positions.count }
        /// The first record at or after sheet row `row`.
        func firstRecord(atOrAfter row: Int) -> Int {
            var lo = 0, hi = records.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if records[mid].row < row { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for m in merges where m.first.row > 1 && m.first != m.last && m.first.column <= width {
            guard seen.insert(m).inserted else { continue }
            let start = firstRecord(atOrAfter: m.first.row), end = firstRecord(atOrAfter: m.last.row + 1)
            guard start < end else { continue }
            let columns = (m.first.column - 1)...(min(m.last.column, width) - 1)
            budget -= (end - start) * columns.count
            guard budget >= 0 else {
                throw KDError(Catalog.xlsxMergesTooBig(m.description), at: location(m.first), hints: [Catalog.hintUnmergeData])
            }
            // An empty top row (no record) shows an empty merge.
            let value = records[start].row == m.first.row ? records[start].field(m.first.column - 1) : ""
            for i in start..<end {
                for col in columns {
                    let key = i * 16_384 + col
                    if let other = owner[key] {
                        throw KDError(Catalog.xlsxMergesOverlap(other.description, m.description), at: location(m.first),
                                      hints: [Catalog.hintUnmergeData])
                    }
                    owner[key] = m
                    // What Excel shows: the top-left value down its column, over any value hidden
                    // under the merge; the range's other columns are empty (a name merged across
                    // name and gender is no gender).
                    records[i].set(col, col == columns.lowerBound ? value : "")
                }
            }
        }
    }
}

/// Which sheet of a workbook holds which kind: its own name, or a Vietnamese one.
public enum XlsxKinds {
    public static let sheetAliases: [String: [String]] = [
        "units": ["đơn vị", "chi bộ"],
        "collectives": ["tập thể"],
        "roster": ["danh sách", "đảng viên", "danh sách đảng viên", "ds đảng viên", "members"],
        "positions": ["chức vụ"],
        "reviews": ["kiểm điểm"],
        "grades": ["xếp loại"],
        "discipline": ["kỷ luật"],
        "targets": ["chỉ tiêu"],
        "assessments": ["đánh giá tiêu chí"],
    ]

    /// The sheets that fit a kind, in workbook order: named like the kind or by an alias (case
    /// and diacritics ignored). Hidden sheets are left out unless `hidden` asks for them.
    public static func sheets(for kind: String, in wb: XlsxWorkbook, hidden: Bool = false) -> [String] {
        let keys = Set(([kind] + (sheetAliases[kind] ?? [])).map { Vietnamese.key($0) })
        return wb.sheetNames.filter { wb.hiddenSheets.contains($0) == hidden && keys.contains(Vietnamese.key($0)) }
    }

    /// The visible sheet for a kind, if one fits. Two that fit are an error naming both: kd
    /// never picks one silently (a roster "Danh sách" beside an older "Đảng viên").
    public static func sheet(for kind: String, in wb: XlsxWorkbook) throws -> String? {
        let found = sheets(for: kind, in: wb)
        guard found.count <= 1 else {
            throw KDError(Catalog.xlsxSheetsFitOneKind(kind, found), place: wb.file, hints: [Catalog.hintPickSheet(kind, wb.file)])
        }
        return found.first
    }

    /// A table of one kind from a workbook: `--sheet NAME` (hidden or not), else the visible
    /// sheet named like the kind, else the only visible sheet when no hidden one is named so.
    public static func table(_ wb: XlsxWorkbook, kind: String, sheet wanted: String?, schema: TableSchema) throws -> Table {
        let name: String
        let visible = wb.visibleSheets
        let hidden = sheets(for: kind, in: wb, hidden: true)
        if let wanted {
            name = wanted
        } else if let s = try sheet(for: kind, in: wb) {
            name = s
        } else if visible.count == 1 && hidden.isEmpty {
            name = visible[0]
        } else if !hidden.isEmpty {
            // The kind's sheet is there, hidden: said so, not "no sheet named" it.
            throw KDError(Catalog.xlsxKindSheetHidden(hidden), place: wb.file, hints: [Catalog.hintReadHidden(kind, wb.file, hidden[0])])
        } else {
            throw KDError(Catalog.xlsxNoSheet(kind, wb.sheetNames), place: wb.file,
                          hints: (hidden.isEmpty ? [] : [Catalog.hintHiddenSheets(hidden)]) + [Catalog.hintSheets(wb.sheetNames)])
        }
        let sheet = try wb.sheet(name)
        return try schema.bind(sheet.csvText(date1904: wb.date1904))
    }

    /// The table of a sheet named for `load workbook`, nil when the sheet holds no row under its
    /// header, or no cell at all: a kind's sheet left blank in a ward's template is skipped, not
    /// an error, and never empties what the kind holds (as `--replace` with it did).
    public static func tableUnlessEmpty(_ wb: XlsxWorkbook, kind: String, sheet name: String, schema: TableSchema) throws -> Table? {
        let sheet = try wb.sheet(name)
        if sheet.rows.isEmpty { return nil }
        let table = try schema.bind(sheet.csvText(date1904: wb.date1904))
        return table.rows.isEmpty ? nil : table
    }

    /// Whether a path names a workbook (by its extension).
    public static func isWorkbook(_ path: String) -> Bool {
        let l = path.lowercased()
        return l.hasSuffix(".xlsx") || l.hasSuffix(".xlsm")
    }
}
