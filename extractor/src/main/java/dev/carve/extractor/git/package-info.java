/** The monolith's git work tree: refusing to rewrite uncommitted work, and writing onto a new branch. */
package dev.carve.extractor.git;
