#!/usr/bin/env python3
"""Writes the hand-made workbooks of the xlsx-* transcripts (run from this folder).
They are built from raw XML on purpose: inline strings, cells without r, gaps, Vietnamese
sheet names, date serials with and without a date style, merged cells, broken files."""
import zipfile

class Zip(zipfile.ZipFile):
    """Fixed entry times, so that running this again gives the same bytes."""
    def writestr(self, name, data, *args, **kw):
        info = zipfile.ZipInfo(name, date_time=(2023, 11, 25, 0, 0, 0))
        info.compress_type = self.compression
        super().writestr(info, data)

NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = (f'<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def cell(ref, v):
    """str → inline string; int/float → number; ('d', serial) → date-styled number; None → nothing."""
    if v is None:
        return ""
    if isinstance(v, tuple):
        return f'<c r="{ref}" s="1"><v>{v[1]}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'

def sheet(rows, merges=(), start=1):
    out = []
    for i, row in enumerate(rows):
        r = start + i
        if row is None:
            continue
        out.append(f'<row r="{r}">' + "".join(cell(f"{col(c + 1)}{r}", v) for c, v in enumerate(row)) + "</row>")
    m = ""
    if merges:
        m = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{x}"/>' for x in merges) + "</mergeCells>"
    return f'<worksheet {NS}><sheetData>{"".join(out)}</sheetData>{m}</worksheet>'

def book(path, sheets):
    """sheets: (name, xml) or (name, xml, state), state "hidden" or "veryHidden"."""
    with Zip(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        names = "".join(f'<sheet name="{esc(s[0])}" sheetId="{i + 1}"' + (f' state="{s[2]}"' if len(s) > 2 else "")
                        + f' r:id="rId{i + 1}"/>' for i, s in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<workbook {NS}><sheets>{names}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/s{i + 1}.xml"/>'
                       for i in range(len(sheets)))
        rels += f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        z.writestr("xl/styles.xml", STYLES)
        for i, s in enumerate(sheets):
            z.writestr(f"xl/worksheets/s{i + 1}.xml", s[1])

UNITS = [["Mã", "Tên", "Loại", "Loại hình", "Cấp trên"],
         ["DB", "Đảng bộ phường Hòa Bình", "committee", None, None],
         ["CB01", "Chi bộ Tổ dân phố 1", "cell", "residential", "DB"],
         ["CB02", "Chi bộ Trường Tiểu học", "cell", "school", "DB"],
         ["CB01-T1", "Tổ đảng 1", "group", None, "CB01"]]
ROSTER_HEAD = ["Số thẻ đảng viên", "Họ và tên", "Chi bộ", "Tổ đảng", "Giới tính", "Ngày sinh", "Ngày vào Đảng"]

# A ward with Vietnamese sheet names and headers. Born: a date serial with the built-in date
# style (23816 = 15/03/1965), text DD/MM/YYYY, and a plain number (General format, 25750 =
# 01/07/1970). The unit CB01 is merged down rows 2-3; P002 has no group (a gap); P003's cells
# are written out of order. A sheet "Ghi chú" is not a kind and is skipped.
ward_roster = sheet([ROSTER_HEAD,
                     ["P001", "Nguyễn Văn An", "CB01", "CB01-T1", "Nam", ("d", 23816), "19/05/1990"],
                     ["P002", "Trần Thị Bình", None, None, "Nữ", "01/07/1970", ("d", 36559)],
                     ["P003", "Lê Văn Cường", "CB02", None, "Nam", 25750, "2001-02-03"]],
                    merges=["C2:C3"])
ward_roster = ward_roster.replace(
    '<row r="4"><c r="A4" t="inlineStr"><is><t>P003</t></is></c><c r="B4" t="inlineStr"><is><t>Lê Văn Cường</t></is></c>',
    '<row r="4"><c r="B4" t="inlineStr"><is><t>Lê Văn Cường</t></is></c><c r="A4" t="inlineStr"><is><t>P003</t></is></c>')
book("ward.xlsx", [("Chi bộ", sheet(UNITS)), ("Đảng viên", ward_roster), ("Ghi chú", sheet([["Bảng này chỉ để ghi chú"]]))])

# Bad cells, each found at its sheet and cell.
book("bad-date.xlsx", [("roster", sheet([ROSTER_HEAD, ["P001", "Nguyễn Văn An", "CB01", None, "Nam", "31/02/1985", None]]))])
book("leap.xlsx", [("units", sheet(UNITS)),
                   ("roster", sheet([ROSTER_HEAD, ["P001", "Nguyễn Văn An", "CB01", None, "Nam", ("d", 23816), None],
                                     ["P002", "Trần Thị Bình", "CB01", None, "Nữ", ("d", 60), None]]))])
book("merged-header.xlsx", [("roster", sheet([["id", "Họ và tên", None, "unit"], ["P001", "Nguyễn", "Văn An", "CB01"]],
                                             merges=["B1:C1"]))])
book("no-header.xlsx", [("roster", sheet([["id", "name", "unit"], ["P001", "Nguyễn Văn An", "CB01"],
                                          ["P002", "Trần Thị Bình", "CB01", None, "ghi chú lạc"]]))])
book("title-merged.xlsx", [("roster", sheet([["DANH SÁCH ĐẢNG VIÊN", None, None], ["id", "name", "unit"],
                                              ["P001", "Nguyễn Văn An", "CB01"]], merges=["A1:C1"]))])
book("title-row.xlsx", [("roster", sheet([["DANH SÁCH ĐẢNG VIÊN"], ["id", "name", "unit"]], start=2))])
# A title in A1, not merged, over the header in row 3: said to be a title, not a value in row 3
# that has no header.
book("title-unmerged.xlsx", [("roster", sheet([["DANH SÁCH ĐẢNG VIÊN"], [None], ["id", "name", "unit"],
                                                ["P001", "Nguyễn Văn An", "CB01"]]))])
# One transaction: the units sheet is fine, the roster's row 4 names an unknown unit.
book("bad-workbook.xlsx", [("units", sheet(UNITS)),
                           ("roster", sheet([["id", "name", "unit"], ["P001", "Nguyễn Văn An", "CB01"],
                                             ["P002", "Trần Thị Bình", "CB02"], ["P003", "Lê Văn Cường", "CB09"]]))])
book("two-sheets.xlsx", [("units", sheet(UNITS)), ("Sheet2", sheet([["x"]]))])

# Which sheet is a kind's: a hidden sheet (a stale roster kept out of sight) is not read by
# load workbook, even when named like a kind, and the note says so; two visible sheets that fit
# one kind ("Danh sách" and "Đảng viên" are both roster) are an error naming both.
ROSTER3 = [["id", "name", "unit"], ["P001", "Nguyễn Văn An", "CB01"], ["P002", "Trần Thị Bình", "CB01"],
           ["P003", "Lê Văn Cường", "CB02"]]
book("hidden-roster.xlsx", [("Chi bộ", sheet(UNITS)), ("Đảng viên", sheet(ROSTER3)),
                            ("roster", sheet([["id", "name", "unit"], ["OLD1", "Người Cũ", "CB01"]]), "hidden"),
                            ("Danh mục", sheet([["Loại"], ["cell"]]), "veryHidden")])
# A kind's sheet left empty (a ward's template) is skipped and said, not an error.
book("empty-kind-sheet.xlsx", [("units", sheet(UNITS)), ("Đảng viên", sheet(ROSTER3)), ("discipline", sheet([])),
                               ("Chức vụ", '<worksheet ' + NS + '/>')])
book("two-rosters.xlsx", [("units", sheet(UNITS)), ("Danh sách", sheet(ROSTER3)),
                          ("Đảng viên", sheet([["id", "name", "unit"], ["OLD1", "Người Cũ", "CB01"]]))])

with open("not-zip.xlsx", "w", encoding="utf-8") as f:
    f.write("id,name,unit\nP001,Nguyễn Văn An,CB01\n")
with Zip("not-workbook.xlsx", "w") as z:
    z.writestr("readme.txt", "a zip, but not a workbook")
with open("ward.xlsx", "rb") as f:
    data = f.read()
with open("truncated.xlsx", "wb") as f:
    f.write(data[:400])

# A sheet whose bytes are not UTF-8 (a name in Latin-1, as an old tool might write it):
# refused with the line and column of the first bad byte (XMLParser used to crash on such bytes).
latin1 = sheet([["id", "name", "unit"], ["P001", "Nguyen Van An", "CB01"]]).replace("Nguyen", "Nguy@n")
book("not-utf8.xlsx", [("roster", latin1.encode("utf-8").replace(b"@", b"\xea"))])

# A processing instruction with no content (<?kd?>): XMLParser used to crash on it (a null
# pointer in FoundationXML, found by FuzzXlsx); refused with its line and column.
book("empty-pi.xlsx", [("roster", sheet([["id", "name", "unit"], ["P001", "Nguyễn Văn An", "CB01"]]).replace("<sheetData>", "<sheetData><?kd?>"))])

# ward.xlsx in other zip shapes, which kd's own zip reader must read alike: entries stored
# (not compressed), and entries written to a stream that cannot seek (sizes and CRC in a data
# descriptor after the bytes, as streaming writers do), with an archive comment at the end.
with zipfile.ZipFile("ward.xlsx") as src, Zip("ward-stored.xlsx", "w", zipfile.ZIP_STORED) as out:
    for name in src.namelist():
        out.writestr(name, src.read(name))

class Unseekable:
    def __init__(self, f): self.f = f
    def write(self, b): return self.f.write(b)
    def flush(self): self.f.flush()
    def tell(self): raise OSError("not seekable")
    def seekable(self): return False

with zipfile.ZipFile("ward.xlsx") as src, open("ward-streamed.xlsx", "wb") as raw:
    with zipfile.ZipFile(Unseekable(raw), "w", zipfile.ZIP_DEFLATED) as out:
        out.comment = "Ghi chú của tệp nén".encode("utf-8")
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2023, 11, 25, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with out.open(info, "w") as w:
                w.write(src.read(name))

# Formulas: one saved with its value is read as that value; one never calculated (no <v>, as a
# program writes it before any spreadsheet opened the file) is refused at its cell, not read as
# an empty date (which made a new member look admitted long ago).
ROSTER_F = [["id", "name", "unit", "admitted"], ["P001", "Nguyễn Văn An", "CB01", ("d", 45170)], ["P002", "Trần Thị Bình", "CB01", None]]
formula_saved = sheet(ROSTER_F).replace('<c r="D2" s="1"><v>45170</v></c>', '<c r="D2" s="1"><f>DATE(2023,9,1)</f><v>45170</v></c>')
formula_unsaved = sheet(ROSTER_F).replace('<c r="D2" s="1"><v>45170</v></c>', '<c r="D2" s="1"><f>DATE(2023,9,1)</f></c>')
book("formula-saved.xlsx", [("units", sheet(UNITS)), ("roster", formula_saved)])
book("formula-unsaved.xlsx", [("units", sheet(UNITS)), ("roster", formula_unsaved)])
# openpyxl and pandas write a formula never calculated with an empty value (<v/>): refused as
# well. A formula whose value is an empty text is saved as a text cell (t="str"): empty.
formula_empty_v = sheet(ROSTER_F).replace('<c r="D2" s="1"><v>45170</v></c>', '<c r="D2" s="1"><f>DATE(2023,9,1)</f><v/></c>')
formula_empty_text = sheet(ROSTER_F).replace('<c r="D2" s="1"><v>45170</v></c>', '<c r="D2" t="str"><f>IF(1,"","x")</f><v></v></c>')
book("formula-empty-v.xlsx", [("units", sheet(UNITS)), ("roster", formula_empty_v)])
book("formula-empty-text.xlsx", [("units", sheet(UNITS)), ("roster", formula_empty_text)])
# A year typed alone into a column a template formatted as dd/mm/yyyy: Excel shows 15/07/1905;
# refused as the same year in a CSV is, not loaded as a day in 1905.
book("bare-year.xlsx", [("units", sheet(UNITS)), ("roster", sheet([ROSTER_F[0], ["P001", "Nguyễn Văn An", "CB01", ("d", 2023)]]))])

# Numbers as arithmetic leaves them: 84.3 stored as 84.29999999999998 (a formula's result, or
# Python's 0.1 * 843) reads as Excel shows it, 84.3, not as a score with 14 decimals.
GRADES_N = [["subject", "level", "score", "common", "results"],
            ["P001", "HTTNV", 84.29999999999998, 24.299999999999997, 60],
            ["P002", "HTXSNV", 90.00000000000001, None, None]]
book("scores-noise.xlsx", [("units", sheet(UNITS)), ("roster", sheet(ROSTER_F)), ("grades", sheet(GRADES_N))])

# Compound files (the container of Excel 97-2003): an old .xls, and an .xlsx saved with a
# password to open, whose zip is the stream "EncryptedPackage" (its name in UTF-16 in the
# directory). Only their first bytes and that name matter to kd.
CFB = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
with open("old.xls", "wb") as f:
    f.write(CFB + "Workbook".encode("utf-16-le") + bytes(512))
with open("encrypted.xlsx", "wb") as f:
    f.write(CFB + "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(512))
# A workbook saved under a .csv name: said to be a workbook, not binary data at a column.
with open("ward.xlsx", "rb") as src, open("workbook-named.csv", "wb") as f:
    f.write(src.read())
