import ArgumentParser
import Foundation
import S75Documents
import S75Domain
import S75Postgres
import S75Store

/// `s75 export FILE [--output agreement.json]`: the whole agreement as one JSON document.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole agreement as one JSON document (docs/interchange.md).",
        discussion: "Never writes to the agreement file. The audit trail is not included: s75 log exports it. The same agreement always "
            + "gives the same bytes, and import reads them back exactly.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "Write the document here (replacing the file atomically) instead of to standard output.",
            completion: .file(extensions: ["json"]))
    var output: String?

    func run() throws {
        let agreement = try StoreOpening.agreement(at: file)
        let text = try AgreementDocument.text(agreement)
        guard let output else { return Output.print(text, terminator: "") }
        do throws(OutputFile.Failure) {
            try OutputFile.write(Data(text.utf8), to: output)
        } catch {
            throw Failure.stop(error.description)
        }
    }
}

/// `s75 import agreement.json FILE [--replace]`: an agreement file made from a JSON document.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make an agreement file from a JSON document written by export (docs/interchange.md).",
        discussion: "The document is checked whole first: the first problem is reported with its place in the document, and nothing is "
            + "written. An existing file is replaced only with --replace, as one change in its audit trail.")

    @Argument(help: "The JSON document.", completion: .file(extensions: ["json"]))
    var document: String

    @Argument(help: "The agreement file to create (or, with --replace, to replace).", completion: .file(extensions: ["s75"]))
    var file: String

    @Flag(help: "Replace the agreement in an existing file (one audited change) instead of refusing.")
    var replace = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: document) else {
            throw Failure.stop("cannot read \(document): no such file, or it cannot be read.")
        }
        let agreement: Agreement
        do {
            agreement = try AgreementDocument.agreement(from: data)
        } catch {
            throw Failure.stop("\(document): \(error.description). Nothing was written.")
        }
        if let address = ServerAddress(file) {
            guard !replace else {
                throw Failure.stop("--replace replaces an agreement file; an agreement on a server is changed record by record, and never "
                                   + "replaced whole. Import under a new ID (&agreement=ID) instead.")
            }
            let store = try Failure.reporting { () throws(StoreError) in try ServerRegion.create(agreement, earlierAudit: [], at: address) }
            return Output.print("Created \(store.path): \(agreement.title) (\(agreement.lines.count) lines, \(agreement.contracts.count) contracts)")
        }
        let exists = FileManager.default.fileExists(atPath: file)
        if exists, !replace {
            throw Failure.stop("\(file) already exists. Add --replace to replace its agreement with the document's "
                                  + "(one change in its audit trail), or choose another file.")
        }
        let author = Author.current
        try Failure.reporting { () throws(StoreError) in
            if exists {
                try S75Database.open(at: file).replaceAgreement(with: agreement, audit: (author, document))
            } else {
                _ = try S75Database.create(at: file, with: agreement, author: author)
            }
        }
        Output.print("\(exists ? "Replaced" : "Created") \(file): \(agreement.title) (\(agreement.lines.count) lines, \(agreement.contracts.count) contracts)")
    }
}
