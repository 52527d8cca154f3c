import Foundation
import Testing
@testable import KiemDiem

/// `cap`, `check`'s findings and the counts of reports run on two cores from `TwoCores.from` subjects. These force
/// the split on small wards and compare every result with the one-core run, wherever the cut
/// falls. A rule reading an index that `onTwoCores` did not build first stops the (debug) run.
struct TwoCoresTests {
    /// Everything a cap result says, as comparable lines.
    func lines(_ r: CapResult) -> [String] {
        var out = r.outcomes.keys.sorted().map { k in
            let o = r.outcomes[k]!
            return "\(k) \(o.effective) \(o.stage) → \(o.final) \(o.steps.map(\.rule)) \(o.ceilings.map(\.rule)) \(o.overridden.map(\.rule)) \(o.quotaGroup ?? "-")"
        }
        out += r.adjusted.map { "adjusted \($0.key) \(r.adjustments[$0.key].map { "\($0.from)→\($0.to) \($0.rule)" } ?? "?")" }
        out += r.groups.map { "group \($0.key) \($0.excellent)/\($0.good) \($0.allowed) \($0.ranking) \($0.lowered) \($0.tied) \($0.slots)" }
        out += r.headsWithoutBody.map { "headless \($0.head) \($0.body)" }
        return out
    }

    func lines(_ sums: [ClassSummary]) -> [String] {
        sums.map { s in
            "\(s.cls) \(s.total) \(s.excludedBy.sorted { $0.key.rawValue < $1.key.rawValue }) \(s.notGraded) \(s.notGradedByRule) \(s.notGradedAsMember) \(s.levels.sorted { $0.key < $1.key })"
        }
    }

    func check(_ ws: Workspace) {
        let book = Rulebooks.book(for: ws.settings)!
        let facts = WardFacts(ws, book: book)
        let one = lines(facts.cap())
        #expect(one.contains { $0.hasPrefix("adjusted") }, "the ward should have something to cap")
        // Who is not graded: every subject's answer, the same as asking subject by subject.
        let blocks = facts.subjectBlocks()
        let all = facts.allSubjects()
        #expect(blocks == Dictionary(uniqueKeysWithValues: all.compactMap { r in facts.subjectBlock(r).map { (r.key, $0) } }))
        #expect(blocks.values.contains { $0.reason != nil }, "the ward should have someone excluded")
        var ctx = ReportContext(workspace: ws, blocked: blocks)
        ctx.blockedByRules = true
        // As `report summary` counts the leaders graded as members only (mutation audit 51b: the
        // second half's count could be dropped unseen).
        let asMember = WardFacts(ws, book: book)
        _ = ws.members.keys.map { asMember.standsInForLeader(SubjectRef(.member, $0)) }  // its indexes, built here
        ctx.gradedAsMemberOnly = { asMember.standsInForLeader(SubjectRef(.member, $0)) }
        let sums = lines(Reports.summaries(ctx))
        let found = WardFacts(ws, book: book).findings().map { "\($0.rule) \($0.subject.key) \($0.severity) \($0.problem.en) \($0.fix.en)" }
        #expect(!found.isEmpty)
        // `exclude --auto`'s plan, with exclusions recorded, stale, by hand and of people gone.
        var changed = ws
        let first = ExclusionRules.plan(ws, asOf: DemoWard.asOf)
        for e in first.set.prefix(first.set.count / 2) { changed.exclusions[e.subject] = e }
        let someone = changed.members.keys.sorted()
        changed.exclusions[someone[0]] = Exclusion(subject: someone[0], reason: .other, note: "by hand")
        changed.exclusions[someone[1]] = Exclusion(subject: someone[1], reason: .suspended, rule: ExclusionRules.suspended)
        changed.exclusions["GONE"] = Exclusion(subject: "GONE", reason: .exempt, rule: ExclusionRules.exempt)
        func said(_ p: (set: [Exclusion], lift: [Exclusion], unchanged: Int)) -> String { "\(p.set) \(p.lift) \(p.unchanged)" }
        let plans = [ws, changed].map { said(ExclusionRules.plan($0, asOf: DemoWard.asOf)) }
        #expect(!first.set.isEmpty && plans[1].contains("GONE"))
        for cut in [0, 1, ws.members.count / 3, ws.members.count / 2, ws.members.count - 1, ws.members.count, ws.members.count + 7] {
            for (k, w) in [ws, changed].enumerated() {
                #expect(said(ExclusionRules.plan(w, asOf: DemoWard.asOf, split: cut)) == plans[k], "exclude plan \(k), cut at \(cut)")
            }
        }
        let n = all.count
        for cut in [0, 1, n / 3, n / 2, n - 1, n, n + 7] {
            // Fresh facts each time: no index is built before `onTwoCores` builds it.
            #expect(lines(WardFacts(ws, book: book).cap(split: cut)) == one, "cap, cut at \(cut) of \(n)")
            #expect(WardFacts(ws, book: book).subjectBlocks(split: cut) == blocks, "blocks, cut at \(cut) of \(n)")
            #expect(lines(Reports.summaries(ctx, split: cut)) == sums, "summaries, cut at \(cut) of \(n)")
            // The summary as `report` counts it: asking fresh facts subject by subject.
            var asking = ReportContext(workspace: ws)
            asking.blockOf = WardFacts(ws, book: book).sharedSubjectBlock()
            asking.gradedAsMemberOnly = ctx.gradedAsMemberOnly
            #expect(lines(Reports.summaries(asking, split: cut)) == sums, "summaries asking, cut at \(cut) of \(n)")
            // And its members counted by a pass over the roster, the cut anywhere in the
            // subjects or the roster.
            let facts = WardFacts(ws, book: book)
            asking.memberBlockOf = { facts.memberBlock($0, status: $1, admitted: $2) }
            for c in [cut, n - ws.members.count / 2, n - 1] {
                #expect(lines(Reports.summaries(asking, split: c)) == sums, "summaries by roster, cut at \(c) of \(n)")
            }
            #expect(WardFacts(ws, book: book).findings(split: cut).map { "\($0.rule) \($0.subject.key) \($0.severity) \($0.problem.en) \($0.fix.en)" }
                    == found, "findings, cut at \(cut) of \(n)")
        }
    }

    @Test func demo2023() throws {
        let tx = Transaction(Workspace(settings: Settings(year: 2023)))
        _ = try DemoWard.load(into: tx)
        var ws = tx.commit().0
        ws.settings.asOf = DemoWard.asOf
        check(ws)
        ws.settings.quotaGroups = ["member": .unit]
        check(ws)
    }

    @Test func demo2025() throws {
        let tx = Transaction(Workspace(settings: Settings(year: 2025, rules: "qd366")))
        _ = try DemoWard.load2025(into: tx)
        var ws = tx.commit().0
        ws.settings.asOf = DemoWard.asOf2025
        check(ws)
    }

    /// A generated ward: thousands of subjects, discipline, heads and ties.
    @Test func syntheticWard() throws {
        let w = SyntheticWard(members: 3000, cells: 60, seed: 5, year: 2023)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-cap2-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let tx = Transaction(Workspace(settings: Settings(year: 2023)))
        for f in try w.write(to: dir) {
            let kind = LoadKind.named(String(f.dropLast(4)))!
            _ = try kind.load(try Table.read(path: dir + "/" + f, display: f, schema: kind.schema), tx, .replace)
        }
        var ws = tx.commit().0
        ws.settings.quotaGroups = ["member": .unit]
        check(ws)
    }
}
