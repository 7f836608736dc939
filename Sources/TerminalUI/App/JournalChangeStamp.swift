import JournalCore

/// A cheap sign that the journal changed behind the open screens (another shell ran
/// `onward checkin --mood 6`, `note` or `app add`): the status of the few places every such
/// write touches, compared between two turns of the loop. A handful of `lstat`s, no file read.
struct JournalChangeStamp: Equatable {
    private let parts: [FileStatus?]

    /// Reads the stamp of `store` for `today`.
    ///
    /// A new or rewritten entry is renamed into its month folder (today's, for a check-in or a
    /// note), and every write through onward updates the index; drafts have their own folder.
    /// An edit elsewhere in an older month still moves the index, which is enough for home.
    init(_ store: JournalStore, today: LocalDay) {
        let month = store.monthFolder(of: today)
        let year = String(month[..<month.lastIndex(of: "/")!])
        let places = [store.root + "/.onward/index", store.entriesFolder, store.absolute(year), store.absolute(month), store.draftsFolder]
        parts = places.map { store.fileSystem.status($0) }
    }
}
