# Re-saves sample workbooks with openpyxl, for StreamedFidelityTest: openpyxl writes its own XML
# (no calculated values for formulas, its own styles and shared strings).
# Run from the project root: /usr/bin/python3 src/test/resources/streamed/resave.py
import openpyxl

for src, dst in [
    ("test-workbooks/declaration/2022-上海市司法局-绩效目标申报表.xlsx", "src/test/resources/streamed/openpyxl-declaration.xlsx"),
    ("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx", "src/test/resources/streamed/openpyxl-self-evaluation.xlsx"),
]:
    wb = openpyxl.load_workbook(src)
    wb.save(dst)
