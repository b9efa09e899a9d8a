package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of an XLSX workbook. Cells become the text a person sees, except dates, which
 * are written the Finnish way (d.M.yyyy) so that one mapping serves CSV and XLSX alike.
 * POI's zip-bomb guard stays on.
 */
final class XlsxTable implements Table {
    private final String path;
    private final Workbook workbook;
    private final Sheet sheet;
    private final List<String> columns = new ArrayList<>();
    private final int headerRow;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    XlsxTable(Path file, String shownPath, TableOptions options) {
        this.path = shownPath;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(path, 0, 0, "not a readable XLSX workbook: " + CsvTable.rootMessage(e));
        }
        sheet = options.sheet() == null ? workbook.getSheetAt(0) : workbook.getSheet(options.sheet());
        if (sheet == null) throw new SourceException(path, 0, 0, "no sheet named '" + options.sheet() + "'");
        int first = sheet.getFirstRowNum();
        while (first <= sheet.getLastRowNum() && sheet.getRow(first) == null) first++;
        if (first > sheet.getLastRowNum() || first < 0) throw new SourceException(path, 1, 0, "empty sheet: no header row");
        headerRow = first;
        var header = sheet.getRow(first);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            String name = text(header.getCell(c)).strip();
            if (name.isEmpty()) {
                if (c == header.getLastCellNum() - 1) break;
                throw new SourceException(path, first + 1, c + 1, "column " + (c + 1) + " has no name in the header");
            }
            if (columns.contains(name)) throw new SourceException(path, first + 1, c + 1, "column name '" + name + "' appears twice");
            columns.add(name);
        }
    }

    @Override public String path() { return path; }
    @Override public List<String> columns() { return List.copyOf(columns); }

    @Override
    public Iterator<Row> rows() {
        return new Iterator<>() {
            int next = headerRow + 1;

            private void skipEmpty() {
                while (next <= sheet.getLastRowNum() && isEmpty(sheet.getRow(next))) next++;
            }

            @Override public boolean hasNext() {
                skipEmpty();
                return next <= sheet.getLastRowNum();
            }

            @Override public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                var row = sheet.getRow(next);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) cells.put(columns.get(c), text(row.getCell(c)));
                for (int c = columns.size(); c < row.getLastCellNum(); c++) {
                    if (!text(row.getCell(c)).isBlank()) {
                        throw new SourceException(path, next + 1, c + 1, "cell outside the header's " + columns.size() + " columns");
                    }
                }
                return new Row(++next, cells);
            }
        };
    }

    private boolean isEmpty(org.apache.poi.ss.usermodel.Row row) {
        if (row == null) return true;
        for (Cell c : row) if (!text(c).isBlank()) return false;
        return true;
    }

    private String text(Cell cell) {
        if (cell == null) return "";
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime d = cell.getLocalDateTimeCellValue();
            return d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return formatter.formatCellValue(cell, workbook.getCreationHelper().createFormulaEvaluator());
        }
        return formatter.formatCellValue(cell);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // reading only: nothing to lose
        }
    }
}
