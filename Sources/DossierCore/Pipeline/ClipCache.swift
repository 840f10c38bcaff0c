import Foundation

/// What normalizing and extracting each clip gave in earlier builds, so a rebuild reads again
/// only the clips that changed. One file per clip in `.dossier-cache/<output name>/` beside the
/// output folder, named by a 128-bit hash of everything the result depends on: the clip's path
/// and bytes, the settings file, the `--base-url`, and the dossier build (its version and its
/// executable's size and modification time, so a new build of dossier never reads an older
/// one's results). Each entry repeats its key; an entry that does not decode, or carries
/// another key, is read again from the clip, so a damaged or stale cache changes nothing in the site.
public struct ClipCache: Sendable {
    public typealias Result = (article: Article, mentions: ArticleMentions, diagnostics: [Diagnostic])

    struct Entry: Codable {
        var key: String
        var article: Article
        var mentions: ArticleMentions
        var diagnostics: [Diagnostic]
    }

    /// The cache folder's name beside the output folder (ignored by git).
    public static let folderName = ".dossier-cache"

    let folder: URL
    /// The hash state of everything but the clip.
    let seed: StableHash

    /// The cache of the builds into `output`, for results that depend on `context` (the
    /// settings file's bytes and the options that reach the extraction); nil when dossier's
    /// own executable cannot be identified.
    public init?(output: URL, context: [UInt8], generator: String) {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        let output = output.standardizedFileURL
        folder = output.deletingLastPathComponent().appendingPathComponent(Self.folderName)
            .appendingPathComponent(output.lastPathComponent)
        var seed = StableHash()
        seed.add(Array("\(generator)\u{0}\(info.st_size)\u{0}\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\u{0}".utf8))
        seed.add(context)
        self.seed = seed
    }

    /// The key of one clip's results.
    func key(_ file: SourceFile) -> String {
        var hash = seed
        hash.add(Array("\u{0}\(file.path)\u{0}\(file.isMarkdown)\u{0}".utf8))
        hash.add(Array(file.text.utf8))
        return hash.hex
    }

    /// The stored results for `key`, or nil when there are none or they cannot be read.
    func load(_ key: String) -> Result? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(key + ".json").path),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key else { return nil }
        return (entry.article, entry.mentions, entry.diagnostics)
    }

    /// Stores the results for `key`; a failure only means the next build reads the clip again.
    func store(_ key: String, _ result: Result) {
        let entry = Entry(key: key, article: result.article, mentions: result.mentions, diagnostics: result.diagnostics)
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? data.write(to: folder.appendingPathComponent(key + ".json"), options: .atomic)
    }

    /// Each clip's results, from the cache where it has them, from `read` otherwise (and then stored);
    /// entries no clip used any more are removed.
    func results(_ files: [SourceFile], read: @Sendable (SourceFile) -> Result) -> [Result] {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let keys = files.parallelMap { key($0) }
        let results = Array(zip(files, keys)).parallelMap { file, key in
            if let cached = load(key) { return cached }
            let result = read(file)
            store(key, result)
            return result
        }
        prune(keeping: Set(keys))
        return results
    }

    /// Removes the entries not in `keys`: only files named like an entry, nothing else.
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(".json") {
            let key = String(name.dropLast(5))
            guard key.count == 32, key.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
                  !keys.contains(key) else { continue }
            unlink(folder.path + "/" + name)
        }
    }
}

/// Two 64-bit FNV-1a hashes with different bases, stable across runs and machines
/// (Swift's `Hasher` is seeded anew in every process).
struct StableHash: Sendable {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte ^ 0x5c)) &* 0x0000_0100_0000_0233
        }
    }

    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for word in [a, b] {
            for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((word >> UInt64(shift)) & 0xf)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
