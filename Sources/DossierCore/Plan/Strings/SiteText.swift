/// The keys of the interface's texts. Templates use them as `{{t.<raw value>}}`.
enum SiteText: String, CaseIterable, Sendable {
    // Navigation and page chrome
    case home, timeline, people, meetings, search
    case notFound = "not_found"
    case skipToContent = "skip_to_content"
    case sectionsNav = "sections_nav"
    case breadcrumb, article
    case dataJSON = "data_json"
    case madeWith = "made_with"
    // Articles
    case unknownDate = "unknown_date"
    case byAuthors = "by_authors"
    case contributorsIntro = "contributors_intro"
    case credits, source, original
    case normalizedText = "normalized_text"
    case peopleInArticle = "people_in_article"
    case meetingsInArticle = "meetings_in_article"
    /// "{outlet}, avec {wire}": a publisher and the agency it ran.
    case sourceWithWire = "source_with_wire"
    /// "Avec la contribution {names}.": `names` listed with `list_and`, each name as the table's `contributor` writes it.
    case contributionsFrom = "contributions_from"
    case listAnd = "list_and"
    case originalLink = "original_link"
    /// "Lire l’article original sur {outlet}".
    case originalLinkOn = "original_link_on"
    /// "date déduite : {date} ({basis})", `basis` one of the three below.
    case dateInferred = "date_inferred"
    case yearOpen = "year_open"
    case basisMeeting = "basis_meeting"
    case basisWeekday = "basis_weekday"
    case basisText = "basis_text"
    // 404
    case notFoundText = "not_found_text"
    case notFoundHome = "not_found_home"
    // Front page
    case articles, events
    case story
    case latestEvents = "latest_events"
    case mainPeople = "main_people"
    case nextMeeting = "next_meeting"
    case latestMeeting = "latest_meeting"
    case outlets
    case coverage
    case coverageSpan = "coverage_span"
    case allTimeline = "all_timeline"
    case allPeople = "all_people"
    case allMeetings = "all_meetings"
    case latestArticles = "latest_articles"
    /// The front page's link to the archive.
    case allArticles = "all_articles"
    case statusPlanned = "status_planned"
    case statusHeld = "status_held"
    case statusCancelled = "status_cancelled"
    // Archive
    case archive
    case archiveLede = "archive_lede"
    case noArticles = "no_articles"
    case undated
    /// "page {n} sur {total}".
    case pageOf = "page_of"
    case pagesNav = "pages_nav"
    case neighbourMonths = "neighbour_months"
    case newer, older
    // Meetings
    case participants
    case inArticles = "in_articles"
    case neighbourMeetings = "neighbour_meetings"
    case before, after
    case meetingsLede = "meetings_lede"
    case noMeetings = "no_meetings"
    // People
    case peopleLede = "people_lede"
    case noPeople = "no_people"
    case byCount = "by_count"
    case byName = "by_name"
    case alsoWritten = "also_written"
    case quotes
    case namedWith = "named_with"
    case lettersNav = "letters_nav"
    // Search
    case searchLede = "search_lede"
    case searchLabel = "search_label"
    case searchNoScript = "search_no_script"
    case searchLoading = "search_loading"
    case searchPrompt = "search_prompt"
    case searchNone = "search_none"
    case searchFirst = "search_first"
    case kindArticle = "kind_article"
    case kindPerson = "kind_person"
    case kindMeeting = "kind_meeting"
    // Timeline
    case timelineLede = "timeline_lede"
    case timelineData = "timeline_data"
    case years
    case monthsNav = "months_nav"
    case noEvents = "no_events"
    case meetingLabel = "meeting_label"
    case sourcesLabel = "sources_label"
    case drawingLabel = "drawing_label"
    case drawingEvent = "drawing_event"
    case drawingPlanned = "drawing_planned"
    case drawingHeld = "drawing_held"
    case personStrip = "person_strip"
    case meetingStrip = "meeting_strip"
    // Meeting kinds, as a word in a sentence and as the head of a generated title
    case kindSummit = "kind_summit"
    case kindMeetingNoun = "kind_meeting_noun"
    case kindVideoConference = "kind_video_conference"
    case kindTalks = "kind_talks"
    case kindCall = "kind_call"
    case kindLunch = "kind_lunch"
    case kindDinner = "kind_dinner"
    case kindPressConference = "kind_press_conference"
    case titleSummit = "title_summit"
    case titleMeeting = "title_meeting"
    case titleForumMeeting = "title_forum_meeting"
    case titleVideoConference = "title_video_conference"
    case titleTalks = "title_talks"
    case titleCall = "title_call"
    case titleLunch = "title_lunch"
    case titleDinner = "title_dinner"
    case titlePressConference = "title_press_conference"
    /// How a title joins a meeting kind and a forum: "{kind} {forum}" ("Sommet de la coalition des volontaires"),
    /// "{forum} {kind_word}" ("Coalition of the Willing summit").
    case titleWithForum = "title_with_forum"
    /// How a title joins a meeting kind and the people who met: "{kind} {people}", "{people} {kind_word}".
    case titleWithPeople = "title_with_people"
}

/// Nouns counted on pages.
enum SitePlural: String, CaseIterable, Sendable {
    case articles, people, meetings, outlets, events, results
    /// "Appears in %d article(s)" on a person's page.
    case namedIn = "named_in"
    /// "And %d older article(s)" under a person's mentions.
    case older
    /// "And %d more quote(s)" under a person's quotes.
    case moreQuotes = "more_quotes"
    /// "And %d earlier meeting(s)" under a person's meetings.
    case moreMeetings = "more_meetings"
}
