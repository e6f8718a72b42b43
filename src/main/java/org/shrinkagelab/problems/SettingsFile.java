package org.shrinkagelab.problems;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.TextFiles;
import org.shrinkagelab.data.UntrustedText;

/**
 * A problem's settings saved to reproduce a figure or a summary later. The file is a {@code summary
 * --format json} output, or the subset {@code {"problem": ..., "settings": {...}}} of it that the window's
 * Save settings writes: only {@code problem} and {@code settings} are read, the rest is ignored. Settings
 * left out keep their defaults.
 */
public final class SettingsFile {
    private SettingsFile() {
    }

    /**
     * A saved file's problem id and settings as written, not yet checked against any problem.
     *
     * @param source   the file, for messages
     * @param problem  the {@code problem} field
     * @param settings the {@code settings} object
     */
    public record Saved(String source, String problem, JsonObject settings) {
        /**
         * These settings on top of the problem's defaults; a file of another problem, an unknown name or a
         * refused value throws an error naming the file and what is wrong.
         */
        public Settings applyTo(Problem p) throws DataFormatException {
            return applyTo(p.id(), p.defaults());
        }

        /** As {@link #applyTo(Problem)} for the problem {@code id} whose defaults are given. */
        public Settings applyTo(String id, Settings defaults) throws DataFormatException {
            if (!problem.equals(id)) {
                throw new DataFormatException(UntrustedText.quote(source) + ": the settings are for "
                        + UntrustedText.quote(problem) + ", not " + id);
            }
            Settings result = defaults;
            for (Map.Entry<String, JsonElement> e : settings.entrySet()) {
                String name = e.getKey();
                if (!(e.getValue() instanceof JsonPrimitive value) || value.isBoolean()) {
                    throw new DataFormatException(UntrustedText.quote(source) + ": settings."
                            + UntrustedText.quote(name) + " must be a number or a text");
                }
                try {
                    // numbers as written (Gson keeps their text), so a value round-trips exactly
                    result = result.with(name, value.getAsString());
                } catch (IllegalArgumentException ex) {
                    throw new DataFormatException(UntrustedText.quote(source) + ": " + ex.getMessage());
                }
            }
            return result;
        }
    }

    /** Reads the problem and settings of a file; errors name the file and what is wrong. */
    public static Saved read(Path file) throws DataFormatException {
        String source = file.toString();
        try (Reader in = TextFiles.open(file)) {
            JsonElement root = JsonParser.parseReader(in);
            if (!root.isJsonObject()) {
                throw new DataFormatException(UntrustedText.quote(source)
                        + ": not a settings file (expected a JSON object with \"problem\" and \"settings\")");
            }
            JsonObject o = root.getAsJsonObject();
            JsonElement problem = o.get("problem");
            if (!(problem instanceof JsonPrimitive p) || !p.isString()) {
                throw new DataFormatException(UntrustedText.quote(source) + ": no \"problem\" text naming the problem");
            }
            JsonElement settings = o.get("settings");
            if (settings == null || !settings.isJsonObject()) {
                throw new DataFormatException(UntrustedText.quote(source) + ": no \"settings\" object");
            }
            return new Saved(source, p.getAsString(), settings.getAsJsonObject());
        } catch (JsonParseException e) {
            throw new DataFormatException(UntrustedText.quote(source) + ": not valid JSON ("
                    + UntrustedText.quote(String.valueOf(e.getMessage())) + ")");
        } catch (IOException e) {
            throw TextFiles.failure(source, e);
        }
    }

    /** The text of a settings file: {@code {"problem": ..., "settings": {...}}}, every value included. */
    public static String toJson(String problem, Settings settings) {
        JsonObject root = new JsonObject();
        root.addProperty("problem", problem);
        root.add("settings", Summary.toJsonTree(settings.asMap()));
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }
}
