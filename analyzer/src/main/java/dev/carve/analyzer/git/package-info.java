/** Evolution signals from version control: classes that change together in git history (JGit). */
package dev.carve.analyzer.git;
