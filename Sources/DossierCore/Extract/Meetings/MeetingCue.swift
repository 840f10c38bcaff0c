/// A meeting noun or verb found in a sentence ("sommet", "s'est entretenu", "hosted").
struct MeetingCue: Sendable, Hashable {
    var kind: MeetingMention.Kind
    /// The words as written.
    var text: String
    /// First token of the cue.
    var start: Int
    /// One past the last token of the cue.
    var end: Int
    /// A verb ("a reçu", "met") rather than a noun ("réunion").
    var isVerb: Bool
    /// A verb in the present tense, telling of the day of the clip ("reçoit", "hosts").
    var isPresent: Bool
    /// A verb in the future or the conditional, or a modal of intent ("recevra", "will host", "doit rencontrer").
    var isFuture = false
    /// An infinitive of purpose ("pour rencontrer"): its tense is that of the sentence.
    var isInfinitive = false
    /// A plural noun ("des discussions", "talks" is not counted as plural).
    var isPlural: Bool
    /// "cette réunion", "this meeting": a meeting named before in the clip.
    var refersBack: Bool
    /// An agreement verb ("avaient formalisé"): a meeting only with a place and a written date.
    var isAgreement = false
}
