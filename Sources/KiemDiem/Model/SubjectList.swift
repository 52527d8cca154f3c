extension Workspace {
    /// Every subject of a class, in a stable order (ids and codes ascending).
    public func allSubjects(_ cls: SubjectClass) -> [SubjectRef] {
        switch cls {
        case .member:
            return members.keys.sorted().map { SubjectRef(.member, $0) }
        case .leader:
            return Set(positions.values.map(\.member)).filter { members.keys.contains($0) }.sorted().map { SubjectRef(.leader, $0) }
        case .organization:
            return units.values.filter(\.isGraded).map(\.code).sorted().map { SubjectRef(.organization, $0) }
        case .collective:
            return collectives.keys.sorted().map { SubjectRef(.collective, $0) }
        }
    }
}
