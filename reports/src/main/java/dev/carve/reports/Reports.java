package dev.carve.reports;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.Proposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Writes a proposal's reports into a directory: the one service {@code carve report} calls. */
public final class Reports {
    private Reports() {}

    /** One written report. */
    public record Written(ReportFormat format, Path file) {}

    /**
     * Renders the proposal in each format into {@code directory} (created when missing), one file per format named by
     * {@link ReportFormat#fileName()}.
     *
     * @return the files written, in the formats' order
     */
    public static List<Written> write(Proposal proposal, Collection<ReportFormat> formats, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw CarveException.badInput(
                    directory + ": cannot create the report directory: " + e.getMessage() + ". Choose another --out.",
                    e);
        }
        List<Written> out = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Path file = directory.resolve(format.fileName());
            String text = format.renderer().render(proposal);
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CarveException.badInput(file + ": cannot write the report: " + e.getMessage(), e);
            }
            out.add(new Written(format, file));
        }
        return out;
    }
}
