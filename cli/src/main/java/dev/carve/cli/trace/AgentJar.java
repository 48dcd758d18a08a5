package dev.carve.cli.trace;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The agent jar that the CLI jar carries as the resource {@value #RESOURCE}, written out once per content (by hash)
 * into the workspace so {@code -javaagent:} can point at a file.
 */
public final class AgentJar {
    static final String RESOURCE = "/carve-agent.jar";

    private AgentJar() {}

    public static Path extract(Path workspace) {
        byte[] bytes;
        try (InputStream in = AgentJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw CarveException.internal(
                        "this carve build carries no agent jar (" + RESOURCE + "); rebuild with"
                                + " './mvnw -Dquick package -pl cli -am', or pass --agent-jar",
                        null);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw CarveException.internal("cannot read the bundled agent jar", e);
        }
        Path target = workspace.resolve("agent").resolve("carve-agent-" + hash(bytes) + ".jar");
        try {
            if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "carve-agent", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw CarveException.badInput(
                    "cannot write the agent jar to " + target + " (" + e.getMessage() + "); check that the"
                            + " workspace is writable or pass --agent-jar",
                    e);
        }
        return target.toAbsolutePath();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
