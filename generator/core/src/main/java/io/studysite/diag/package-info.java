/**
 * Diagnostics: what every stage reports about the user's content instead of failing.
 * One line per problem, {@code path:line:col: severity[code]: message}, sorted, then a summary.
 */
package io.studysite.diag;
