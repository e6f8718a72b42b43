package org.shrinkagelab.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to a
 * temporary file beside the target, which is then moved over it. A failure leaves nothing behind.
 * The file gets the permissions a plain new file would get (the user's umask), or keeps those of the
 * file it replaces.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content into the stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the bytes to the file atomically. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** Writes the content to the file atomically; the exception's message names the file and the reason. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = createSibling(target);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            keepPermissions(target, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /**
     * A new empty file beside the target. Not Files.createTempFile: that one is always private (0600),
     * which would leave every exported figure unreadable to the user's group whatever their umask says.
     */
    private static Path createSibling(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
            view.setPermissions(old.permissions());
        }
    }

    /** A short reason for an I/O failure: "permission denied", "the folder does not exist", ... */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
