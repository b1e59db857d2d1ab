import S75Screen
import Testing

/// Where a list's window starts: put in the middle the first time, then kept still while the selection moves inside it.
@Suite("List scrolling")
struct ScrollingTests {
    @Test("without a last frame the selection is put in the middle of the window")
    func centred() {
        #expect(ListView.offset(selectedLine: 30, count: 100, height: 20) == 20)
        #expect(ListView.offset(selectedLine: 5, count: 100, height: 20) == 0)
        #expect(ListView.offset(selectedLine: 99, count: 100, height: 20) == 80)
        #expect(ListView.offset(selectedLine: 5, count: 10, height: 20) == 0)
    }

    @Test("with one, the window stays while the selection is inside it and moves only as far as it must")
    func sticky() {
        #expect(ListView.offset(selectedLine: 19, count: 100, height: 20, previous: 0) == 0)
        #expect(ListView.offset(selectedLine: 20, count: 100, height: 20, previous: 0) == 1)
        #expect(ListView.offset(selectedLine: 45, count: 100, height: 20, previous: 30) == 30)
        #expect(ListView.offset(selectedLine: 31, count: 100, height: 20, previous: 30) == 30)
        // the top row of a scrolled window is the pinned header: the line under it is the first the selection can be on
        #expect(ListView.offset(selectedLine: 30, count: 100, height: 20, previous: 30) == 29)
        #expect(ListView.offset(selectedLine: 10, count: 100, height: 20, previous: 30) == 9)
        #expect(ListView.offset(selectedLine: 99, count: 100, height: 20, previous: 30) == 80)
        #expect(ListView.offset(selectedLine: 0, count: 100, height: 20, previous: 30) == 0)
        #expect(ListView.offset(selectedLine: 50, count: 60, height: 20, previous: 55) == 40)
    }
}
