/// The review plan as a schedule per venue, for `review plan --format html|md`: who reviews
/// where (R-VENUE-*), the BTV member who must attend a cell's reviews (R-REVIEW-ATTEND) and the
/// sessions each review needs (R-REVIEW-SESSIONS). The rules answer here; the report lays it out.
public struct ScheduleVenue: Sendable {
    public var venue: String
    /// The cell's liaison (R-REVIEW-ATTEND), nil where the rule does not apply or none is set.
    public var liaison: String?
    public var isCell: Bool
    public var rows: [ScheduleRow]
    /// Review days the liaison is not recorded at (R-REVIEW-ATTEND findings on the cell).
    public var absences: [Finding]
}

public struct ScheduleRow: Sendable {
    public var review: OwedReview
    /// Least number of sessions (R-REVIEW-SESSIONS); nil where the rule does not apply.
    public var minSessions: Int?
    /// The recorded review's R-REVIEW-SESSIONS breach (too few sessions), as `check` reports it.
    public var sessionsProblem: Message? = nil
}

extension WardFacts {
    /// The plan grouped by venue, venues in the order the plan first names them.
    public func reviewSchedule(unit: String? = nil) -> [ScheduleVenue] {
        var order: [String] = []
        var rows: [String: [ScheduleRow]] = [:]
        for o in reviewPlan(unit: unit) {
            if rows[o.venue] == nil { order.append(o.venue) }
            rows[o.venue, default: []].append(ScheduleRow(review: o, minSessions: minSessions(o),
                                                           sessionsProblem: o.done.flatMap { sessionsProblem($0, o.subject) }))
        }
        return order.map { v in
            let u = ws.units[v]
            let cell = u?.kind == .cell || u?.kind == .group
            // A party group's reviews report to its cell, whose liaison is the one in charge.
            let liaison = u.flatMap { $0.kind == .group ? $0.parent.flatMap { liaisons[$0] } : liaisons[v] }
            return ScheduleVenue(venue: v, liaison: cell ? liaison : nil, isCell: cell, rows: rows[v]!,
                                 absences: u?.kind == .cell ? attendance(v) : [])
        }
    }

    /// R-REVIEW-SESSIONS asked of the rule itself: none where a zero-session review is no breach,
    /// 2 where the recorded review had suggestions and one session would be a breach, else 1.
    func minSessions(_ o: OwedReview) -> Int? {
        let probe = Review(subject: o.subject, venue: o.venue, sessions: 0)
        guard sessionsProblem(probe, o.subject) != nil else { return nil }
        if let done = o.done, done.suggested {
            var one = done
            one.sessions = 1
            return sessionsProblem(one, o.subject) != nil ? 2 : 1
        }
        return 1
    }
}
