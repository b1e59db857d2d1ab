import Foundation
import S75Domain

extension Author {
    /// Who is running s75: the account of the process's effective user id, as the kernel and the account database say,
    /// never a variable the user can set (`USER`, `LOGNAME`); with the address the ssh client reported, if any.
    public static var current: Author {
        let uid = geteuid()
        let account = getpwuid(uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "uid \(uid)"
        let client = ProcessInfo.processInfo.environment["SSH_CLIENT"].flatMap { $0.split(separator: " ").first.map(String.init) } ?? ""
        return Author(user: account, client: client)
    }
}
