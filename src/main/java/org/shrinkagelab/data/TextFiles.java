package org.shrinkagelab.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a user's text file for reading and turns every failure into a message that gives the reason. */
public final class TextFiles {
    private TextFiles() {
    }

    /** A UTF-8 reader of the file, positioned after a byte-order mark if there is one. */
    public static Reader open(Path file) throws DataFormatException {
        if (Files.isDirectory(file)) {
            throw new DataFormatException(UntrustedText.quote(file.toString()) + ": is a folder, not a file");
        }
        try {
            Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            return r;
        } catch (IOException e) {
            throw failure(file.toString(), e);
        }
    }

    /** The message for a read failure of {@code source}: no such file, permission denied, not a text file, ... */
    public static DataFormatException failure(String source, IOException e) {
        String name = UntrustedText.quote(source);
        if (e instanceof NoSuchFileException) {
            return new DataFormatException(name + ": no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new DataFormatException(name + ": permission denied");
        }
        if (e instanceof CharacterCodingException) {
            return new DataFormatException(name + ": not a text file (not UTF-8)");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new DataFormatException(name + ": cannot be read (" + f.getReason() + ")", e);
        }
        return new DataFormatException(name + ": cannot be read (" + (e.getMessage() == null
                ? e.getClass().getSimpleName() : UntrustedText.quote(e.getMessage())) + ")", e);
    }

    /** The I/O failure behind an unchecked wrapper (the CSV parser wraps them), or null. */
    public static IOException ioCause(RuntimeException e) {
        if (e instanceof UncheckedIOException u) {
            return u.getCause();
        }
        return e.getCause() instanceof IOException io ? io : null;
    }
}
