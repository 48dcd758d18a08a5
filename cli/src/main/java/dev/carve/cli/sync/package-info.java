/** {@code carve sync}: copy an extracted piece's tables to its own database and keep them in sync (CDC). */
package dev.carve.cli.sync;
