/** {@code carve report}: renders a boundary proposal to HTML, Markdown, JSON and diagram formats. */
package dev.carve.cli.report;
