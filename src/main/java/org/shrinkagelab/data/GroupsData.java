package org.shrinkagelab.data;

import java.nio.file.Path;

/**
 * Observations in numbered groups, one row per observation: the {@code groups} problem's data (columns
 * {@code group,y}, groups numbered 1..J in the file, every one of them observed at least once).
 *
 * @param group  for each observation the 0-based index of its group
 * @param y      the observations
 * @param groups the number of groups J
 */
public record GroupsData(int[] group, double[] y, int groups) {
    /** The columns a file must have (in any order). */
    public static final String[] COLUMNS = {"group", "y"};

    /** Checks the arrays match, every group index is in 0..J-1 and every group is observed. */
    public GroupsData {
        if (group.length != y.length) {
            throw new IllegalArgumentException(group.length + " group labels for " + y.length + " observations");
        }
        int[] counts = new int[groups];
        for (int g : group) {
            if (g < 0 || g >= groups) {
                throw new IllegalArgumentException("group index " + g + " outside 0.." + (groups - 1));
            }
            counts[g]++;
        }
        for (int j = 0; j < groups; j++) {
            if (counts[j] == 0) {
                throw new IllegalArgumentException("group " + (j + 1) + " has no observations");
            }
        }
        group = group.clone();
        y = y.clone();
    }

    /** The number of observations. */
    public int size() {
        return y.length;
    }

    /** The observations of each group, [group][observation] in file order. */
    public double[][] byGroup() {
        int[] counts = new int[groups];
        for (int g : group) {
            counts[g]++;
        }
        double[][] out = new double[groups][];
        for (int j = 0; j < groups; j++) {
            out[j] = new double[counts[j]];
            counts[j] = 0;
        }
        for (int i = 0; i < y.length; i++) {
            out[group[i]][counts[group[i]]++] = y[i];
        }
        return out;
    }

    /** Reads a file with columns group,y; errors name file, line and column. */
    public static GroupsData read(Path file) throws DataFormatException {
        return from(CsvTable.read(file));
    }

    /** Parses CSV text, naming it {@code source} in error messages. */
    public static GroupsData parse(String source, String text) throws DataFormatException {
        return from(CsvTable.parse(source, text));
    }

    private static GroupsData from(CsvTable table) throws DataFormatException {
        table.require(COLUMNS);
        int groupColumn = table.column("group");
        double[] y = table.numbers("y");
        int[] group = new int[y.length];
        int groups = 0;
        for (int r = 0; r < y.length; r++) {
            String cell = table.text(r, groupColumn);
            int label;
            try {
                label = Integer.parseInt(cell.trim());
            } catch (NumberFormatException e) {
                throw table.cellError(r, groupColumn, "'" + cell + "' is not a whole number");
            }
            if (label < 1) {
                throw table.cellError(r, groupColumn, "groups are numbered from 1, was " + label);
            }
            group[r] = label - 1;
            groups = Math.max(groups, label);
        }
        if (y.length == 0) {
            throw new DataFormatException(table.source() + ": no observations");
        }
        boolean[] seen = new boolean[groups];
        for (int g : group) {
            seen[g] = true;
        }
        for (int j = 0; j < groups; j++) {
            if (!seen[j]) {
                throw new DataFormatException(table.source() + ": group " + (j + 1)
                        + " has no observations (groups must be numbered 1.." + groups + " without gaps)");
            }
        }
        return new GroupsData(group, y, groups);
    }
}
