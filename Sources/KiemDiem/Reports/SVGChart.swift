/// A horizontal stacked bar chart of level counts as inline SVG: one bar per category, each
/// level a coloured segment, the scale shared by all bars so that sizes compare.
enum SVGChart {
    static let labelWidth = 230
    static let barWidth = 420
    static let rowHeight = 26
    static let top = 34

    static func colour(_ l: Level) -> String {
        switch l {
        case .HTXSNV: return "#1b7837"
        case .HTTNV: return "#7fbf7b"
        case .HTNV: return "#f1a340"
        case .KHTNV: return "#d73027"
        }
    }

    static func render(_ c: BarChart, lang: Language) -> String {
        let e = HTMLRenderer.escape
        let width = labelWidth + barWidth + 60
        let height = top + max(1, c.bars.count) * rowHeight + 8
        let maxTotal = max(1, c.bars.map { $0.counts.values.reduce(0, +) }.max() ?? 1)
        var s = "<figure>\n<figcaption>\(e(c.title.text(lang)))</figcaption>\n"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(e(c.title.text(lang)))\">\n"
        // Legend
        var x = labelWidth
        for l in Level.allCases {
            s += "<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(colour(l))\"/>"
            s += "<text x=\"\(x + 16)\" y=\"16\">\(l.rawValue)</text>\n"
            x += 80
        }
        for (i, bar) in c.bars.enumerated() {
            let y = top + i * rowHeight
            let full = bar.label.text(lang)
            // 30 columns of 12px text fit the 222px before the bars (34 ran past the left edge).
            let label = DisplayWidth.truncate(full, to: 30)
            s += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(label))</text>\n"
            var bx = labelWidth
            var total = 0
            for l in Level.allCases {
                let n = bar.counts[l] ?? 0
                total += n
                guard n > 0 else { continue }
                let w = max(1, n * barWidth / maxTotal)
                s += "<rect x=\"\(bx)\" y=\"\(y + 2)\" width=\"\(w)\" height=\"\(rowHeight - 6)\" fill=\"\(colour(l))\"><title>\(e(full)): \(l.rawValue) \(n)</title></rect>"
                if w >= 18 {
                    let fill = l == .HTTNV || l == .HTNV ? "#111" : "#fff"
                    s += "<text x=\"\(bx + w / 2)\" y=\"\(y + 16)\" text-anchor=\"middle\" fill=\"\(fill)\">\(n)</text>"
                }
                s += "\n"
                bx += w
            }
            s += "<text x=\"\(bx + 6)\" y=\"\(y + 15)\">\(total)</text>\n"
        }
        s += "</svg>\n</figure>\n"
        return s
    }
}
