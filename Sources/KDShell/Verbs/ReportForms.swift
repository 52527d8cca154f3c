import Foundation
import KiemDiem

/// `report form SUBJECT` and `report forms`: the review forms subjects owe, pre-filled
/// (KiemDiem/Reports/Forms.swift), as md or printable html; `forms --out DIR` writes one file per
/// subject and one file with them all, a page each.
extension Verbs {
    static func runForms(_ inv: Invocation, _ s: Session, _ kind: String) throws {
        try inv.noMorePositionals(than: kind == "form" ? 2 : 1)
        let allowed = ["md", "html"]
        var format: String? = nil
        if let w = inv.value("format") {
            format = w.text.lowercased()
            guard allowed.contains(format!) else { throw inv.error(ShellText.formatNotFor(w.text, "\(kind)", allowed), at: w) }
        }
        let facts = try s.facts(inv)
        let ws = s.workspace

        if kind == "form" {
            let w = try inv.positional(1, "SUBJECT")
            let ref = try s.subject(w, in: inv)
            guard let f = facts.reviewForm(ref, facts.criteriaSheets) else {
                if let e = facts.exclusion(ref.id), ref.cls == .member || ref.cls == .leader {
                    throw inv.error(ShellText.refused(e.rule == "exclude" ? "" : e.rule, RulesText.excludedFact(e.message)), at: w)
                }
                throw inv.error(ShellText.noForm(ref.description), at: w)
            }
            if format == nil, let out = inv.value("out") { format = try outFormat(out, kind, allowed, inv) }
            let page = Reports.reviewForm(ws, f)
            let text = format == "html" ? PagedRenderer.html(page, lang: .vi) : MarkdownRenderer.render(page, lang: .vi)
            try emit(text, inv, s)
            return
        }

        var unit: String? = nil
        if let w = inv.value("unit") { unit = try unitCode(w, inv, ws) }
        var cls: SubjectClass? = nil
        if let w = inv.value("class") {
            guard let c = SubjectClass(rawValue: w.text.lowercased()) else {
                throw inv.error(ShellText.unknownClass(w.text), at: w, hints: Suggest.hint(w.text, SubjectClass.allCases.map(\.rawValue)))
            }
            cls = c
        }
        let forms = facts.reviewForms(unit: unit, cls: cls)
        var pages: [Report] = []
        pages.reserveCapacity(forms.count)
        for f in forms {
            try s.checkInterrupt()
            pages.append(Reports.reviewForm(ws, f))
        }
        let title = ShellText.formsTitle(ws.settings.year).vi
        guard let out = inv.value("out") else {
            let text = format == "html" ? PagedRenderer.html(pages, title: title, lang: .vi) : PagedRenderer.markdown(pages, lang: .vi)
            s.console.out(text)
            return
        }
        // A folder: one file per subject, and all of them in one file to print at once.
        let ext = format ?? "html"
        let dir = s.resolve(out.text)
        // A new folder named like a file (`forms.html`) is most likely a file meant: refused.
        if ["csv", "json", "txt", "md", "html", "htm", "xlsx"].contains(typedExtension(out.text).lowercased()),
           !FileManager.default.fileExists(atPath: dir) {
            throw inv.error(ShellText.formsOutIsFolder(s.shown(out.text)), at: out)
        }
        let all = "mau-kiem-diem.\(ext)"
        let names = ReportFolder.fileNames(forms.map { "\($0.form)-\($0.subject.id)" }, ext)
        try inv.pointing(at: out) {
            try ReportFolder.prepare(dir, display: s.shown(out.text))
            // Every target checked before any is written: a refused one leaves the folder as it was.
            let check = s.reportTargetChecker()
            for name in names + [all] { try check(dir + "/" + name, out.text + "/" + name) }
            for (written, (name, page)) in zip(names, pages).enumerated() {
                // Ctrl-C stops here (a national folder takes minutes); what was written stays,
                // and the message says the folder is incomplete.
                try s.checkInterrupt(saying: ShellText.formsInterrupted(written, forms.count, s.shown(out.text), all))
                let text = ext == "html" ? PagedRenderer.html(page, lang: .vi) : MarkdownRenderer.render(page, lang: .vi)
                try ReportFile.write(text, to: dir + "/" + name, display: s.shown(out.text) + "/" + name)
            }
            let text = ext == "html" ? PagedRenderer.html(pages, title: title, lang: .vi) : PagedRenderer.markdown(pages, lang: .vi)
            try ReportFile.write(text, to: dir + "/" + all, display: s.shown(out.text) + "/" + all)
        }
        if !s.quiet { s.say(ShellText.formsWritten(forms.count, s.shown(out.text), all)) }
        let earlier = ReportFolder.earlierForms(dir, forms, ext)
        if !earlier.isEmpty { s.say(ShellText.earlierFormsLeft(earlier, s.shown(out.text))) }
        // Forms of an earlier run for subjects that owe none now (excluded since, another unit,
        // gone from the roster): kept, and said, so that no one prints them by mistake.
        let unowed = ReportFolder.unowedForms(dir, written: Set(names + [all]), also: Set(earlier))
        if !unowed.isEmpty { s.say(ShellText.unowedFormsLeft(unowed, s.shown(out.text))) }
    }

    /// Prints the text, or writes it where `--out` says.
    static func emit(_ text: String, _ inv: Invocation, _ s: Session) throws {
        guard let out = inv.value("out") else {
            s.console.out(text)
            return
        }
        try inv.pointing(at: out) { try s.writeReport(text, to: s.resolve(out.text), display: s.shown(out.text)) }
        if !s.quiet { s.say(ShellText.reportWritten(s.shown(out.text), text.utf8.count)) }
    }
}

/// A folder reports are written into: created (mode 0700: the forms hold personal data) when
/// missing, refused when it is a symbolic link or a file.
enum ReportFolder {
    static func prepare(_ path: String, display: String) throws {
        var st = stat()
        if lstat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFLNK { throw KDError(ShellText.folderIsLink(display)) }
            if (st.st_mode & S_IFMT) != S_IFDIR { throw KDError(ShellText.notAFolder(display)) }
            return
        }
        // Foundation's error on Linux names no cause ("The operation could not be completed").
        guard let failed = makeFolders(path) else { return }
        let e = failed.errno
        if e == EACCES || e == EPERM || e == EROFS {
            // The folder that refused, as the user typed its path where it is part of it.
            let shown = display.split(separator: "/", omittingEmptySubsequences: false)
            let fromEnd = path.split(separator: "/").count - failed.index  // components from the refused one to the end
            let refuser = fromEnd < shown.count ? shown.dropLast(fromEnd).joined(separator: "/")
                : (failed.prefix as NSString).deletingLastPathComponent
            throw KDError(ShellText.cannotMakeFolder(display, refuser.isEmpty ? "/" : refuser, Catalog.writeReason(e)))
        }
        throw KDError(Catalog.cannotWrite(display, errno: e))
    }

    /// An earlier run's forms of these subjects under another letter or format, still in the
    /// folder: they could be printed instead of the new ones (2A was the member form in 2023 and
    /// is the leader form under qd366), but kd cannot tell whether the user filled them in since,
    /// so it names them rather than removing them.
    static func earlierForms(_ dir: String, _ forms: [ReviewForm], _ ext: String) -> [String] {
        // Every rulebook's letters: the earlier run may have been under the other one.
        let letters = Set(RulebookID.allCases.flatMap { Rulebooks.book(for: $0)?.forms ?? [] }).sorted()
        var found: [String] = []
        var st = stat()
        for e in ["html", "md"] where e != ext && lstat(dir + "/mau-kiem-diem.\(e)", &st) == 0 { found.append("mau-kiem-diem.\(e)") }
        for f in forms {
            for letter in letters {
                for e in ["html", "md"] where letter != f.form || e != ext {
                    let name = fileName("\(letter)-\(f.subject.id)", e)
                    if lstat(dir + "/" + name, &st) == 0 { found.append(name) }
                }
            }
        }
        return found.sorted()
    }

    /// Files in `dir` named like a form (`2A-P028.html`, any rulebook's letter, html or md) that
    /// this run did not write and `earlierForms` did not already name.
    static func unowedForms(_ dir: String, written: Set<String>, also: Set<String>) -> [String] {
        let letters = Set(RulebookID.allCases.flatMap { Rulebooks.book(for: $0)?.forms ?? [] })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { n in
            guard !written.contains(n), !also.contains(n), n.hasSuffix(".html") || n.hasSuffix(".md"),
                  let dash = n.firstIndex(of: "-") else { return false }
            return letters.contains(String(n[..<dash]))
        }.sorted()
    }

    /// A file name from an id: letters (Vietnamese ones too), digits, `-` and `_` kept, anything
    /// else `_`.
    static func fileName(_ stem: String, _ ext: String) -> String {
        String(stem.map { ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" }) + "." + ext
    }

    /// One file name per stem, none the same: stems that still meet (`A.1` and `A/1`; `p1` and
    /// `P1` on a file system that ignores case) get `~2`, `~3`… in order, never a name another
    /// stem has, so no form is written over another.
    static func fileNames(_ stems: [String], _ ext: String) -> [String] {
        let plain = stems.map { fileName($0, ext) }
        var taken = Set(plain.map { $0.lowercased() })
        var seen = Set<String>()
        return plain.map { name in
            guard !seen.insert(name.lowercased()).inserted else { return name }
            let base = name.dropLast(ext.count + 1)
            var n = 2
            while taken.contains((base + "~\(n)." + ext).lowercased()) { n += 1 }
            taken.insert((base + "~\(n)." + ext).lowercased())
            return base + "~\(n)." + ext
        }
    }
}

extension Verbs {
    /// `review plan --format md|html [--out FILE]`: the schedule, a page per venue.
    static func reviewSchedule(_ inv: Invocation, _ s: Session, unit: String?) throws {
        var format = inv.value("format")?.text.lowercased()
        if let w = inv.value("format"), !ShellText.planFormats.contains(format!) {
            throw inv.error(ShellText.badChoice(w.text, ShellText.planFormats), at: w, hints: Suggest.hint(w.text, ShellText.planFormats))
        }
        // A file takes md or html, by the rules `report` applies to --out (the table is printed).
        if let out = inv.value("out") {
            if let f = format {
                if f == "table" { throw inv.error(ShellText.planTableNotWritten, at: out, hints: [ShellText.hintPlanFile]) }
                try refuseExtensionClash(f, out, inv)
            } else {
                format = try outFormat(out, "plan", ["md", "html"], inv, verb: "review") ?? "md"
            }
        }
        let ws = s.workspace
        let pages = Reports.reviewSchedule(ws, try s.facts(inv).reviewSchedule(unit: unit))
        let title = ShellText.scheduleTitle(ws.settings.year).vi
        let text = format == "html" ? PagedRenderer.html(pages, title: title, lang: .vi) : PagedRenderer.markdown(pages, lang: .vi)
        try emit(text, inv, s)
    }
}
