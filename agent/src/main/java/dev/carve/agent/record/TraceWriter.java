package dev.carve.agent.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends complete lines to the trace file: each flush is one buffer written with {@code O_APPEND} and forced to
 * disk, so a crash loses at most the flush in progress, and a torn last line is the only damage a reader can meet.
 */
final class TraceWriter {
    private final Path file;
    private final FileChannel channel;

    private TraceWriter(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static TraceWriter open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new TraceWriter(file, channel);
    }

    synchronized void append(CharSequence lines) throws IOException {
        if (lines.length() == 0) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    Path file() {
        return file;
    }

    synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            Failures.record("closing " + file, e);
        }
    }
}
