import S75Domain

/// The `:` command line being typed: its text, where the history is being browsed, and the candidates
/// the last Tab found.
public struct Prompt: Hashable, Sendable {
    public var text = ""
    /// The entry of the history shown (counted back from the newest), while ↑ and ↓ browse it.
    public var historyIndex: Int?
    /// What Tab could complete the last word to, when there is more than one choice.
    public var candidates: [String] = []

    public init(text: String = "") { self.text = text }
}

/// The commands the `:` line runs besides every keymap command by its long name.
public enum PromptVerb: String, CaseIterable, Sendable {
    case goto, period, theme, sort, filter, unit, present
    case closeMonth = "close-month", reopenMonth = "reopen-month", approveMinutes = "approve-minutes", adjust, vary, instalments, receive, done, withdraw, sign
    case bcfReturn = "bcf-return", risk, settle, paid
}

extension AppState {
    /// Every word the first word of the line can be: the verbs and the keymap's commands.
    static var promptWords: [String] { PromptVerb.allCases.map(\.rawValue) + Command.allCases.map(\.rawValue) }

    /// What the word being typed can become: the first word from ``promptWords``, later words from the verb's arguments.
    func promptCandidates(for text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = (words.last ?? "").lowercased()
        let options: [String]
        if words.count <= 1 {
            options = Self.promptWords
        } else {
            switch PromptVerb(rawValue: words[0].lowercased()) {
            case .goto?: options = Pane.allCases.flatMap { pane in agreement.items(in: pane, problems: problems.count).compactMap(\.identifier) }
            case .period?, .closeMonth?, .reopenMonth?:
                options = words.count == 2 ? agreement.monitoredPeriods.map(\.description) + financialYearMonths.map(\.description) : []
            case .theme?: options = themeNames
            case .sort?: options = words.count == 2 ? pane.arrangeableFields : ["asc", "desc"]
            case .filter?: options = pane.filterableFields.map { $0 + "=" } + filterValues(for: current)
            case .unit?: options = ["£", "£000"]
            case .adjust?:
                options = words.count == 2 ? agreement.lines.map(\.id) : words.count == 3 ? agreement.monthCloses.map(\.period.description) : []
            case .vary?: options = words.count == 2 ? agreement.lines.map(\.id) : []
            case .instalments?: options = words.count == 2 ? agreement.contributions.map(\.id) : InstalmentSchedule.allCases.map(\.rawValue)
            case .done?, .withdraw?:
                options = words.count == 2 ? agreement.minutes.filter { $0.kind == .action && $0.status == .open }.map(\.id) : []
            case .receive?: options = words.count == 2 ? agreement.contributionInstalments.filter { $0.receivedOn == nil }.map(\.id) : []
            case .sign?:
                options = words.count == 2 ? ["submit", "approve", "minutes", "year-end", "bcf-return"]
                    : words.count == 3 && words[1] == "bcf-return" ? BCFReturnKind.allCases.map(\.rawValue)
                    : words.count == 3 && ["submit", "year-end"].contains(words[1]) ? agreement.partners.map(\.id)
                    : words.count == 3 && words[1] == "minutes" ? agreement.meetings.map(\.date.description) : ["delegated"]
            case .bcfReturn?: options = words.count == 2 ? BCFReturnKind.allCases.map(\.rawValue) : []
            case .risk?: options = words.count == 2 ? agreement.risks.map(\.id) : []
            case .paid?: options = words.count == 2 ? agreement.settlementPayments.filter { $0.paidOn == nil }.map(\.id) : []
            case .settle?: options = []
            case .present?, .approveMinutes?, nil: options = []
            }
        }
        var seen: Set<String> = []
        return options.filter { $0.lowercased().hasPrefix(current) && seen.insert($0).inserted }
    }

    /// "rag=red", "rag=amber" … once a filter's field and "=" are typed.
    private func filterValues(for word: String) -> [String] {
        guard let equals = word.firstIndex(of: "=") else { return [] }
        let field = String(word[..<equals])
        let values = fields(of: tableItems(in: pane)).compactMap { $0[field] }.compactMap { value -> String? in
            if case .text(let text) = value { return text.lowercased().split(separator: " ").first.map(String.init) }
            return nil
        }
        return Array(Set(values)).sorted().map { "\(field)=\($0)" }
    }

    private var financialYearMonths: [Period] { (1...12).map { agreement.financialYear.month($0) } }

    mutating func openPrompt(_ text: String = "") {
        prompt = Prompt(text: text)
        message = UserMessage("Type a command (Tab completes, ↑ earlier ones): goto S08a, period 2025-12, sort variance, filter rag=red, "
                              + "unit £, theme light, present, or any command in help by its name.")
    }

    mutating func typeIntoPrompt(_ character: Character) {
        prompt?.text.append(character)
        prompt?.candidates = []
        prompt?.historyIndex = nil
    }

    mutating func eraseInPrompt() {
        if prompt?.text.isEmpty == false { prompt?.text.removeLast() }
        prompt?.candidates = []
    }

    /// Tab: completes the word being typed as far as every candidate agrees, listing them when there are several.
    mutating func completePrompt() {
        guard var line = prompt else { return }
        let candidates = promptCandidates(for: line.text)
        guard !candidates.isEmpty else {
            message = .error("Nothing completes \"\(line.text.split(separator: " ").last ?? "")\" here.")
            return
        }
        let head = line.text.contains(" ") ? String(line.text[...line.text.lastIndex(of: " ")!]) : ""
        let common = candidates.dropFirst().reduce(candidates[0]) { prefix, word in
            String(zip(prefix, word).prefix { $0.lowercased() == $1.lowercased() }.map(\.0))
        }
        line.text = head + (candidates.count == 1 && !common.hasSuffix("=") ? common + " " : common)
        line.candidates = candidates.count == 1 ? [] : candidates
        prompt = line
    }

    /// ↑ (`back`) and ↓: earlier and later lines of the history.
    mutating func browsePromptHistory(back: Bool) {
        guard var line = prompt, !promptHistory.isEmpty else { return }
        let index = back ? min((line.historyIndex ?? -1) + 1, promptHistory.count - 1) : (line.historyIndex ?? 0) - 1
        line.historyIndex = index < 0 ? nil : index
        line.text = index < 0 ? "" : promptHistory[promptHistory.count - 1 - index]
        line.candidates = []
        prompt = line
    }

    /// The line's words, split at spaces outside double quotes (`filter text="home care"`); the quotes are dropped.
    static func words(of line: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character == " ", !quoted {
                if started { words.append(word) }
                word = ""
                started = false
                continue
            }
            word.append(character)
            started = true
        }
        if started { words.append(word) }
        return words
    }

    /// Enter: runs the line, keeps it in the history, and says what happened.
    mutating func runPrompt() -> [Effect] {
        guard let line = prompt?.text.trimmingSpaces(), !line.isEmpty else { prompt = nil; return [] }
        prompt = nil
        if promptHistory.last != line { promptHistory.append(line) }
        let words = Self.words(of: line)
        let arguments = Array(words.dropFirst())
        if let verb = PromptVerb(rawValue: words[0].lowercased()) { return run(verb, arguments) }
        if let command = Command(rawValue: words[0].lowercased()) {
            return reduce(&self, command.action(pageSize: 10))
        }
        let near = promptCandidates(for: String(words[0].prefix(2))).prefix(4)
        message = .error("\"\(words[0])\" is not a command" + (near.isEmpty ? "." : "; did you mean \(near.joined(separator: ", "))?")
                         + " Tab completes; ? lists the keys and their commands.")
        return []
    }

    private mutating func run(_ verb: PromptVerb, _ arguments: [String]) -> [Effect] {
        switch verb {
        case .goto: goTo(arguments.first ?? "")
        case .period: setPeriod(arguments.first ?? "")
        case .theme:
            guard let name = arguments.first else { message = .error("Which theme? \(themeNames.joined(separator: ", ")).") ; return [] }
            return [.applyTheme(name)]
        case .sort: sortTable(arguments)
        case .filter: filterTable(arguments)
        case .unit:
            switch arguments.first {
            case "£"?: displayUnit = .pounds
            case "£000"?, "£k"?: displayUnit = .thousands
            default: message = .error("unit £ shows exact pounds; unit £000 shows thousands."); return []
            }
            message = UserMessage("Money now shown in \(displayUnit.label).")
        case .present:
            return togglePresenting()
        case .closeMonth:
            return closeMonth(arguments)
        case .reopenMonth:
            return reopenMonth(arguments)
        case .approveMinutes:
            return approveMinutes(movedBy: arguments.joined(separator: " "))
        case .adjust:
            return adjust(arguments)
        case .vary:
            openVariationForm(from: arguments.first)
        case .instalments:
            return scheduleInstalments(arguments)
        case .receive:
            return receiveInstalment(arguments)
        case .done:
            return settleAction(arguments, as: .done)
        case .withdraw:
            return settleAction(arguments, as: .dropped)
        case .sign:
            return sign(arguments)
        case .settle:
            return settle(arguments)
        case .paid:
            return recordPaid(arguments)
        case .risk:
            guard let id = arguments.first else { openForm(.risk, nil); return [] }
            guard let risk = agreement.risks.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                message = .error("There is no risk \(id): risk alone adds one; Tab after risk lists them.")
                return []
            }
            openForm(.risk, .risk(risk.id))
        case .bcfReturn:
            guard let kind = arguments.first.flatMap({ BCFReturnKind(rawValue: $0.lowercased()) }) else {
                message = .error("bcf-return takes the return: q1, q2, q3 or end-of-year, e.g. bcf-return q3.")
                return []
            }
            openForm(.bcfReturn, .bcfAnswers(BCFReturnAnswers(year: agreement.financialYear, kind: kind, conditions: []).id))
        }
        return []
    }

    /// `:goto S08a`: the row with that identifier, on whichever pane lists it.
    mutating func goTo(_ id: String) {
        for pane in Pane.allCases {
            if arrangements[pane]?.isPlain == false, !tableItems(in: pane).contains(where: { $0.identifier?.lowercased() == id.lowercased() }) {
                arrangements[pane] = nil  // a filter hiding the row is cleared, and the title says so no more
            }
            if let index = tableItems(in: pane).firstIndex(where: { $0.identifier?.lowercased() == id.lowercased() }) {
                modes.show(pane)
                selection[pane] = index
                message = UserMessage("\(tableItems(in: pane)[index].fullName(in: agreement)) (\(pane.title) pane).")
                return
            }
        }
        message = .error(id.isEmpty ? "goto needs an identifier, e.g. goto S08a." : "Nothing is called \(id); Tab after goto lists them.")
    }

    /// `:period 2025-12` or `:period M9`.
    mutating func setPeriod(_ text: String) {
        guard let month = month(text) else {
            message = .error("period takes a month of the agreement's term as YYYY-MM or M1–M12, e.g. period 2025-12 or period M9.")
            return
        }
        period = month
        message = UserMessage("Showing \(month.label) (month \(month.monthOfYear) of \(month.financialYear))"
                              + (agreement.coverage(at: month) == .none ? ": nobody has monitored it yet." : "."))
    }

    /// The month of the agreement's term `text` names, as YYYY-MM or M1–M12 of the year shown.
    func month(_ text: String) -> Period? {
        let month: Period? = if text.uppercased().hasPrefix("M"), let n = Int(text.dropFirst()), (1...12).contains(n) {
            agreement.financialYear.month(n)
        } else {
            Period(text)
        }
        guard let month, month >= agreement.start.period, month <= agreement.end.period else { return nil }
        return month
    }

    /// `:sort variance`, `:sort name desc`, `:sort` (as stored).
    mutating func sortTable(_ arguments: [String]) {
        let fields = pane.arrangeableFields
        guard !fields.isEmpty else { message = .error("The \(pane.title) pane has no table to sort."); return }
        var arrangement = self.arrangement(of: pane)
        guard let field = arguments.first?.lowercased() else {
            arrangement.sort = nil
            arrangements[pane] = arrangement
            message = UserMessage("\(pane.title): rows as stored.")
            return
        }
        guard fields.contains(field) else {
            message = .error("The \(pane.title) pane sorts by \(fields.joined(separator: ", ")).")
            return
        }
        arrangement.sort = field
        arrangement.descending = arguments.dropFirst().first.map { $0.lowercased() == "desc" } ?? Pane.sortsDescending(field)
        arrangements[pane] = arrangement
        selection[pane] = 0
        message = UserMessage("\(pane.title): sorted by \(field), \(arrangement.descending ? "largest or worst" : "smallest or A") first.")
    }

    /// `:filter rag=red lead=ICB`, `:filter` (everything).
    mutating func filterTable(_ arguments: [String]) {
        let fields = pane.filterableFields
        guard !fields.isEmpty else { message = .error("The \(pane.title) pane has no table to filter."); return }
        var filters: [String: String] = [:]
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, fields.contains(parts[0].lowercased()), !parts[1].isEmpty else {
                let example = pane == .spend ? "supplier=moorside" : fields.contains("rag") ? "rag=red" : "\(fields[0])=…"
                message = .error("filter takes FIELD=VALUE, FIELD one of \(fields.joined(separator: ", ")); e.g. filter \(example).")
                return
            }
            filters[parts[0].lowercased()] = parts[1]
        }
        if pane == .spend {
            if case .failure(let error) = LedgerQuery().filtered(by: filters, in: agreement) { message = .error("Not filtered: \(error)."); return }
            var arrangement = self.arrangement(of: pane)
            arrangement.filters = filters
            arrangements[pane] = arrangement
            message = UserMessage(filters.isEmpty ? "Spend: every transaction." : "Spend: \(arrangement.filterSummary).")
            return
        }
        var arrangement = self.arrangement(of: pane)
        arrangement.filters = filters
        if filters.isEmpty { arrangement.group = nil }
        arrangements[pane] = arrangement
        selection[pane] = 0
        let shown = tableItems(in: pane).count
        message = filters.isEmpty ? UserMessage("\(pane.title): every row.")
            : shown == 0 ? .error("No row matches \(arrangement.summary); :filter alone shows every row.")
            : UserMessage("\(pane.title): \(shown) row\(shown == 1 ? "" : "s") match.")
    }

    /// `:present` (and `--present`): the room's view, or back to the desk's.
    mutating func togglePresenting() -> [Effect] {
        presenting.toggle()
        message = UserMessage(presenting ? "Presenting: high contrast, more space, no dim text. :present again to stop."
                              : "Back to the \(deskTheme) theme.")
        return [.applyTheme(presenting ? "high-contrast" : deskTheme)]
    }
}

extension PaneItem {
    /// The row's own identifier ("S08a", "P05", "A1"); nil for rows without one.
    public var identifier: String? {
        switch self {
        case .contribution(let id), .line(let id), .provider(let id), .metric(let id), .contract(let id), .minute(let id), .personalBudget(let id): id
        case .fact(.partner(let id)): id
        case .ledgerRule(let id), .reconciliation(let id), .chargeBack(let id), .variation(let id), .person(let id), .risk(let id): id
        case .fact, .sharedLines, .auditEntry, .group, .ringFence, .suspense, .signOff: nil
        }
    }
}
