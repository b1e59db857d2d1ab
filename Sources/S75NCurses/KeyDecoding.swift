import CNCursesW
import S75Screen

/// Turns what `wget_wch` returns into key events.
enum KeyDecoding {
    static func functionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case s75_KEY_F(1)...s75_KEY_F(12): .function(Int(code - s75_KEY_F(0)))
        default: nil
        }
    }

    static func character(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }
}
