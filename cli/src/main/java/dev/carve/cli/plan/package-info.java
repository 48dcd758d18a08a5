/** {@code carve plan}: the thin command over the migration planner. */
package dev.carve.cli.plan;
