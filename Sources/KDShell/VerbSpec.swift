import KiemDiem

/// What a value of an option or a positional stands for, so completion can offer candidates.
public enum ValueKind: Sendable, Equatable {
    case text, number, date, file, level, stage, body, form, subject, member, unit, collective
    /// A member excluded now (`include`): Tab offers those, not the whole roster.
    case excludedMember
    /// `list --where FIELD=VALUE`: the members' fields, then the values a field takes.
    case memberField
    /// Member ids separated by commas (`review --attended P001,P002`).
    case memberIds
    case choice([String])
    case settingKey
    case snapshot
    case verb
}

public struct OptionSpec: Sendable {
    public var name: String
    /// nil for a boolean flag.
    public var value: ValueKind?
    public var summary: Message
    public var repeatable: Bool
    /// What `help` calls the value when its kind's word misleads (`--out DIR` of `generate`,
    /// a folder or a workbook, not one FILE).
    public var placeholder: String?
    public init(_ name: String, _ value: ValueKind?, _ summary: Message, repeatable: Bool = false, placeholder: String? = nil) {
        self.name = name
        self.value = value
        self.summary = summary
        self.repeatable = repeatable
        self.placeholder = placeholder
    }
}

/// Everything kd knows about a verb: help, completion and dispatch all read this one value.
public struct VerbSpec: Sendable {
    public var name: String
    public var aliases: [String] = []
    public var group: HelpGroup
    public var usage: String
    public var summary: Message
    public var options: [OptionSpec] = []
    /// Sub-words for the first positional (`load roster`, `report summary`, `review plan`).
    public var subwords: [String] = []
    /// What the positionals are, for completion.
    public var positionals: [ValueKind] = []
    /// Whether the last positional repeats (`exclude P001 P002 …`); otherwise Tab offers nothing
    /// once they are all given (`open FILE` took a second file).
    public var lastPositionalRepeats = false
    /// What the positionals after a sub-word are, when they depend on it (`set lang vi|en`).
    public var subwordPositionals: [String: [ValueKind]] = [:]
    /// The only options a sub-word takes, where it takes fewer than the verb (`review plan`):
    /// Tab offers these, and the binder refuses the others.
    public var subwordOptions: [String: [String]] = [:]
    /// Fewer values of an option after a sub-word (`report document --format`: md or html): Tab
    /// offers these; the verb itself refuses the others.
    public var subwordValues: [String: [String: [String]]] = [:]
    /// Every word after the verb is text (`echo`, `pause`: narration such as `--- Bước 2 ---`),
    /// `--x` and `--` included: the verb has no options.
    public var onlyText = false
    public var examples: [String] = []
    /// Paragraphs `help VERB` prints under the summary (what the one-line summary of the
    /// `help` overview has no room for).
    public var notes: [Message] = []
    /// Changes the workspace: runs in a transaction and can be undone.
    public var run: @Sendable (Invocation, Session) throws -> Void

    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }
}

public enum HelpGroup: String, CaseIterable, Sendable {
    case workspace, loading, domain, reports, scenarios, shell
    var title: Message {
        switch self {
        case .workspace: return Message(en: "Workspace and settings", vi: "Workspace và thiết lập")
        case .loading: return Message(en: "Loading facts", vi: "Nạp dữ liệu")
        case .domain: return Message(en: "Review and grading", vi: "Kiểm điểm và xếp loại")
        case .reports: return Message(en: "Reports", vi: "Báo cáo")
        case .scenarios: return Message(en: "Scenarios", vi: "Kịch bản")
        case .shell: return Message(en: "Shell", vi: "Vỏ lệnh")
        }
    }
}

/// A parsed command: the verb, its positionals and options, each with its location.
public struct Invocation {
    public var spec: VerbSpec
    public var verbWord: Word
    public var positionals: [Word]
    public var options: [String: [Word]]
    public var text: String
    public var file: String

    public func has(_ name: String) -> Bool { options[name] != nil }
    public func value(_ name: String) -> Word? { options[name]?.last }
    public func values(_ name: String) -> [Word] { options[name] ?? [] }

    public func location(_ w: Word) -> SourceLocation {
        SourceLocation(file: file, line: w.line, column: w.column)
    }
    public var location: SourceLocation { location(verbWord) }

    /// An error pointing at a word of this command.
    public func error(_ m: Message, at w: Word? = nil, hints: [Message] = []) -> KDError {
        KDError(m, at: location(w ?? verbWord), hints: hints)
    }

    /// Runs `body`; an error it throws points at `w` (the file name the user typed), when given.
    public func pointing<T>(at w: Word?, _ body: () throws -> T) throws -> T {
        do { return try body() } catch var e as KDError {
            if let w { e.location = location(w) }
            throw e
        }
    }

    /// The positional at index i, or a "missing argument" error naming the usage.
    public func positional(_ i: Int, _ what: String) throws -> Word {
        guard i < positionals.count else {
            throw error(ShellText.missingArgument(what), at: end, hints: [ShellText.usage(spec.usage)])
        }
        return positionals[i]
    }

    /// Where the command ends, for what is missing at its end (`grade P001`: after P001, not at
    /// `grade`). On one line only; a command continued over lines (its text joined) points at
    /// its verb.
    var end: Word? {
        let words = [verbWord] + positionals + options.values.joined()
        guard words.allSatisfy({ $0.line == verbWord.line }) else { return nil }
        let trimmed = text.reversed().drop { $0 == " " || $0 == "\t" }.count
        return Word(text: "", line: verbWord.line, column: verbWord.column + trimmed, width: 1)
    }

    public func noMorePositionals(than n: Int) throws {
        if positionals.count > n {
            let w = positionals[n]
            // A lone `\` is most often a continuation that a blank after it undid.
            let stray = w.text == "\\" && !w.quoted ? [ShellText.hintBlankAfterBackslash] : []
            throw error(ShellText.unexpectedArgument(w.text), at: w,
                        hints: stray + ShellText.typographicQuotes(positionals) + unquotedLevel(from: n) + [ShellText.usage(spec.usage)])
        }
    }

    /// A level's name of several words typed without quotes (`grade P001 Hoàn thành tốt nhiệm vụ`):
    /// the words from the last allowed positional on make one.
    private func unquotedLevel(from n: Int) -> [Message] {
        guard n >= 1 else { return [] }
        let words = positionals[(n - 1)...]
        guard words.allSatisfy({ !$0.quoted }), Level.parse(words.map(\.text).joined(separator: " ")) != nil else { return [] }
        return [ShellText.hintQuoteLevel(words.map(\.text).joined(separator: " "))]
    }

    public func int(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
        guard let w = value(name) else { return nil }
        guard let n = Int(w.text), range.map({ $0.contains(n) }) ?? true else {
            throw error(ShellText.notANumber(w.text, name, range), at: w)
        }
        return n
    }

    public func date(_ w: Word) throws -> Day {
        guard let d = Day.parse(w.text) else {
            throw error(ShellText.badDate(w.text), at: w, hints: [Catalog.hintDate(for: w.text)])
        }
        return d
    }

    public func level(_ w: Word) throws -> Level {
        guard let l = Level.parse(w.text) else {
            throw error(ShellText.badLevel(w.text), at: w, hints: [ShellText.hintLevels])
        }
        return l
    }

    /// One of a fixed set of values: its code in any case, or (with `aliases`) the Vietnamese
    /// word a file's cell also takes (`--form "khiển trách"`).
    public func choice<T: RawRepresentable & CaseIterable>(_ w: Word, _ type: T.Type,
                                                           aliases: [String: T] = [:]) throws -> T where T.RawValue == String {
        if let v = T(rawValue: w.text.lowercased()) { return v }
        if !aliases.isEmpty, let v = VietnameseValues.match(w.text, type, aliases) { return v }
        let all = T.allCases.map(\.rawValue)
        throw error(ShellText.badChoice(w.text, all), at: w,
                    hints: Suggest.hint(w.text, all) + (aliases.isEmpty ? [] : [Catalog.hintAlsoVietnamese(aliases.keys.sorted())]))
    }
}

/// Binds the words after the verb to the verb's options and positionals.
public enum Binder {
    public static func bind(_ spec: VerbSpec, _ syntax: CommandSyntax, file: String) throws -> Invocation {
        var inv = Invocation(spec: spec, verbWord: syntax.words[0], positionals: [], options: [:],
                             text: syntax.text, file: file)
        if spec.onlyText {
            inv.positionals = Array(syntax.words.dropFirst())
            return inv
        }
        var i = 1
        let words = syntax.words
        var endOfOptions = false
        while i < words.count {
            let w = words[i]
            i += 1
            if !endOfOptions && !w.quoted && w.text == "--" { endOfOptions = true; continue }
            guard !endOfOptions, w.isOption else { inv.positionals.append(w); continue }
            var name = String(w.text.dropFirst(2))
            var inline: Word?
            if let eq = name.firstIndex(of: "=") {
                let v = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
                inline = Word(text: v, line: w.line, column: w.column + name.count + 3, quoted: w.quoted)
            }
            guard let opt = spec.option(name) else {
                throw KDError(ShellText.unknownOption(name, spec.name), at: SourceLocation(file: file, line: w.line, column: w.column),
                              hints: Suggest.hint("--" + name, spec.options.map { "--" + $0.name })
                                + [ShellText.seeHelp(spec.name)])
            }
            if opt.value == nil {
                if inline != nil {
                    throw KDError(ShellText.flagTakesNoValue(name), at: SourceLocation(file: file, line: w.line, column: w.column))
                }
                inv.options[name, default: []].append(w)
                continue
            }
            var value: Word
            if let v = inline {
                value = v
            } else {
                guard i < words.count, !words[i].isOption else {
                    throw KDError(ShellText.optionNeedsValue(name), at: SourceLocation(file: file, line: w.line, column: w.column),
                                  hints: [ShellText.usage(spec.usage)])
                }
                value = words[i]
                i += 1
            }
            if inv.options[name] != nil && !opt.repeatable {
                throw KDError(ShellText.optionTwice(name), at: SourceLocation(file: file, line: w.line, column: w.column))
            }
            if opt.value == .file { try refuseEmptyPath(value, file) }
            // `--note "$REASON"` with nothing in it stored a blank note (`other: `), an
            // `--override ""` an audit line with no reason, an `--attended ""` cleared who was there.
            // A list of ids with none in it (`--attended "$A,$B"`, both empty) likewise.
            if opt.value == .text || opt.value == .memberIds,
               value.text.allSatisfy({ $0.isWhitespace || (opt.value == .memberIds && ",;".contains($0)) }) {
                throw KDError(ShellText.blankOptionValue(name), at: SourceLocation(file: file, line: value.line, column: value.column),
                              hints: [name == "override" ? ShellText.hintOverrideReason : ShellText.hintLeaveOptionOut(name)])
            }
            inv.options[name, default: []].append(value)
        }
        for (k, w) in inv.positionals.enumerated() where k < spec.positionals.count && spec.positionals[k] == .file {
            try refuseEmptyPath(w, file)
        }
        // A sub-word that takes fewer options than its verb (`review plan`): the others are
        // refused, not ignored.
        if let sub = inv.positionals.first, !sub.quoted, let allowed = spec.subwordOptions[sub.text.lowercased()] {
            for (name, given) in inv.options.sorted(by: { $0.key < $1.key }) where !allowed.contains(name) {
                let w = given.last ?? inv.verbWord
                throw KDError(ShellText.optionNotFor(name, "\(spec.name) \(sub.text.lowercased())"),
                              at: SourceLocation(file: file, line: w.line, column: w.column), hints: [ShellText.usage(spec.usage)])
            }
        }
        return inv
    }

    /// `''` where a path goes: said as such, not as a file that cannot be read or written.
    static func refuseEmptyPath(_ w: Word, _ file: String) throws {
        if w.text.isEmpty { throw KDError(ShellText.emptyPath, at: SourceLocation(file: file, line: w.line, column: w.column)) }
    }
}

extension Invocation {
    /// The files the command reads: positionals of kind `.file` (by the verb's, or its
    /// sub-word's, list; the last kind repeats). For the crash journal, to say which changed.
    var inputFiles: [String] {
        guard !positionals.isEmpty else { return [] }
        let sub = spec.subwordPositionals[positionals[0].text.lowercased()]
        let kinds = sub.map { [ValueKind.text] + $0 } ?? spec.positionals
        guard !kinds.isEmpty else { return [] }
        return positionals.indices.filter { kinds[min($0, kinds.count - 1)] == .file }.map { positionals[$0].text }
    }
}
