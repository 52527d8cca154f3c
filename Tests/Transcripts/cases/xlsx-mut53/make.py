#!/usr/bin/env python3
"""Writes the workbooks of xlsx-zip-and-cells.kd (run from this folder): zip and cell shapes that
real writers produce and no other case reads. Fixed entry times: running it again gives the same bytes."""
import zipfile

NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = (f'<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
UNITS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c>'
         '<c r="C1" t="inlineStr"><is><t>kind</t></is></c><c r="D1" t="inlineStr"><is><t>parent</t></is></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>DB</t></is></c><c r="B2" t="inlineStr"><is><t>Đảng bộ phường Hòa Bình</t></is></c>'
         '<c r="C2" t="inlineStr"><is><t>committee</t></is></c></row>'
         '<row r="3"><c r="A3" t="inlineStr"><is><t>CB01</t></is></c><c r="B3" t="inlineStr"><is><t>Chi bộ Tổ dân phố 1</t></is></c>'
         '<c r="C3" t="inlineStr"><is><t>cell</t></is></c><c r="D3" t="inlineStr"><is><t>DB</t></is></c></row>')
HEAD = ('<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>unit</t></is></c><c r="D1" t="inlineStr"><is><t>born</t></is></c></row>')

def member(r, pid, name, born):
    return (f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{pid}</t></is></c><c r="B{r}" t="inlineStr"><is><t>{name}</t></is></c>'
            f'<c r="C{r}" t="inlineStr"><is><t>CB01</t></is></c>{born.format(ref=f"D{r}")}</row>')

def book(path, roster_rows, workbook_pr="", extra=b"", comment=b"", styles=STYLES):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            info = zipfile.ZipInfo(name, date_time=(2023, 11, 25, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.extra = extra
            z.writestr(info, data)
        put("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        put("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        put("xl/workbook.xml", f'<workbook {NS}>{workbook_pr}<sheets><sheet name="units" sheetId="1" r:id="rId1"/>'
            '<sheet name="roster" sheetId="2" r:id="rId2"/></sheets></workbook>')
        put("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/s1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/s2.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
        put("xl/styles.xml", styles)
        put("xl/worksheets/s1.xml", f'<worksheet {NS}><sheetData>{UNITS}</sheetData></worksheet>')
        put("xl/worksheets/s2.xml", f'<worksheet {NS}><sheetData>{HEAD}{"".join(roster_rows)}</sheetData></worksheet>')
        z.comment = comment

PLAIN = [member(2, "P001", "Nguyễn Văn An", '<c r="{ref}" s="1"><v>23816</v></c>')]

# An archive comment of 300 bytes: the end-of-directory record is then more than 255 bytes
# before the end of the file (a zip may hold a comment of up to 65,535 bytes).
book("long-comment.xlsx", PLAIN, comment=("Xuất từ phần mềm quản lý đảng viên. " * 8).encode("utf-8")[:300])
# Every local header with an extra field (a writer's timestamp block, id 0x5455): the entry's
# bytes begin after it.
book("local-extra.xlsx", PLAIN, extra=b"\x55\x54\x05\x00\x01\x00\x8e\x61\x65")
# Dates as ISO text cells (t="d"), with a time of day as some writers store them.
book("iso-dates.xlsx", [member(2, "P001", "Nguyễn Văn An", '<c r="{ref}" t="d"><v>1965-03-15T00:00:00</v></c>'),
                        member(3, "P002", "Trần Thị Bình", '<c r="{ref}" t="d"><v>1970-07-01</v></c>')])
# The 1904 date system written as date1904="true" (the XML boolean; Excel writes "1"):
# serial 22354 is 15/03/1965 there (23816 in the 1900 system).
book("date1904-true.xlsx", [member(2, "P001", "Nguyễn Văn An", '<c r="{ref}" s="1"><v>22354</v></c>')],
     workbook_pr='<workbookPr date1904="true"/>')
# A row number written twice (a damaged or hand-edited sheet): refused at the row, not read as
# two rows of the same number.
book("repeated-row.xlsx", [member(2, "P001", "Nguyễn Văn An", '<c r="{ref}" s="1"><v>23816</v></c>'),
                           member(2, "P002", "Trần Thị Bình", '<c r="{ref}" s="1"><v>25750</v></c>')])
# Styles as Excel writes them: the cell style formats (cellStyleXfs) come before the cell
# formats (cellXfs), and a cell's s indexes cellXfs only. Here s="1" is the zero-padding format
# 0000 (an id typed 7 shows 0007) and s="2" the built-in date format.
XFS_STYLES = (f'<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0000"/></numFmts>'
              '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0"/><xf numFmtId="14" xfId="0"/></cellXfs></styleSheet>')
book("style-xfs.xlsx", [member(2, "P001", "Nguyễn Văn An", '<c r="{ref}" s="2"><v>23816</v></c>')
                        .replace('<c r="A2" t="inlineStr"><is><t>P001</t></is></c>', '<c r="A2" s="1"><v>7</v></c>')],
     styles=XFS_STYLES)
# A macro-enabled workbook (.xlsm) is a workbook too: the same parts under another extension.
import shutil
shutil.copy("long-comment.xlsx", "macros.xlsm")
