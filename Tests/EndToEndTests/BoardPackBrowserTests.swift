import Foundation
import S75TestSupport
import Testing

/// The board pack in a real browser: headless Chromium loads the HTML with no console errors, prints it to PDF and takes
/// a screenshot; the PDF's text (pdftotext) holds the key figures.
@Suite("Board pack in Chromium")
struct BoardPackBrowserTests {
    /// A Northmoor file with a January meeting on December's figures, made through the document as a user could.
    func fileWithJanuaryMeeting() throws -> (folder: String, file: String) {
        let folder = try temporaryFolder()
        let sample = folder + "/sample.s75", json = folder + "/northmoor.json", file = folder + "/northmoor.s75"
        #expect(try Shell.run(Tmux.binary, ["new", sample, "--sample", "northmoor"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["export", sample, "--output", json]).status == 0)
        let add = """
            import json, sys
            d = json.load(open(sys.argv[1]))
            d["meetings"].append({"attendance": "", "date": "2026-01-20", "declarations": [], "figures": {}, "minutes": [],
                                  "period": "2025-12", "present": [], "stepReached": "minutes"})
            json.dump(d, open(sys.argv[1], "w"))
            """
        #expect(try Shell.run("/usr/bin/python3", ["-c", add, json]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["import", json, file]).status == 0)
        return (folder, file)
    }

    @Test("the HTML pack loads with no console errors, prints to A4 PDF with the figures, and screenshots")
    func printed() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            print("skipped: needs Chromium and pdftotext (apt-get install chromium poppler-utils); CI installs them")
            return
        }
        let (folder, file) = try fileWithJanuaryMeeting()
        let written = try Shell.run(Tmux.binary, ["pack", file, "--meeting", "2026-01-20", "--format", "html", "--output", folder])
        #expect(written.output == "Wrote \(folder)/board-pack-2026-01-20.html.\n", "\(written.error)")
        let html = folder + "/board-pack-2026-01-20.html", pdf = folder + "/pack.pdf", png = folder + "/pack.png"
        let chrome = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--enable-logging=stderr", "--v=0",
                      "--user-data-dir=\(folder)/chrome"]
        let printed = try Shell.run("/usr/bin/chromium", chrome + ["--print-to-pdf=\(pdf)", "file://\(html)"])
        #expect(FileManager.default.fileExists(atPath: pdf), "\(printed.error)")
        #expect(!printed.error.contains("CONSOLE") && !printed.error.contains("Uncaught"), "\(printed.error)")
        let shot = try Shell.run("/usr/bin/chromium", chrome + ["--screenshot=\(png)", "--window-size=1000,1400", "file://\(html)"])
        #expect(((try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0) > 10_000, "\(shot.error)")
        let text = try Shell.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
        for figure in ["Northmoor Joint Commissioning Board — 20 Jan 2026", "+£430,000 against its £45,700,000 budget",
                       "Approve the minutes of the meeting of 21 Oct 2025", "Forecast variance by line", "Risk register", "Action log"] {
            #expect(text.contains(figure), "\(figure)")
        }
        let pages = try Shell.run("/usr/bin/pdfinfo", [pdf]).output
        #expect(pages.contains("Page size:      595.92 x 842.88 pts (A4)") || pages.contains("(A4)"), "\(pages)")
    }

    @Test("a meeting that does not exist, or a pack already written, is refused with one line and nothing written")
    func refused() throws {
        let (folder, file) = try fileWithJanuaryMeeting()
        let missing = try Shell.run(Tmux.binary, ["pack", file, "--meeting", "2026-02-03", "--output", folder + "/p.md"])
        #expect(missing.status == 1 && missing.error == "s75: there is no meeting on 2026-02-03: the meetings are 2025-10-21, 2026-01-20; nothing written.\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.md"))
        #expect(try Shell.run(Tmux.binary, ["pack", file, "--meeting", "2026-01-20", "--output", folder + "/p.md"]).status == 0)
        let again = try Shell.run(Tmux.binary, ["pack", file, "--meeting", "2026-01-20", "--output", folder + "/p.md"])
        #expect(again.status == 1 && again.error.contains("exists: give --force"))
    }
}
