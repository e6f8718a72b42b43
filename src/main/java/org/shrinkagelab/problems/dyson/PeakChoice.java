package org.shrinkagelab.problems.dyson;

import java.util.Arrays;

/**
 * Which periodogram peak each object's frequency window is centred on, as written in the {@code peaks}
 * option: {@code highest} (every object at its highest peak) or one 1-based rank per object, comma-separated
 * (e.g. {@code 1,1,1,2,1,1,1,1,2,1,1,1} picks the second-highest peak of objects 4 and 9).
 *
 * @param ranks the 0-based rank per object, or null for the highest of every object
 */
public record PeakChoice(int[] ranks) {
    /** The format shown beside the option. */
    public static final String FORMAT = "highest, or one rank per object (1 = highest), e.g. 1,1,2";

    /** Parses the option text; a bad rank is named by its position. */
    public static PeakChoice parse(String text) {
        String s = text.trim();
        if (s.equals("highest")) {
            return new PeakChoice(null);
        }
        String[] parts = s.split(",");
        int[] ranks = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int r;
            try {
                r = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("peak " + (i + 1) + " '" + parts[i].trim() + "' is not a rank; "
                        + FORMAT);
            }
            if (r < 1 || r > ObjectPeriodogram.TOP_PEAKS) {
                throw new IllegalArgumentException("peak " + (i + 1) + " is " + r + "; ranks run from 1 to "
                        + ObjectPeriodogram.TOP_PEAKS);
            }
            ranks[i] = r - 1;
        }
        return new PeakChoice(ranks);
    }

    /** The 0-based rank of object k's chosen peak, checking the count against the number of objects. */
    public int rank(int k, int objects) {
        if (ranks == null) {
            return 0;
        }
        if (ranks.length != objects) {
            throw new IllegalArgumentException("peaks: " + objects + " objects need " + objects + " ranks, got "
                    + ranks.length);
        }
        return ranks[k];
    }

    /** This choice with object k's peak set to a 0-based rank, as option text. */
    public String with(int k, int rank, int objects) {
        int[] r = new int[objects];
        for (int i = 0; i < objects; i++) {
            r[i] = rank(i, objects);
        }
        r[k] = rank;
        if (Arrays.stream(r).allMatch(v -> v == 0)) {
            return "highest";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < objects; i++) {
            b.append(i == 0 ? "" : ",").append(r[i] + 1);
        }
        return b.toString();
    }
}
