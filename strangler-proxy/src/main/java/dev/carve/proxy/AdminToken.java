package dev.carve.proxy;

import dev.carve.proxy.config.ProxyConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Where the admin API's bearer token comes from: the config, the token file (created when missing), or memory. */
final class AdminToken {
    private AdminToken() {}

    /** The token for a proxy about to start; creates the token file with a random token when it is missing. */
    static String resolve(ProxyConfig.Admin admin, Path baseDir) {
        if (!admin.token().isBlank()) {
            return admin.token().trim();
        }
        if (admin.tokenFile().isBlank()) {
            return random();
        }
        Path file = baseDir.resolve(admin.tokenFile());
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String token = random();
            Files.writeString(file, token + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
            return token;
        } catch (IOException e) {
            throw ProxyException.badInput(
                    "admin.tokenFile: cannot read or create " + file + ": " + e.getMessage()
                            + ". Make the directory writable, or set admin.token.",
                    e);
        }
    }

    /** The token a client of a running proxy uses: the config's, or the token file's. */
    static String forClient(ProxyConfig.Admin admin, Path baseDir) {
        if (!admin.token().isBlank()) {
            return admin.token().trim();
        }
        if (admin.tokenFile().isBlank()) {
            throw ProxyException.badInput("the config keeps the admin token in memory only (admin.tokenFile is empty);"
                    + " pass --token, or set admin.tokenFile.");
        }
        Path file = baseDir.resolve(admin.tokenFile());
        try {
            return read(file);
        } catch (IOException e) {
            throw ProxyException.badInput(
                    "cannot read the admin token from " + file + " (" + e.getMessage()
                            + "). Is the proxy running with this config? It creates the file on start.",
                    e);
        }
    }

    private static String read(Path file) throws IOException {
        String token = Files.readString(file).trim();
        if (token.isEmpty()) {
            throw new IOException("the file is empty");
        }
        return token;
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
