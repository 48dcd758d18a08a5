package dev.carve.cli.proxy;

import dev.carve.proxy.Stage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code legacy|shadow|canary|new} in any case. */
final class StageConverter implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
        try {
            return Stage.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
