/** The boundary commands: {@code carve suggest}, {@code carve score} and {@code carve check}. */
package dev.carve.cli.suggest;
