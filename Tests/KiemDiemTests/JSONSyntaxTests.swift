import Foundation
import Testing
@testable import KiemDiem

/// The locator of JSON syntax errors that `open` reports with a line and column.
struct JSONSyntaxTests {
    func failure(_ text: String) -> JSONSyntax.Failure? { JSONSyntax.firstError(Array(text.utf8)) }

    @Test func validDocumentsHaveNoError() {
        for text in [
            "{}", "[]", " { } ", "1", "-0.5e+10", "\"x\"", "true", "null", "[false, null, 0, -1, 2.50, 1E3]",
            #"{"a": {"b": [1, {"c": "d\"\\\/\b\f\n\r\t\u00e9"}]}, "e": []}"#, "{\"tên\": \"Nguyễn Thị Ánh\"}\n",
            #"{"emoji": "\ud83d\ude00 and \uD83D\uDE00"}"#,
            String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
        ] {
            #expect(failure(text) == nil, "\(text.prefix(40))")
        }
        // Deeper than JSONDecoder reads: at the opening that goes past it, on an explicit
        // stack (100,000 levels do not overflow the call stack).
        for n in [513, 100_000] {
            let f = failure(String(repeating: "[", count: n) + String(repeating: "]", count: n))
            #expect(f?.problem == .tooDeep && f?.column == 513, "\(n)")
        }
    }

    @Test func eachProblemAtItsLineAndColumn() {
        let cases: [(String, Int, Int, JSONSyntax.Problem)] = [
            ("", 1, 1, .empty),
            (" \n\t", 1, 1, .empty),
            ("{\"a\": \n  [1, 2,\n", 3, 1, .endOfFile),
            ("{\"a\" 1}", 1, 6, .unexpected("\"1\"", expected: .colon)),
            ("{\"a\": 1,}", 1, 9, .unexpected("\"}\"", expected: .key)),
            ("{\"a\": 1 \"b\": 2}", 1, 9, .unexpected("\"\"\"", expected: .commaOrBrace)),
            ("[1 2]", 1, 4, .unexpected("\"2\"", expected: .commaOrBracket)),
            ("{\"a\": }", 1, 7, .unexpected("\"}\"", expected: .value)),
            ("{\"á\": ươ}", 1, 7, .unexpected("\"ư\"", expected: .value)),
            ("{\"a\": \"x\\q\"}", 1, 10, .badEscape),
            ("{\"a\": \"\\u12G4\"}", 1, 12, .badEscape),
            // Half a character: a low surrogate alone, a high one without its low half.
            ("{\"a\": \"x\\udc00\"}", 1, 9, .loneSurrogate),
            ("{\"a\": \"x\\ud800\"}", 1, 9, .loneSurrogate),
            ("{\"a\": \"x\\ud800\\u0041\"}", 1, 9, .loneSurrogate),
            ("{\"a\": \"\u{01}\"}", 1, 8, .controlCharacter),
            ("[01]", 1, 3, .unexpected("\"1\"", expected: .commaOrBracket)),
            ("[-]", 1, 3, .badNumber),
            ("[1.]", 1, 4, .badNumber),
            ("[1e]", 1, 4, .badNumber),
            ("{\"a\": tru}", 1, 7, .badWord),
            ("{} x", 1, 4, .trailing),
            ("{\"a\":1}{", 1, 8, .trailing),
            ("[\u{07}]", 1, 2, .unexpected("U+0007", expected: .value)),
        ]
        for (text, line, column, problem) in cases {
            let f = failure(text)
            #expect(f?.line == line && f?.column == column && f?.problem == problem, "\(text.debugDescription): \(String(describing: f))")
        }
        // Bytes that are not UTF-8, at the first bad byte.
        let f = JSONSyntax.firstError(Array("{\"a\": \"".utf8) + [0xFF] + Array("\"}".utf8))
        #expect(f?.problem == .notUTF8 && f?.column == 8)
    }

    /// The JSON path of the value being read, as decoding errors name it.
    @Test func problemsNameTheirJSONPath() {
        let cases: [(String, String)] = [
            ("{\"a\": \n  [1, 2,\n", "$.a[2]"),
            (#"{"members": {"P1": {"id": "P1",, }}}"#, "$.members.P1"),
            (#"{"a": 1,}"#, "$"),
            (#"{"a": [{"b": [true, nul]}]}"#, "$.a[0].b[1]"),
            ("[1 2]", "$[0]"),
            ("{} x", "$"),
            (String(repeating: "[", count: 20), "$[0][0][0][0][0][0]…[0][0][0][0][0][0]"),
        ]
        for (text, path) in cases {
            #expect(failure(text)?.path == path, "\(text.debugDescription)")
        }
    }

    /// Every document made by cutting one byte out of a valid one: the locator says there is an
    /// error exactly when Foundation's parser refuses it.
    @Test func agreesWithJSONSerialization() {
        let doc = #"{"format": "kd-workspace", "version": 1, "a": [1, -2.5e3, true, false, null, {"b": "c\n"}], "d": {}}"#
        let bytes = Array(doc.utf8)
        for i in bytes.indices {
            var cut = bytes
            cut.remove(at: i)
            let foundation = (try? JSONSerialization.jsonObject(with: Data(cut), options: .fragmentsAllowed)) != nil
            #expect((JSONSyntax.firstError(cut) == nil) == foundation, "without byte \(i): \(String(decoding: cut, as: UTF8.self))")
        }
    }
}
