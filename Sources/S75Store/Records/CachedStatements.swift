import GRDB

extension Database {
    /// Runs one statement with `arguments`, compiling it once per connection and reusing it after: the records of a
    /// whole agreement are tens of thousands of inserts of a dozen shapes, and compiling each again cost more than
    /// running it.
    func run(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
