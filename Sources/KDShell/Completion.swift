import Foundation
import KiemDiem

/// One entry of a folder, for file completion.
public struct FileEntry: Equatable, Sendable {
    public var name: String
    public var isDirectory: Bool
    public init(_ name: String, isDirectory: Bool = false) {
        self.name = name
        self.isDirectory = isDirectory
    }
}

/// What completion may look at: the verbs, the workspace, and the folders (injectable for tests).
public struct CompletionContext {
    public var specs: [VerbSpec]
    public var workspace: Workspace
    /// Lists a folder named as typed ("" = the current folder).
    public var listDirectory: (String) -> [FileEntry]
    /// The roster's ids and names indexed (Session.complete keeps one); nil = scan the roster.
    public var people: PeopleIndex?
    /// What one Tab left out of a long list (`Omitted`).
    var omitted = Omitted()
    /// The ids `leader:` takes, kept by Session.complete; nil = collect them from the positions.
    var leaders: LeaderIds?
    /// The people who bear exactly a name (id, unit), or nil when that cannot be told quickly
    /// (`Session.bearers`); unset: the roster is scanned.
    var bearers: ((String) -> [(id: String, unit: String)]?)?

    public init(specs: [VerbSpec] = Registry.all, workspace: Workspace,
                listDirectory: @escaping (String) -> [FileEntry] = Completion.listFileSystem) {
        self.specs = specs
        self.workspace = workspace
        self.listDirectory = listDirectory
    }
}

/// One thing Tab may insert.
public struct Candidate: Equatable, Sendable {
    /// The word as the command needs it, unquoted (`Nguyễn Văn An`, `data/`).
    public var text: String
    /// False for a folder: the word goes on (no closing quote, no space).
    public var isFinal: Bool
    /// What the list shows instead of `text` (`P012  Nguyễn Văn An, CB01`); a list of labelled
    /// candidates is only listed, never put in the line.
    public var label: String?
    public init(_ text: String, isFinal: Bool = true, label: String? = nil) {
        self.text = text
        self.isFinal = isFinal
        self.label = label
    }
}

public struct CompletionResult: Equatable {
    /// UTF-8 offset in the line where the word being completed begins (its opening quote included).
    public var start: Int
    /// The word as typed, from `start` to the cursor.
    public var typed: String
    /// Sorted, without duplicates.
    public var candidates: [Candidate]
    /// What replaces `typed`: the only candidate (quoted when needed, then a space), or the
    /// beginning all candidates share when it goes further than `typed`; nil when Tab can only list.
    public var replacement: String?
    /// Candidates left out of `candidates` (past `Completion.idLimit`), which `replacement`
    /// still counts.
    public var more = 0
}

/// What a Tab leaves out of a long list (`Completion.boundedMerge`, `bounded`): how many, and
/// the beginning they share.
final class Omitted {
    var count = 0
    var shared: [String] = []
}

/// Tab completion as a pure function of the line, the cursor and the context: it reads the verbs'
/// specs (sub-words, options, the ValueKind of each value), so new verbs complete without code here.
public enum Completion {
    /// `cursor` is a UTF-8 offset into `line` (libedit counts bytes); nil = the end.
    public static func complete(_ line: String, cursor: Int? = nil, _ ctx: CompletionContext) -> CompletionResult {
        var ctx = ctx
        ctx.omitted = Omitted()
        let utf8 = Array(line.utf8)
        let end = min(cursor ?? utf8.count, utf8.count)
        let before = String(decoding: utf8[..<end], as: UTF8.self)
        guard let (words, current) = splitWords(before) else {
            return CompletionResult(start: end, typed: "", candidates: [], replacement: nil)  // in a comment
        }
        let candidates = dedupe(candidatesFor(words: words.map(\.text), current: current, ctx))
        let typed = String(decoding: utf8[current.start..<end], as: UTF8.self)
        let listOnly = candidates.contains { $0.label != nil }
        return CompletionResult(start: current.start, typed: typed, candidates: candidates,
                                replacement: listOnly ? nil : replacement(current, candidates + ctx.omitted.shared.map { Candidate($0) }),
                                more: ctx.omitted.count)
    }

    /// A word of the line before the cursor: its text with quotes removed and where it began.
    struct Part {
        var text: String
        var start: Int
        /// The quote the word opened and did not close, if any.
        var openQuote: Character?
        /// The word begins with a quote: a value, never an option.
        var leadingQuote = false
    }

    /// The finished words of the current command (after the last `;`) and the word at the cursor;
    /// nil inside a comment.
    static func splitWords(_ s: String) -> ([Part], Part)? {
        var words: [Part] = []
        var cur = ""
        var inWord = false
        var quote: Character?
        var start = 0
        var offset = 0
        var firstQuote: Character?
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let width = String(c).utf8.count
            defer { i += 1 }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if q == "\"" && c == "\\" && i + 1 < chars.count && (chars[i + 1] == "\"" || chars[i + 1] == "\\") {
                    cur.append(chars[i + 1])
                    offset += width + String(chars[i + 1]).utf8.count
                    i += 1
                    continue
                } else {
                    cur.append(c)
                }
                offset += width
                continue
            }
            // Blanks and invisible characters as the lexer reads them outside quotes.
            if Lexer.isInvisible(c) { offset += width; continue }
            if Lexer.isBlank(c) || c == ";" {
                if inWord { words.append(Part(text: cur, start: start, openQuote: nil)) }
                if c == ";" { words.removeAll() }
                cur = ""; inWord = false; firstQuote = nil
                offset += width
                continue
            }
            if c == "#" && !inWord { return nil }
            if !inWord { inWord = true; start = offset }
            if c == "\"" || c == "'" {
                quote = c
                if offset == start { firstQuote = c }
            } else {
                cur.append(c)
            }
            offset += width
        }
        var current = inWord ? Part(text: Vietnamese.nfc(cur), start: start, openQuote: quote, leadingQuote: firstQuote != nil)
                             : Part(text: "", start: offset, openQuote: nil)
        if inWord && quote == nil && firstQuote != nil {
            // A closed quoted word ("Nguyễn Văn An" then Tab): keep its quotes.
            current.openQuote = firstQuote
        }
        return (words.map { Part(text: Vietnamese.nfc($0.text), start: $0.start, openQuote: nil) }, current)
    }

    static func candidatesFor(words: [String], current: Part, _ ctx: CompletionContext) -> [Candidate] {
        let cur = current.text
        guard let verbWord = words.first else {
            // First word: verbs and their aliases.
            let names = ctx.specs.flatMap { [$0.name] + $0.aliases }.filter { $0.hasPrefix(cur.lowercased()) }
            return names.sorted().map { Candidate($0) }
        }
        guard let spec = ctx.specs.first(where: { $0.name == verbWord.lowercased() || $0.aliases.contains(verbWord.lowercased()) }) else {
            return []
        }
        // An option's values, fewer after some sub-words (`report document --format`).
        func valueKind(_ name: String) -> ValueKind? {
            guard let kind = spec.option(name)?.value else { return nil }
            if words.count > 1, let narrowed = spec.subwordValues[words[1].lowercased()]?[name] { return .choice(narrowed) }
            return kind
        }
        // `--name=value`
        if !current.leadingQuote, cur.hasPrefix("--"), let eq = cur.firstIndex(of: "=") {
            let name = String(cur[cur.index(cur.startIndex, offsetBy: 2)..<eq])
            guard let kind = valueKind(name) else { return [] }
            let prefix = String(cur[...eq])
            return values(kind, String(cur[cur.index(after: eq)...]), quoted: current.openQuote != nil, ctx).map {
                Candidate(prefix + $0.text, isFinal: $0.isFinal)
            }
        }
        // Walk the words after the verb: options and their values, then positionals; and the
        // option whose value the cursor is on, if any.
        var positionals: [String] = []
        var pending: ValueKind?
        var i = 1
        var endOfOptions = false
        while i < words.count {
            let w = words[i]
            i += 1
            if !endOfOptions && w == "--" { endOfOptions = true; continue }
            if !endOfOptions && w.hasPrefix("--") && w.count > 2 {
                let name = String(w.dropFirst(2))
                if name.contains("=") { continue }
                if let kind = valueKind(name) {
                    if i == words.count { pending = kind }
                    i += 1
                }
                continue
            }
            positionals.append(w)
        }
        if !current.leadingQuote, cur.hasPrefix("-") {
            // After a sub-word that takes fewer options (`review plan`), only those; after a
            // positional of a verb that has a plain form and is no sub-word (`review P012`),
            // none that only a sub-word takes (`--format` goes with `review plan`).
            let first = positionals.first?.lowercased() ?? (words.count > 1 ? words[1].lowercased() : "")
            let only = spec.subwordOptions[first]
            let plain = positionals.first != nil && only == nil && !spec.positionals.isEmpty
            let subwordOnly = plain ? Set(spec.subwordOptions.values.joined()) : []
            return spec.options.map(\.name).filter { (only?.contains($0) ?? true) && !subwordOnly.contains($0) }.map { "--" + $0 }
                .filter { $0.hasPrefix(cur) }.sorted().map { Candidate($0) }
        }
        // The cursor is on an option's value; `--attended` offers the people of the venue
        // given (`--at V` or `--at=V`).
        if pending == .memberIds {
            let at = words.indices.last { words[$0] == "--at" && $0 + 1 < words.count }.map { words[$0 + 1] }
                ?? words.last { $0.hasPrefix("--at=") }.map { String($0.dropFirst(5)) }
            return memberIds(cur, ctx, venue: at)
        }
        if let pending { return values(pending, cur, quoted: current.openQuote != nil, ctx) }
        let index = positionals.count
        let quoted = current.openQuote != nil
        if let sub = positionals.first?.lowercased(), let kinds = spec.subwordPositionals[sub] {
            guard !kinds.isEmpty else { return [] }
            return values(kinds[min(index - 1, kinds.count - 1)], cur, quoted: quoted, ctx)
        }
        var out: [Candidate] = []
        if index == 0 && !quoted {
            out += spec.subwords.filter { $0.hasPrefix(cur.lowercased()) }.sorted().map { Candidate($0) }
        }
        if !spec.positionals.isEmpty && (index < spec.positionals.count || spec.lastPositionalRepeats) {
            out += values(spec.positionals[min(index, spec.positionals.count - 1)], cur, quoted: quoted, ctx)
        }
        return out
    }

    /// Candidates for a value of the given kind that begin with `prefix`.
    static func values(_ kind: ValueKind, _ prefix: String, quoted: Bool, _ ctx: CompletionContext) -> [Candidate] {
        func words(_ all: [String]) -> [Candidate] {
            let p = Vietnamese.fold(prefix)
            return all.filter { Vietnamese.fold($0).hasPrefix(p) }.map { Candidate($0) }
        }
        let ws = ctx.workspace
        switch kind {
        case .text, .number, .date:
            return []
        case .form: return words(Rulebooks.book(for: ws.settings)?.forms ?? [])
        case .memberField: return memberFields(prefix, ctx)
        case .memberIds: return memberIds(prefix, ctx)
        case .level: return words(Level.spellings)
        case .stage: return words(Stage.allCases.map(\.rawValue))
        case .choice(let all): return words(all)
        case .settingKey: return words(Verbs.settingKeys)
        case .verb: return words(ctx.specs.map(\.name).sorted())
        case .snapshot: return words(Vietnamese.sorted(ws.snapshots.keys))
        case .body:
            // A review's venue: any unit (the committee, a cell, a party group) or collective,
            // not only the bodies someone holds a post in (DB and the groups were missing).
            // In quotes, their whole names, which `--at` takes as it takes codes.
            if quoted {
                if let index = ctx.people, let fast = namedIn([index.unitNames, index.collectiveNames], prefix, quoted: true, ctx) {
                    return fast
                }
                return named(prefix, quoted: true, others: KeyedNames(ws.units.values.map { ($0.code, $0.name) }
                                                                     + ws.collectives.values.map { ($0.code, $0.name) }), ctx)
            }
            return bounded((ctx.people?.bodyCodes ?? .bodies(ws.units, ws.collectives)).starting(with: prefix), ctx).map { Candidate($0) }
        case .file:
            return files(prefix, ctx)
        case .excludedMember:
            // The few excluded now, by id or name; not the whole roster (shell audit).
            let people = ws.exclusions.keys.compactMap { id in ws.members[id].map { (id, $0.name) } }
            return shared(named(prefix, quoted: quoted, people: people, ctx), prefix, ctx, among: Set(ws.exclusions.keys))
        case .member:
            if let fast = namedPeople(prefix, quoted: quoted, ctx.people, ctx) { return shared(fast, prefix, ctx) }
            return shared(named(prefix, quoted: quoted, people: ws.members.values.map { ($0.id, $0.name) }, ctx), prefix, ctx)
        case .unit:
            if let index = ctx.people, let fast = namedIn([index.unitNames], prefix, quoted: quoted, ctx) { return fast }
            return named(prefix, quoted: quoted, others: KeyedNames(ws.units.values.map { ($0.code, $0.name) }), ctx)
        case .collective:
            if let index = ctx.people, let fast = namedIn([index.collectiveNames], prefix, quoted: quoted, ctx) { return fast }
            return named(prefix, quoted: quoted, others: KeyedNames(ws.collectives.values.map { ($0.code, $0.name) }), ctx)
        case .subject:
            if !quoted, let keyed = byKey(prefix, ctx) { return keyed }
            let found = namedPeople(prefix, quoted: quoted, ctx.people, subjects: true, ctx)
                ?? named(prefix, quoted: quoted, people: ws.members.values.map { ($0.id, $0.name) }, others: KeyedNames(otherSubjects(ws)), ctx)
            return keyedWhereAmbiguous(shared(found, prefix, ctx), ctx.people?.clashes ?? ws.codeClashGroups())
        }
    }

    /// A name several people bear (105 Nguyễn Văn Anh in a province): completed without closing
    /// its quote, since the command would refuse it as naming several; typed whole, Tab lists
    /// the bearers' ids with their cells, to type one instead (shell audit 49f). `among`: only
    /// these ids count (`include` offers the excluded).
    static func shared(_ found: [Candidate], _ prefix: String, _ ctx: CompletionContext, among: Set<String>? = nil) -> [Candidate] {
        guard found.count == 1, ctx.omitted.count == 0, let name = found.first?.text, ctx.workspace.members[name] == nil else { return found }
        let all = ctx.bearers.map { $0(name) } ?? bearersByScan(name, ctx.workspace)
        guard let bearers = all?.filter({ among?.contains($0.id) ?? true }).sorted(by: { $0.id < $1.id }), bearers.count > 1 else { return found }
        guard Vietnamese.key(prefix) == Vietnamese.key(name) else { return [Candidate(name, isFinal: false)] }
        return bearers.map { Candidate($0.id, label: "\($0.id)  \(name), \($0.unit)") }
    }

    /// The people who bear exactly `name` (canonically equal), with their units, by a pass over
    /// the roster.
    static func bearersByScan(_ name: String, _ ws: Workspace) -> [(id: String, unit: String)] {
        ws.members.values.filter { $0.name == name }.map { (id: $0.id, unit: $0.unit) }
    }

    /// `review --attended`: the ids that begin with what follows the last comma, each after the
    /// ids already typed, and not those. Ids only: the list takes no names. With the venue
    /// known (`--at`, a unit's or collective's code), its people only: a cell's or group's
    /// members, a collective's post holders; then nothing typed yet offers them all (a cell's
    /// few dozen). Above a million members the venue is not looked at (a scan of the roster).
    static func memberIds(_ prefix: String, _ ctx: CompletionContext, venue: String? = nil) -> [Candidate] {
        let cut = prefix.lastIndex { $0 == "," || $0 == ";" }
        let head = cut.map { String(prefix[...$0]) } ?? ""
        let upper = (cut.map { prefix[prefix.index(after: $0)...] } ?? Substring(prefix)).uppercased()
        let typed = Set(head.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingBlanks.uppercased() })
        if let pool = venue.flatMap({ venuePeople($0, ctx.workspace) }) {
            return pool.filter { $0.uppercased().hasPrefix(upper) && !typed.contains($0.uppercased()) }
                .map { ($0.uppercased(), $0) }.sorted(by: idOrder).map { Candidate(head + $0.1) }
        }
        guard !upper.isEmpty else { return [] }
        return sortedMemberIds(withPrefix: upper, ctx, head: head).filter { !typed.contains($0.uppercased()) }
            .map { Candidate(head + $0) }
    }

    /// The people a review at `venue` may list as present: a cell's members (its groups' too),
    /// a group's, a collective's post holders; nil when the code is no venue or the roster is
    /// too big to scan on a Tab.
    static func venuePeople(_ venue: String, _ ws: Workspace) -> [String]? {
        guard ws.members.count <= 1_000_000 else { return nil }
        // One finder per table: each keeps its table's index of ids in other cases.
        var unitIds = IdsAnyCase(), collectiveIds = IdsAnyCase()
        if let code = unitIds.id(venue, in: ws.units), let u = ws.units[code] {
            if u.kind == .group { return ws.members.values.filter { $0.group == code }.map(\.id) }
            return ws.members.values.filter { $0.unit == code }.map(\.id)
        }
        if let code = collectiveIds.id(venue, in: ws.collectives) {
            return Array(Set(ws.positions.values.filter { $0.body == code }.map(\.member)))
        }
        return nil
    }

    /// `list --where`: `FIELD=` (the word goes on), then the values of a field with a fixed set.
    static func memberFields(_ prefix: String, _ ctx: CompletionContext) -> [Candidate] {
        let ws = ctx.workspace
        guard let eq = prefix.firstIndex(of: "=") else {
            // A roster file gives every row the same extra columns: a sample finds them without a
            // pass over a national roster at each Tab.
            let extra = Set(ws.members.values.prefix(10_000).compactMap(\.extra).flatMap(\.keys))
                .map(MemberFields.key)
            return (MemberFields.names + extra.sorted()).filter { $0.hasPrefix(prefix.lowercased()) }.map { Candidate($0 + "=", isFinal: false) }
        }
        let field = String(prefix[..<eq]).lowercased(), value = String(prefix[prefix.index(after: eq)...])
        if field == "unit" || field == "group" {
            let groups = field == "group"
            let codes = (groups ? ctx.people?.groupCodes : ctx.people?.cellCodes) ?? .units(ws.units, groups: groups)
            return bounded(codes.starting(with: value), ctx, head: field + "=").map { Candidate(field + "=" + $0) }
        }
        let typed = Vietnamese.fold(value)
        let all: [String]
        switch field {
        case "status": all = Member.Status.allCases.map(\.rawValue)
        case "level", "workplace_level": all = Level.allCases.map(\.rawValue)
        case "workplace_stage": all = Stage.allCases.map(\.rawValue)
        case "excluded": all = Exclusion.Reason.allCases.map(\.rawValue)
        case "civil_servant", "outside": all = ["yes", "no"]
        default: all = []
        }
        return all.filter { Vietnamese.fold($0).hasPrefix(typed) }.map { Candidate(field + "=" + $0) }
    }

    /// A subject's key being typed (`member:CB0`, `organization:`): the ids of that class, as
    /// keys. nil when the word names no class before a colon.
    static func byKey(_ prefix: String, _ ctx: CompletionContext) -> [Candidate]? {
        guard let colon = prefix.firstIndex(of: ":"), let cls = SubjectClass(rawValue: String(prefix[..<colon])) else { return nil }
        let upper = prefix[prefix.index(after: colon)...].uppercased()
        let ws = ctx.workspace
        let found: [String]
        switch cls {
        case .member: return sortedMemberIds(withPrefix: upper, ctx, head: cls.keyPrefix).map { Candidate(cls.keyPrefix + $0) }
        case .leader:
            if let kept = ctx.leaders { found = sortedBounded(kept.names(ws), upper, ctx, head: cls.keyPrefix); break }
            found = boundedIds(leaderIds(ws), upper, ctx, head: cls.keyPrefix)
        case .organization:
            if let index = ctx.people { found = sortedBounded(index.gradedUnitCodes, upper, ctx, head: cls.keyPrefix); break }
            found = boundedIds(ws.units.values.filter(\.isGraded).map(\.code), upper, ctx, head: cls.keyPrefix)
        case .collective:
            if let index = ctx.people { found = sortedBounded(index.collectiveCodes, upper, ctx, head: cls.keyPrefix); break }
            found = boundedIds(Array(ws.collectives.keys), upper, ctx, head: cls.keyPrefix)
        }
        return found.map { Candidate(cls.keyPrefix + $0) }
    }

    /// Members of the roster who hold a post, each once.
    static func leaderIds(_ ws: Workspace) -> [String] {
        Array(Set(ws.positions.values.map(\.member)).filter { ws.members[$0] != nil })
    }

    /// Member ids that begin with `upper` (upper-cased), in order, from the people index when
    /// there is one; `bounded`, each listed after `head`.
    static func sortedMemberIds(withPrefix upper: String, _ ctx: CompletionContext, head: String) -> [String] {
        if let index = ctx.people?.people { return sortedBounded(index, upper, ctx, head: head) }
        return boundedIds(Array(ctx.workspace.members.keys), upper, ctx, head: head)
    }

    /// The ids of `names` that begin with `upper`, `boundedMerge`d.
    static func sortedBounded(_ names: PeopleIndex.Names, _ upper: String, _ ctx: CompletionContext, head: String) -> [String] {
        boundedMerge(names.run(withPrefix: upper), [], ctx, head: head)
    }

    /// The most ids one Tab lists: `grade ` on a national roster offered 5.6M, which took
    /// seconds to sort, compare and remove repeats from, to show 200 of them.
    static let idLimit = 5_000

    /// Ids that begin with `upper` (upper-cased), from a list without an index, as the index
    /// gives them (`idOrder`), `boundedMerge`d.
    static func boundedIds(_ ids: [String], _ upper: String, _ ctx: CompletionContext, head: String = "") -> [String] {
        let run = ids.map { ($0.uppercased(), $0) }.filter { $0.0.hasPrefix(upper) }.sorted(by: idOrder)
        return boundedMerge(run[...], [], ctx, head: head)
    }

    /// The order Tab lists ids in, as (upper-cased id, id): ignoring case, then by the id.
    static func idOrder(_ a: (String, String), _ b: (String, String)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    /// Two runs of (upper-cased id, id) in `idOrder` as one, of which only the first `idLimit`
    /// are listed; the rest are counted in `ctx.omitted` with the beginning they share, which
    /// `replacement` still counts (in a sorted run, what the first and the last share). Reads
    /// only what it lists and the two ends: a national roster's run under one letter is 5.6M
    /// ids, whose copy alone took a Tab past its 50 ms.
    static func boundedMerge(_ a: ArraySlice<(String, String)>, _ b: ArraySlice<(String, String)>, _ ctx: CompletionContext,
                             head: String = "") -> [String] {
        var (i, j) = (a.startIndex, b.startIndex)
        func next() -> (String, String)? {
            if i < a.endIndex && (j == b.endIndex || !idOrder(b[j], a[i])) { i += 1; return a[i - 1] }
            if j < b.endIndex { j += 1; return b[j - 1] }
            return nil
        }
        var out: [String] = []
        out.reserveCapacity(min(idLimit, a.count + b.count))
        while out.count < idLimit, let id = next() { out.append(id.1) }
        let rest = (a.endIndex - i) + (b.endIndex - j)
        guard rest > 0, let first = next() else { return out }
        let last = [a.last, b.last].compactMap { $0 }.max(by: idOrder)!
        ctx.omitted.count += rest
        ctx.omitted.shared.append(head + sharedPrefix(first.0, last.0))
        return out
    }

    /// An id or code of two subjects (a member id that is also a cell's code) is offered as the
    /// subjects' keys (`member:CB01`, `organization:CB01`): the id alone is refused as ambiguous.
    /// Lists of more than 10,000 (a national roster's ids under one letter) are left as they are:
    /// nothing is inserted from them, and a lookup per candidate would only lengthen such a Tab.
    static func keyedWhereAmbiguous(_ found: [Candidate], _ clashes: @autoclosure () -> [String: [SubjectRef]]) -> [Candidate] {
        guard found.count <= 10_000, !found.isEmpty else { return found }
        let clashes = clashes()
        guard !clashes.isEmpty else { return found }
        var out: [Candidate] = [], keyed = Set<String>()
        for c in found {
            guard let refs = clashes[c.text.uppercased()] else { out.append(c); continue }
            for r in refs where keyed.insert(r.key).inserted { out.append(Candidate(r.key)) }
        }
        return out
    }

    /// The subjects other than people, as Tab offers them: graded units, then collectives.
    static func otherSubjects(_ ws: Workspace) -> [(id: String, name: String)] {
        ws.units.values.filter(\.isGraded).map { ($0.code, $0.name) } + ws.collectives.values.map { ($0.code, $0.name) }
    }

    /// Ids and codes that begin with the prefix (ignoring case), then full names that begin with it
    /// ignoring case and diacritics (`nguy` → Nguyễn …), names in Vietnamese order. A quoted word
    /// is a name. With nothing typed, only ids: a roster of names would drown the list.
    static func named(_ prefix: String, quoted: Bool, people: [(id: String, name: String)] = [],
                      others: KeyedNames = KeyedNames([]), _ ctx: CompletionContext) -> [Candidate] {
        let upper = prefix.uppercased()
        let key = Vietnamese.key(prefix)
        let endsWithBlank = prefix.last == " "
        func ids(_ items: [(id: String, name: String)], uppers: [String]? = nil) -> [(String, String)] {
            quoted ? [] : items.indices.map { (uppers?[$0] ?? items[$0].id.uppercased(), items[$0].id) }.filter { $0.0.hasPrefix(upper) }
        }
        // Listed as ids are, the first `idLimit` (140,000 cells' names, 276,258 people's at
        // national size).
        func names(_ items: [(id: String, name: String)], keys: [String]? = nil, _ sortKey: (String) -> [UInt16]) -> [String] {
            guard !prefix.isEmpty || quoted else { return [] }
            let found = items.indices.filter {
                let k = keys?[$0] ?? Vietnamese.key(items[$0].name)
                return k.hasPrefix(key) && (!endsWithBlank || k.count > key.count)
            }.map { items[$0].name }
            return bounded(narrowedAndSorted(found, prefix, sortKey), ctx)
        }
        // People in Vietnamese name order (given name first); units and collectives by their whole name.
        let found = boundedMerge((ids(people) + ids(others.items, uppers: others.uppers)).sorted(by: idOrder)[...], [], ctx)
            + names(people, Vietnamese.nameSortKey)
            + names(others.items, keys: others.keys, Vietnamese.collationKey)
        return found.map { Candidate($0) }
    }

    /// Indices of `names` in the order Tab lists them: by `sortKey` in Vietnamese order, then by
    /// the text itself.
    static func nameOrder(_ names: [String], _ sortKey: (String) -> [UInt16]) -> [Int] {
        let keys = names.map(sortKey)
        return names.indices.sorted { Vietnamese.lessThan(keys[$0], keys[$1]) || (keys[$0] == keys[$1] && names[$0] < names[$1]) }
    }

    /// Whether `narrowed` may leave names out: the prefix has diacritics (Thùy and Thuỳ alike,
    /// `placingTones`: the same name in two spellings).
    static func narrows(_ prefix: String) -> Bool {
        let typed = Vietnamese.placingTones(Vietnamese.nfc(prefix).lowercased())
        return typed != Vietnamese.fold(typed)
    }

    /// Names that matched ignoring diacritics, in order. Diacritics typed are meant: `Nguyễn Văn Â`
    /// offers Ân, not An, when such names exist.
    static func narrowedAndSorted(_ matched: [String], _ prefix: String, _ sortKey: (String) -> [UInt16]) -> [String] {
        let found = narrowed(matched, prefix)
        return nameOrder(found, sortKey).map { found[$0] }
    }

    /// The names that keep the diacritics typed, when some do; all of them otherwise.
    static func narrowed(_ matched: [String], _ prefix: String) -> [String] {
        guard narrows(prefix) else { return matched }
        let typed = Vietnamese.placingTones(Vietnamese.nfc(prefix).lowercased())
        let exact = matched.filter { Vietnamese.placingTones(Vietnamese.nfc($0).lowercased()).hasPrefix(typed) }
        return exact.isEmpty ? matched : exact
    }

    /// `named` for the roster (and, for a subject, graded units and collectives) through the
    /// index: the same candidates in the same order, found by binary search. nil when the index
    /// cannot answer (no index, or names outside ASCII once folded).
    static func namedPeople(_ prefix: String, quoted: Bool, _ index: PeopleIndex?, subjects: Bool = false, _ ctx: CompletionContext) -> [Candidate]? {
        guard let index else { return nil }
        return namedIn(subjects ? [index.people, index.others] : [index.people], prefix, quoted: quoted, ctx)
    }

    /// `named` through one or two of the index's lists (the roster's, then the others'): ids of
    /// both merged, then each one's names. nil when a list cannot answer (names outside ASCII
    /// once folded).
    static func namedIn(_ lists: [PeopleIndex.Names], _ prefix: String, quoted: Bool, _ ctx: CompletionContext) -> [Candidate]? {
        let key = Vietnamese.key(prefix)
        let upper = prefix.uppercased()
        let longer = prefix.last == " "
        var places: [[Int32]] = []
        if !prefix.isEmpty || quoted {
            for list in lists {
                guard let hits = list.namesInOrder(withKeyPrefix: key, longer: longer) else { return nil }
                places.append(hits)
            }
        }
        let ids = quoted ? [] : boundedMerge(lists[0].run(withPrefix: upper), lists.count > 1 ? lists[1].run(withPrefix: upper) : [], ctx)
        // As `named`: ids sorted, then people's names, then the others' names. Each name once
        // (the index keeps each once); the names are read only as far as the list needs them.
        func listed(_ places: [Int32], _ from: PeopleIndex.Names) -> [String] {
            let found = places.lazy.map { from.name(at: $0) }
            return narrows(prefix) ? bounded(narrowed(Array(found), prefix), ctx, distinct: true) : bounded(found, ctx, distinct: true)
        }
        return (ids + zip(places, lists).flatMap { listed($0, $1) }).map { Candidate($0) }
    }

    /// Files and folders under the folder part of the prefix; folders end with `/`.
    static func files(_ prefix: String, _ ctx: CompletionContext) -> [Candidate] {
        let dir: String
        let base: String
        if let slash = prefix.lastIndex(of: "/") {
            dir = String(prefix[...slash])
            base = String(prefix[prefix.index(after: slash)...])
        } else {
            dir = ""
            base = prefix
        }
        return ctx.listDirectory(dir)
            .filter { $0.name.hasPrefix(base) && (base.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
            .map { Candidate(dir + $0.name + ($0.isDirectory ? "/" : ""), isFinal: !$0.isDirectory) }
    }

    /// The real file system: `~` is the home folder, "" the current folder.
    public static func listFileSystem(_ dir: String) -> [FileEntry] {
        var path = dir.isEmpty ? "." : dir
        // The home as the commands read it (`UserFolders.home`).
        if path == "~" || path.hasPrefix("~/") { path = UserFolders.home() + path.dropFirst() }
        // A folder the disk stores decomposed (NFD, as macOS and zip files leave it) is found
        // from the composed text typed (`Session.onDisk`, as `load` finds it), and its names are
        // offered composed, as the line shows and edits text.
        path = Session.onDisk(path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.map { FileEntry(Vietnamese.nfc($0), isDirectory: isFolder((path as NSString).appendingPathComponent($0))) }
    }

    static func dedupe(_ c: [Candidate]) -> [Candidate] {
        var seen = Set<String>()
        return c.filter { seen.insert($0.text).inserted }
    }

    // MARK: what Tab inserts

    static func replacement(_ current: Part, _ candidates: [Candidate]) -> String? {
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 {
            return quote(first.text, current.openQuote, close: first.isFinal) + (first.isFinal ? " " : "")
        }
        // The beginning every candidate shares (ignoring case), put in place of what was typed
        // when it says more: `nguy` becomes `"Nguyễn `, `m0` becomes `M00`.
        var common = first.text
        for c in candidates.dropFirst() { common = sharedPrefix(common, c.text) }
        let typed = current.text
        if common.count < typed.count || (common.count == typed.count && common == typed) { return nil }
        // Only the case would change, and the candidates do not agree on it (snapshots `base`
        // and `Bản nháp`: `b` became `B`, a beginning of neither as they are matched).
        if common.count == typed.count && !candidates.allSatisfy({ $0.text.hasPrefix(common) }) { return nil }
        return quote(common, current.openQuote, close: false)
    }

    /// The first `idLimit` of a list already in the order Tab shows it (codes, the kept unit
    /// names); the rest are counted in `ctx.omitted` with the beginning they share, which
    /// `replacement` still counts. 140,000 cells' names took a third of a second to list.
    /// A name several people or units bear is listed once; `distinct`: the list has none twice
    /// (the index keeps each name once), and the names past the limit are read only while they
    /// still share a beginning.
    static func bounded<List: RandomAccessCollection>(_ list: List, _ ctx: CompletionContext, head: String = "",
                                                     distinct: Bool = false) -> [String] where List.Element == String {
        guard !distinct else { return boundedDistinct(list, ctx, head: head) }
        var items: [String] = []
        items.reserveCapacity(list.count)
        for t in list where !(items.last.map { Vietnamese.sameText($0, t) } ?? false) { items.append(t) }
        return boundedDistinct(items, ctx, head: head)
    }

    private static func boundedDistinct<List: RandomAccessCollection>(_ items: List, _ ctx: CompletionContext,
                                                                      head: String) -> [String] where List.Element == String {
        guard items.count > idLimit else { return Array(items) }
        let tail = items.dropFirst(idLimit)
        // `sharedPrefix` in place: it builds a new String for each of up to 270,000 names. A name
        // that begins with the shared bytes is passed over without comparing characters.
        var shared = Array(tail.first!)
        var beginning = SharedBeginning(tail.first!)
        for t in tail.dropFirst() {
            if shared.isEmpty { break }
            if beginning.isBeginning(of: t) { continue }
            var n = 0
            for c in t {
                guard n < shared.count, c == shared[n] || c.lowercased() == shared[n].lowercased() else { break }
                n += 1
            }
            if n < shared.count {
                shared.removeLast(shared.count - n)
                beginning = SharedBeginning(String(shared))
            }
        }
        ctx.omitted.count += tail.count
        ctx.omitted.shared.append(head + String(shared))
        return Array(items.prefix(idLimit))
    }

    /// Shared beginning of two words, in whole characters, ignoring case.
    static func sharedPrefix(_ a: String, _ b: String) -> String {
        var out = ""
        for (x, y) in zip(a, b) {
            guard x == y || (x.lowercased() == y.lowercased()) else { break }
            out.append(x)
        }
        return out
    }

    /// The word as it must be typed: in the quote the user opened, or in `"…"` when it holds a
    /// blank or a special character; `close` adds the closing quote.
    static func quote(_ s: String, _ open: Character?, close: Bool) -> String {
        if s.hasPrefix("--"), let eq = s.firstIndex(of: "=") {
            // `--out="my file.kd"`: only the value is quoted, or the word would not be an option.
            return String(s[...eq]) + quote(String(s[s.index(after: eq)...]), open, close: close)
        }
        guard open != nil || CommandWord.needsQuotes(s) else { return s }
        let q = open ?? "\""
        let body = q == "\"" ? CommandWord.escaped(s) : s
        return String(q) + body + (close ? String(q) : "")
    }
}
