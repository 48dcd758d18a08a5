/** {@code carve extract}: the thin commands over the extractor (modulith modules, services). */
package dev.carve.cli.extract;
