/** {@code carve extract}: the thin commands over the extractor (modulith modules, later services). */
package dev.carve.cli.extract;
