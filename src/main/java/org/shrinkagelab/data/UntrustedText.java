package org.shrinkagelab.data;

/**
 * Text from a file or an argument, made safe to echo in a one-line message: control characters
 * (newlines, ANSI escape sequences), invisible format characters (a byte-order mark, bidi overrides)
 * are shown escaped, and long values are cut with an ellipsis.
 */
public final class UntrustedText {
    /** The most characters of a value a message repeats. */
    public static final int MAX_SHOWN = 80;

    private UntrustedText() {
    }

    /** The text escaped and cut to {@link #MAX_SHOWN} characters (ellipsis when cut). */
    public static String quote(String text) {
        return escape(text, MAX_SHOWN);
    }

    /** The text escaped (control and format characters), not cut: for messages that hold quoted values already. */
    public static String escape(String text) {
        return escape(text, Integer.MAX_VALUE);
    }

    private static String escape(String text, int maxShown) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), maxShown) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown >= maxShown) {
                sb.append('…');
                break;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED
                    || cp == '\u2028' || cp == '\u2029') {
                sb.append(cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** A list of names, each quoted, joined by commas and cut after a few (a header of 10^6 columns). */
    public static String list(java.util.List<String> names) {
        StringBuilder sb = new StringBuilder();
        int limit = 20;
        for (int i = 0; i < names.size() && i < limit; i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(names.get(i)));
        }
        if (names.size() > limit) {
            sb.append(", … (").append(names.size()).append(" columns)");
        }
        return sb.toString();
    }
}
