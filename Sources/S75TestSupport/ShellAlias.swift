import S75Process

/// The tests' way to run programs: S75Process's, which the region's server commands use too.
public typealias Shell = S75Process.Shell
