package org.shrinkagelab.problems.hemophilia;

import java.util.ArrayList;
import java.util.List;

/**
 * The sons observed so far, in birth order: true for an affected son. Written as text like
 * {@code 0,0,1} (0 unaffected, 1 affected); the empty text means no son observed yet.
 *
 * @param affected one entry per son, true if affected
 */
public record SonSequence(List<Boolean> affected) {
    /** The largest number of sons accepted; beyond it the fractions only grow without teaching anything. */
    public static final int MAX_SONS = 50;

    /** Copies the list so the sequence stays immutable. */
    public SonSequence {
        affected = List.copyOf(affected);
        if (affected.size() > MAX_SONS) {
            throw new IllegalArgumentException("at most " + MAX_SONS + " sons, got " + affected.size());
        }
    }

    /**
     * Reads text such as {@code 0,0,1}; spaces are ignored.
     *
     * @throws IllegalArgumentException naming the position and value that is not 0 or 1
     */
    public static SonSequence parse(String text) {
        String t = text.trim();
        List<Boolean> sons = new ArrayList<>();
        if (!t.isEmpty()) {
            String[] parts = t.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.equals("0")) {
                    sons.add(false);
                } else if (p.equals("1")) {
                    sons.add(true);
                } else {
                    throw new IllegalArgumentException("son " + (i + 1) + " is '" + p
                            + "'; each son must be 0 (unaffected) or 1 (affected)");
                }
            }
        }
        if (sons.size() > MAX_SONS) {
            throw new IllegalArgumentException("at most " + MAX_SONS + " sons, got " + sons.size());
        }
        return new SonSequence(sons);
    }

    /** The number of sons. */
    public int size() {
        return affected.size();
    }

    /** This sequence with one more son at the end. */
    public SonSequence plus(boolean isAffected) {
        List<Boolean> next = new ArrayList<>(affected);
        next.add(isAffected);
        return new SonSequence(next);
    }

    /** This sequence without its last son (unchanged if empty). */
    public SonSequence withoutLast() {
        return affected.isEmpty() ? this : new SonSequence(affected.subList(0, affected.size() - 1));
    }

    /** The text form, e.g. {@code 0,0,1}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < affected.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(affected.get(i) ? '1' : '0');
        }
        return sb.toString();
    }
}
