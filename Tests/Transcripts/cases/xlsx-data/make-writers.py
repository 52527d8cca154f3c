#!/usr/bin/env python3
"""Writes the demo ward's workbook (Examples/demo.xlsx) again as two common libraries save it,
for the xlsx-zip-shapes transcript (run from this folder; needs
`pip install openpyxl==3.1.5 xlsxwriter==3.3.1`).
The outputs are kept in git, so the suite does not need these packages."""
import datetime
import openpyxl
import xlsxwriter

src = openpyxl.load_workbook("../../../../Examples/demo.xlsx")
stamp = datetime.datetime(2023, 11, 25)

out = openpyxl.Workbook()
out.remove(out.active)
for ws in src.worksheets:
    copy = out.create_sheet(ws.title)
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                copy.cell(c.row, c.column, c.value).number_format = c.number_format
    for m in ws.merged_cells.ranges:
        copy.merge_cells(str(m))
out.properties.created = out.properties.modified = stamp
out.save("demo-openpyxl.xlsx")

book = xlsxwriter.Workbook("demo-xlsxwriter.xlsx")
book.set_properties({"created": stamp})
dates = book.add_format({"num_format": "dd/mm/yyyy"})
for ws in src.worksheets:
    sheet = book.add_worksheet(ws.title)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, datetime.datetime):
                sheet.write_datetime(c.row - 1, c.column - 1, c.value, dates)
            elif c.value is not None:
                sheet.write(c.row - 1, c.column - 1, c.value)
    for m in ws.merged_cells.ranges:
        top = ws.cell(m.min_row, m.min_col).value
        sheet.merge_range(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1, top)
book.close()

# The xlsx-vi-sheet-names transcript: the demo's units, collectives, roster and positions under
# Vietnamese sheet names, the roster's sheet named as kd reads it or not.
kinds = [("units", "Chi bộ"), ("collectives", "Tập thể"), ("roster", None), ("positions", "Chức vụ")]
for path, roster in [("vi-sheets-known.xlsx", "Danh sách đảng viên"), ("vi-sheets-unknown.xlsx", "DS ĐV chi bộ")]:
    out = openpyxl.Workbook()
    out.remove(out.active)
    for kind, title in kinds:
        ws = src[kind]
        copy = out.create_sheet(title or roster)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    copy.cell(c.row, c.column, c.value).number_format = c.number_format
    out.properties.created = out.properties.modified = stamp
    out.save(path)
