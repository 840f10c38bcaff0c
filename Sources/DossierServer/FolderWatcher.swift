import Foundation

/// Notices changes in folders by polling their files' names, sizes and modification dates:
/// portable, and cheap at the size of a dossier.
public struct FolderWatcher: Sendable {
    public var folders: [URL]

    public init(folders: [URL]) { self.folders = folders }

    /// A value that changes whenever a file below the folders is added, removed or modified.
    public func signature() -> [String: String] {
        var result: [String: String] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            while let url = enumerator.nextObject() as? URL {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                result[url.path] = "\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)/\(values?.fileSize ?? 0)"
            }
        }
        return result
    }
}
