/** Helpers the renderers share: escaping for each target syntax, identifiers, number formatting. */
package dev.carve.reports.internal;
