extension LoadKind {
    static let unitKindAliases = VietnameseValues.words(VietnameseValues.name as (Unit.Kind) -> String, ["đảng ủy": .committee])
    static let cellTypeAliases = VietnameseValues.words(VietnameseValues.name as (Unit.CellType) -> String, [
        "khu dân cư": .residential, "khu phố": .residential, "dân cư": .residential, "trường": .school,
    ])

    public static let units = LoadKind(
        name: "units",
        schema: TableSchema("units", [
            .req("code", "mã", "mã đơn vị"), .req("name", "tên", "tên đơn vị"),
            .req("kind", "loại", "cấp"), .opt("type", "loại hình", "loại chi bộ"),
            .opt("parent", "cấp trên", "trực thuộc"), .opt("liaison", "phụ trách", "đồng chí phụ trách"),
            .opt("created", "ngày thành lập", "thành lập"), .opt("outstanding", "tiêu biểu", "quyết định tiêu biểu"),
        ]),
        noun: { Catalog.count($0, "unit", "units", "đơn vị") },
        isEmpty: { $0.units.isEmpty },
        load: { table, tx, mode in
            var seen = SeenIds(capacity: table.rows.count)
            var lowered: [(n: Int, id: String)] = []  // codes that may differ only in case from another (IdCase)
            var all = mode == .merge ? tx.ws.units : [:]
            all.reserveCapacity(all.count + table.rows.count)  // sized once, not rehashed at each doubling
            // Each unit's code with the position of its row, read again only for an error: the
            // units go straight into the table (holding the rows kept every row's fields alive
            // through the load, and a list of the units copied each one once more).
            var new: [(code: String, row: Int)] = []
            new.reserveCapacity(table.rows.count)
            for (n, r) in table.rows.enumerated() {
                let code = try r.idCell("code")
                try seen.add(code, r, column: "code")
                if IdCase.mayHaveTwin(code) { lowered.append((n, code)) }
                // A merge updates by code: a unit already loaded keeps what the file has no
                // column for (a column that is there, even with an empty cell, gives the value).
                let old = mode == .merge ? tx.ws.units[code] : nil
                var u = Unit(code: code, name: try r.checkedName("name"),
                             kind: try r.requiredChoice("kind", Unit.Kind.self, aliases: unitKindAliases),
                             type: try r.merged("type", kept: old.map(\.type)) { try r.choice("type", Unit.CellType.self, aliases: cellTypeAliases) },
                             parent: r.merged("parent", kept: old.map(\.parent)) { r.text("parent") },
                             liaison: r.merged("liaison", kept: old.map(\.liaison)) { r.text("liaison") },
                             created: try r.merged("created", kept: old.map(\.created)) { try r.date("created") },
                             outstanding: r.merged("outstanding", kept: old.map(\.outstanding)) { r.text("outstanding") })
                u.extra = try r.extra() ?? old?.extra
                all[code] = u
                new.append((code, n))
            }
            try IdCase.refuseTwins(lowered, table.rows, column: "code", inFile: seen.contains, existing: mode == .merge ? tx.ws.units : [:])
            // Parents must exist and not loop (the liaison is checked by `check`: the roster may
            // come later). Each step reads the parent where it is stored, not the Unit copied out.
            func parent(_ code: String) -> String? { all.index(forKey: code).flatMap { all.values[$0].parent } }
            for (code, n) in new {
                guard let p = parent(code) else { continue }
                guard all.index(forKey: p) != nil else { throw table.rows[n].error("parent", Catalog.unknownUnit(p)) }
                var cur: String? = p
                var steps = 0
                while let c = cur, steps <= all.count {
                    if c == code { throw table.rows[n].error("parent", Catalog.parentCycle(code)) }
                    cur = parent(c)
                    steps += 1
                }
            }
            if mode == .replace {
                tx.replace(\.units, with: all)
            } else {
                for (code, _) in new { tx.set(\.units, code, all[code]) }
            }
            return new.count
        })

    /// A name as stored: runs of blanks (spaces, tabs, line breaks, no-break and other Unicode
    /// spaces) and control characters as one space, and no invisible format characters (zero
    /// width space, soft hyphen, BOM). A control character is invisible in one output and dropped
    /// by another (a workbook cannot hold it), so one person's name would read differently in
    /// each; a no-break or zero-width space, from a name copied out of Word or a web page, kept
    /// the name from being found as typed and let a namesake be picked instead.
    static func collapse(_ s: String) -> String {
        var prev: UInt8 = 0
        var clean = true
        for b in s.utf8 {
            // 0xC2 starts U+0080–U+00BF (C1 controls, no-break space, soft hyphen); 0xE2, 0xE3
            // and 0xEF start the other spaces and format characters: the slow path decides.
            if b < 0x20 || (b == 0x20 && prev == 0x20) || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF {
                clean = false
                break
            }
            prev = b
        }
        if clean { return s }
        var out = String.UnicodeScalarView()
        var gap = false
        for u in s.unicodeScalars {
            switch u.properties.generalCategory {
            case .control, .spaceSeparator, .lineSeparator, .paragraphSeparator: gap = true
            case .format: continue
            default:
                if gap && !out.isEmpty { out.append(" ") }
                gap = false
                out.append(u)
            }
        }
        return String(out)
    }
}
