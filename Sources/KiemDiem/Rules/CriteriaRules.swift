/// R124-CRITERIA: the level a subject's criteria ratings support [QĐ124 Đ12; KH 79 IV], shown by
/// `why` and compared with the subject's level by `check`.
public enum CriteriaLevels {
    /// QĐ124 Điều 12, read on one sheet (collectives Đ12 k1, individuals k2 use the same words):
    /// 1. any criterion rated Kém → KHTNV (even before the sheet is complete);
    /// 2. otherwise a sheet with a criterion not rated yet supports no level;
    /// 3. every criterion Tốt or better and every task-results criterion (part `results`)
    ///    Xuất sắc → HTXSNV;
    /// 4. every criterion Trung bình or better (no Kém) and every task-results criterion Tốt or
    ///    better → HTTNV;
    /// 5. otherwise (the criteria "cơ bản" Trung bình or better, none Kém) → HTNV.
    /// The other conditions of Đ12 (discipline, targets, the 20% quota) are their own rules.
    public static func qd124(_ sheet: [Criterion], _ marks: [String: Mark]) -> CriteriaVerdict {
        var ratings: [(Criterion, Rating)] = []
        var unmarked: [String] = []
        for c in sheet {
            if case .rating(let r)? = marks[c.id] { ratings.append((c, r)) } else { unmarked.append(c.id) }
        }
        let poor = ratings.filter { $0.1 == .poor }.map(\.0.id)
        if !poor.isEmpty { return CriteriaVerdict(level: .KHTNV, unmarked: unmarked, reason: Catalog.Criteria.poor(poor)) }
        if !unmarked.isEmpty { return CriteriaVerdict(level: nil, unmarked: unmarked, reason: Catalog.Criteria.incomplete(unmarked)) }
        let results = ratings.filter { $0.0.part == .results }
        let lowest = ratings.map(\.1).min() ?? .poor
        let lowestResult = results.map(\.1).min() ?? .poor
        let below = { (r: Rating) in ratings.filter { $0.1 < r }.map { "\($0.0.id) \($0.1.vietnamese)" } }
        if lowest >= .good && lowestResult == .excellent {
            return CriteriaVerdict(level: .HTXSNV, unmarked: [], reason: Catalog.Criteria.excellent)
        }
        if lowestResult >= .good {
            let why = lowestResult == .excellent ? Catalog.Criteria.notAllGood(below(.good))
                : Catalog.Criteria.resultsGood(results.filter { $0.1 < .excellent }.map { "\($0.0.id) \($0.1.vietnamese)" })
            return CriteriaVerdict(level: .HTTNV, unmarked: [], reason: why)
        }
        let why = results.isEmpty ? Catalog.Criteria.noResults
            : Catalog.Criteria.resultsAverage(results.filter { $0.1 < .good }.map { "\($0.0.id) \($0.1.vietnamese)" })
        return CriteriaVerdict(level: .HTNV, unmarked: [], reason: why)
    }

    /// A points sheet (QĐ366): the total of the marks, placed by `band`. Only once every
    /// criterion is marked.
    public static func points(_ sheet: [Criterion], _ marks: [String: Mark], band: (Points) -> Level) -> CriteriaVerdict {
        var total = Points(hundredths: 0)
        var unmarked: [String] = []
        for c in sheet {
            if case .points(let p)? = marks[c.id] { total = total + p } else { unmarked.append(c.id) }
        }
        if !unmarked.isEmpty { return CriteriaVerdict(level: nil, unmarked: unmarked, reason: Catalog.Criteria.incomplete(unmarked)) }
        let level = band(total)
        return CriteriaVerdict(level: level, unmarked: [], reason: Catalog.Criteria.total(total, level), total: total)
    }
}

/// The criteria sheets of a workspace, indexed once: the province's list (`load criteria`) where
/// it has criteria of a class, else the rulebook's defaults for that class.
public struct CriteriaSheets: Sendable {
    var byClass: [SubjectClass: [String: [Criterion]]] = [:]

    public init(_ ws: Workspace, _ book: any Rulebook) {
        let own = ws.criteria.values.sorted { CriteriaSheets.order($0, $1) }
        let ownClasses = Set(own.map(\.cls))
        for c in own + book.defaultCriteria(ws.settings).filter({ !ownClasses.contains($0.cls) }) {
            byClass[c.cls, default: [:]][c.form, default: []].append(c)
        }
    }

    /// Criteria in form order, then id with numbers compared as numbers ("7.2" before "7.10").
    static func order(_ a: Criterion, _ b: Criterion) -> Bool {
        if a.form != b.form { return numericLess(a.form, b.form) }
        return numericLess(a.id, b.id)
    }

    public static func numericLess(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "."), y = b.split(separator: ".")
        for (p, q) in zip(x, y) where p != q {
            if let i = Int(p), let j = Int(q) { return i < j }
            return p < q
        }
        return x.count < y.count
    }

    /// The forms a class has sheets on.
    public func forms(_ cls: SubjectClass) -> [String] {
        (byClass[cls] ?? [:]).keys.sorted(by: CriteriaSheets.numericLess)
    }

    /// The sheet of a form, or of the class's first form when the list has not that one.
    public func sheet(_ cls: SubjectClass, form: String) -> (form: String, criteria: [Criterion])? {
        guard let forms = byClass[cls], !forms.isEmpty else { return nil }
        if let s = forms[form] { return (form, s) }
        let first = self.forms(cls)[0]
        return (first, forms[first]!)
    }

    public func all(_ cls: SubjectClass) -> [Criterion] { forms(cls).flatMap { byClass[cls]![$0]! } }
}

extension WardFacts {
    /// The sheet a subject is rated on: the rulebook picks the form.
    public func criteriaSheet(_ ref: SubjectRef, _ sheets: CriteriaSheets) -> (form: String, criteria: [Criterion])? {
        sheets.sheet(ref.cls, form: book.criteriaForm(self, ref))
    }

    /// The subject's marks on its sheet, by criterion id (one lookup per criterion).
    public func marks(_ ref: SubjectRef, _ sheet: [Criterion]) -> [String: Mark] {
        var out: [String: Mark] = [:]
        for c in sheet {
            if let m = ws.assessments["\(ref.key)|\(c.id)"]?.mark { out[c.id] = m }
        }
        return out
    }

    /// What the subject's marks support; nil when nothing of its sheet is marked.
    public func criteriaVerdict(_ ref: SubjectRef, _ sheets: CriteriaSheets) -> (form: String, verdict: CriteriaVerdict)? {
        guard let s = criteriaSheet(ref, sheets) else { return nil }
        let m = marks(ref, s.criteria)
        if m.isEmpty { return nil }
        return (s.form, book.criteriaLevel(s.criteria, m))
    }

    /// R124-CRITERIA on a graded subject: a level above what its ratings support, or a sheet
    /// begun but not finished.
    public func criteriaFindings(_ ref: SubjectRef, final: Level, _ sheets: CriteriaSheets) -> [Finding] {
        guard let (form, v) = criteriaVerdict(ref, sheets) else { return [] }
        let rule = book.criteriaRule
        // A points sheet is the score: with no score of its own the grade is held to the sheet's
        // band by R366-SCORE-BAND (a hard ceiling, which cap applies); with one, the two totals
        // must agree, and only the committee can say which is right.
        if let sheet = v.total, let l = v.level, ws.effective(ref) != nil {
            // The score the grade rests on: its own, or (a level decided without one) the score
            // it was proposed with, which the band ceiling reads too (`GradeSet.latestTotal`).
            guard let own = ws.grades[ref.key]?.latestTotal, own != sheet else { return [] }
            return [Finding(rule: rule, subject: ref, severity: final > l ? .error : .warning,
                            problem: Catalog.Criteria.totalsDiffer(own, sheet, form, final > l ? (final, l) : nil),
                            fix: Catalog.Criteria.fixTotalsDiffer(ref))]
        }
        if let l = v.level {
            guard final > l else { return [] }
            return [Finding(rule: rule, subject: ref, problem: Catalog.Criteria.above(final, l, form, v.reason),
                            fix: Catalog.Criteria.fixAbove(l, ref, points: book.criteriaScale == .points))]
        }
        // Not finished, but the marks so far may rule the level out already (a Trung bình on a
        // task result, points that cannot reach 90): what the sheet supports at best, the rest
        // marked at their best, said as the error it will be (2025 criteria audit).
        if let best = bestCase(ref, sheets, v.unmarked), final > best.level {
            return [Finding(rule: rule, subject: ref, problem: Catalog.Criteria.aboveAtBest(final, best.level, form, best.reason),
                            fix: Catalog.Criteria.fixAbove(best.level, ref, points: book.criteriaScale == .points))]
        }
        return [Finding(rule: rule, subject: ref, severity: .warning, problem: Catalog.Criteria.unfinished(form, v.unmarked),
                        fix: Catalog.Criteria.fixUnfinished(ref, v.unmarked, points: book.criteriaScale == .points))]
    }

    /// The level an unfinished sheet supports once its unmarked criteria are marked at their
    /// best (Xuất sắc; a criterion's max): nil where a criterion has no max to assume.
    func bestCase(_ ref: SubjectRef, _ sheets: CriteriaSheets, _ unmarked: [String]) -> (level: Level, reason: Message)? {
        guard let s = criteriaSheet(ref, sheets) else { return nil }
        var best = marks(ref, s.criteria)
        for c in s.criteria where unmarked.contains(c.id) {
            if book.criteriaScale == .points {
                guard let m = c.max else { return nil }
                best[c.id] = .points(m)
            } else {
                best[c.id] = .rating(.excellent)
            }
        }
        let v = book.criteriaLevel(s.criteria, best)
        return v.level.map { ($0, v.reason) }
    }

    /// A complete points sheet's total (QĐ366), the score of a grade that gives none: it places
    /// the level in its band and ranks the subject in its quota group.
    public func sheetScore(_ ref: SubjectRef) -> Points? {
        guard !ws.assessments.isEmpty, book.criteriaScale == .points else { return nil }
        return criteriaVerdict(ref, criteriaSheets)?.verdict.total
    }

    /// Each subject's marks on criteria its own sheet does not list: given under another
    /// rulebook or criteria list (`set rules`, a workspace carried into the next round), or on
    /// another form's sheet before the subject's form changed (a post, `outside`), they count for
    /// nothing, which `check` says. Also marks above their criterion's max (`marksAboveMax`).
    func markProblems(_ sheets: CriteriaSheets) -> (off: [SubjectRef: (form: String?, marks: [Assessment])], aboveMax: [SubjectRef: [Assessment]],
                                                      otherScale: [SubjectRef: [Assessment]]) {
        guard !ws.assessments.isEmpty else { return ([:], [:], [:]) }
        var off: [SubjectRef: (form: String?, marks: [Assessment])] = [:], scale: [SubjectRef: [Assessment]] = [:]
        for (ref, marks) in Dictionary(grouping: ws.assessments.values, by: \.subject) {
            let sheet = criteriaSheet(ref, sheets)
            let own = Set(sheet?.criteria.map(\.id) ?? [])
            let left = marks.filter { !own.contains($0.criterion) }
            if !left.isEmpty { off[ref] = (sheet?.form, left) }
            let misfit = marks.filter { own.contains($0.criterion) && !$0.fits(book.criteriaScale) }
            if !misfit.isEmpty { scale[ref] = misfit }
        }
        return (off, Dictionary(grouping: CriteriaSheets.marksAboveMax(ws, sheets), by: \.subject), scale)
    }

    func otherScaleFinding(_ ref: SubjectRef, _ marks: [Assessment]) -> Finding {
        let ids = marks.map(\.criterion).sorted(by: CriteriaSheets.numericLess)
        return Finding(rule: book.criteriaRule, subject: ref, severity: .warning,
                       problem: Catalog.Criteria.marksOtherScale(ids, ws.settings.rules, points: book.criteriaScale == .points),
                       fix: Catalog.Criteria.fixMarksOffSheets)
    }

    func aboveMaxFinding(_ ref: SubjectRef, _ marks: [Assessment]) -> Finding {
        let shown = marks.map { "\($0.criterion) \($0.points.map(\.description) ?? "")" }.sorted(by: CriteriaSheets.numericLess)
        return Finding(rule: book.criteriaRule, subject: ref, problem: Catalog.Criteria.marksAboveMax(shown),
                       fix: Catalog.Criteria.fixMarksAboveMax(ref.description))
    }

    func offSheetFinding(_ ref: SubjectRef, _ form: String?, _ marks: [Assessment]) -> Finding {
        let ids = marks.map(\.criterion).sorted(by: CriteriaSheets.numericLess)
        return Finding(rule: book.criteriaRule, subject: ref, severity: .warning,
                       problem: Catalog.Criteria.marksOffSheets(ids, ws.settings.rules, form: form), fix: Catalog.Criteria.fixMarksOffSheets)
    }

    /// The `why` line of a subject's criteria sheet.
    public func criteriaWhy(_ ref: SubjectRef, _ sheets: CriteriaSheets) -> WhyLine? {
        guard let (form, v) = criteriaVerdict(ref, sheets) else { return nil }
        let rule = book.criteriaRule
        let src = book.source(rule)
        return WhyLine(kind: .ceiling, rule: rule, source: src.isEmpty ? nil : src,
                       text: Catalog.Criteria.supports(form, v.level, v.reason))
    }
}

extension CriteriaSheets {
    /// The criterion ids each class's sheets give.
    func ids() -> [SubjectClass: Set<String>] {
        var out: [SubjectClass: Set<String>] = [:]
        for cls in SubjectClass.allCases { out[cls] = Set(all(cls).map(\.id)) }
        return out
    }

    /// Recorded marks that a change of the sheets (`after`: a province list or `set weights`
    /// that left their criterion out, the class falling back to the rulebook's defaults) makes
    /// count for nothing, so that the findings on them would go without a word. `load criteria`
    /// and `set weights` refuse such a change. Marks `before` did not use either are not the
    /// change's doing and are left to `check`.
    public static func newlyUnusedMarks(before: Workspace, after: Workspace, _ book: any Rulebook) -> [Assessment] {
        newlyUnusedMarks(before: before, book, after: after, book)
    }

    /// Recorded points above the max their criterion now has (a province list or `set weights`
    /// that lowered it): `assess` refuses such a mark, and counted in full it raised a sheet to
    /// 35 of 30 (2025 criteria audit). `load criteria` and `set weights` refuse the change;
    /// `check` reports any left (an older workspace).
    public static func marksAboveMax(_ ws: Workspace, _ sheets: CriteriaSheets) -> [Assessment] {
        guard !ws.assessments.isEmpty else { return [] }
        var maxOf: [SubjectClass: [String: Points]] = [:]
        for cls in SubjectClass.allCases {
            for c in sheets.all(cls) { if let m = c.max { maxOf[cls, default: [:]][c.id] = min(m, maxOf[cls]?[c.id] ?? m) } }
        }
        return ws.assessments.values.filter { a in
            guard let p = a.points, let m = maxOf[a.subject.cls]?[a.criterion] else { return false }
            return p > m
        }.sorted { $0.key < $1.key }
    }

    /// Marks a change of the sheets (`load criteria`, `set weights`) puts above their
    /// criterion's max; marks above it before are not the change's doing and are left to `check`.
    public static func newlyAboveMax(before: Workspace, after: Workspace, _ book: any Rulebook) -> [Assessment] {
        guard !after.assessments.isEmpty else { return [] }
        let was = Set(marksAboveMax(before, CriteriaSheets(before, book)).map(\.key))
        return marksAboveMax(after, CriteriaSheets(after, book)).filter { !was.contains($0.key) }
    }

    /// The same across a change of rulebook (`set rules`): each side's sheets are its own book's.
    public static func newlyUnusedMarks(before: Workspace, _ old: any Rulebook, after: Workspace, _ new: any Rulebook) -> [Assessment] {
        guard !after.assessments.isEmpty else { return [] }
        let was = CriteriaSheets(before, old).ids(), now = CriteriaSheets(after, new).ids()
        // A mark counts on a sheet that lists its criterion, in the sheet's scale (a rating on
        // a points sheet is no mark: a list with a max serves both rulebooks).
        func counts(_ a: Assessment, _ ids: [SubjectClass: Set<String>], _ book: any Rulebook) -> Bool {
            (ids[a.subject.cls]?.contains(a.criterion) ?? false) && a.fits(book.criteriaScale)
        }
        return after.assessments.values.filter { a in !counts(a, now, new) && counts(a, was, old) }.sorted { $0.key < $1.key }
    }
}

extension Assessment {
    /// Whether the mark is of the scale: a rating on a ratings sheet, points on a points sheet.
    func fits(_ scale: CriteriaScale) -> Bool { scale == .points ? points != nil : rating != nil }
}
