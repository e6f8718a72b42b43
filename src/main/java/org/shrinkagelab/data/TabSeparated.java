package org.shrinkagelab.data;

import java.util.List;

/**
 * A table as tab-separated text, the form spreadsheets and R's {@code read.delim} paste from the
 * clipboard: a header line, then one line per row, each ended by a newline.
 */
public final class TabSeparated {
    private TabSeparated() {
    }

    /**
     * The header and rows as tab-separated lines; a tab or line break inside a cell becomes a space, so that
     * every line keeps one cell per column.
     */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, header, header.size());
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size()
                        + " headers");
            }
            line(sb, row, header.size());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String cell = cells.get(i);
            sb.append(cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " "));
        }
        sb.append('\n');
    }
}
