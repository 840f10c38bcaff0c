/// Keeps the meetings precise enough to be a page of the dossier: a meeting known only to a
/// year, or to no date at all, needs a place and someone taking part ("Sommet — 2025" is no
/// meeting a reader can find); a meeting named only by a generic noun ("Conférence de presse —
/// 14 décembre", "Entretien téléphonique — 25 décembre") needs to say who met, which group, or where.
struct MeetingSifter: Sendable {
    /// Kinds that alone do not tell which meeting it was.
    private static let generic: Set<MeetingMention.Kind> = [.meeting, .call, .pressConference, .lunch, .talks]

    /// Whether `cluster` is kept as a meeting.
    func keeps(_ cluster: MeetingCluster) -> Bool {
        let place = cluster.distinctPlaces.contains { $0 != MeetingPlaces.videoConference }
        let participants = !cluster.participantIDs.isEmpty || cluster.items.contains { !$0.mention.participants.isEmpty }
        guard let date = cluster.date, date.month != nil else { return place && participants }
        guard Self.generic.contains(cluster.kind) else { return true }
        return place || participants || !cluster.distinctForums.isEmpty || cluster.items.contains(where: \.namesSomeone)
    }
}
