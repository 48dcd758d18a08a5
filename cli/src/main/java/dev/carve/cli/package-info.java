/**
 * The {@code carve} command: parses arguments, calls one service method per command, renders the result. The
 * single mapping from exceptions to exit codes lives in {@link dev.carve.cli.ExitCodes}.
 */
package dev.carve.cli;
