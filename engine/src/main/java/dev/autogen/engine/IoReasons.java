package dev.autogen.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. Java's file exceptions often carry only the path as their message
 * ({@code AccessDeniedException: /app/migrations/versions}), which says where but not why. Public for the command
 * line's own file errors, which read the same.
 */
public final class IoReasons {

    private IoReasons() {}

    /** The reason, with the file where the message did not name it. */
    public static String of(IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "it already exists";
        } else if (e instanceof NotDirectoryException) {
            why = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            why = "the folder is not empty";
        } else if (e instanceof FileSystemLoopException) {
            why = "a loop of symbolic links";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null && !why.contains(fs.getFile())) {
            return why + " (" + fs.getFile() + (fs.getOtherFile() == null ? "" : ", " + fs.getOtherFile()) + ")";
        }
        return why;
    }
}
