extension LoadKind {
    static let collectiveClassAliases = VietnameseValues.words(VietnameseValues.name as (Collective.Class) -> String, [
        "bch": .partyExecutive, "ban chấp hành đảng bộ": .partyExecutive, "btv": .partyStanding,
        "ban thường vụ đảng ủy": .partyStanding, "tt hđnd": .councilStanding, "ubnd": .peopleCommittee,
        "btt mttq": .frontStanding, "đoàn thể": .massOrgStanding,
    ])

    public static let collectives = LoadKind(
        name: "collectives",
        schema: TableSchema("collectives", [
            .req("code", "mã", "mã tập thể"), .req("name", "tên", "tên tập thể"),
            .req("class", "loại", "loại tập thể"), .opt("unit", "đơn vị", "chi bộ"),
        ]),
        noun: { Catalog.count($0, "collective", "collectives", "tập thể") },
        isEmpty: { $0.collectives.isEmpty },
        load: { table, tx, mode in
            var seen = SeenIds(capacity: table.rows.count)
            var lowered: [(n: Int, id: String)] = []  // codes that may differ only in case from another (IdCase)
            // A replacing load builds the table as it reads (sized once); a merging one keeps
            // the file's order for its edits.
            var fresh: [String: Collective] = [:], new: [Collective] = []
            if mode == .replace { fresh.reserveCapacity(table.rows.count) }
            var unitIds = IdsAnyCase()
            for (n, r) in table.rows.enumerated() {
                let code = try r.idCell("code")
                try seen.add(code, r, column: "code")
                if IdCase.mayHaveTwin(code) { lowered.append((n, code)) }
                guard let cls = try r.choice("class", Collective.Class.self, aliases: collectiveClassAliases) else {
                    throw r.error("class", Catalog.cellEmpty)
                }
                // A merge keeps the unit of a collective already loaded when the file has no
                // unit column (an empty cell still clears it).
                let old = mode == .merge ? tx.ws.collectives[code] : nil
                var unit = r.merged("unit", kept: old.map(\.unit)) { r.text("unit") }
                if let u = unit {
                    // In any case, as units are found (`cb01` is CB01).
                    guard let stored = unitIds.id(u, in: tx.ws.units) else {
                        throw r.error("unit", Catalog.unknownUnit(u), hints: [MangledText.lostZeros(u, tx.ws) ?? Catalog.hintLoadUnitsFirst])
                    }
                    unit = stored
                }
                var c = Collective(code: code, name: try r.checkedName("name"), cls: cls, unit: unit)
                c.extra = try r.extra() ?? old?.extra
                if mode == .replace { fresh[code] = c } else { new.append(c) }
            }
            try IdCase.refuseTwins(lowered, table.rows, column: "code", inFile: seen.contains, existing: mode == .merge ? tx.ws.collectives : [:])
            if mode == .replace {
                tx.replace(\.collectives, with: fresh)
                return fresh.count
            }
            for c in new { tx.set(\.collectives, c.code, c) }
            return new.count
        })
}
