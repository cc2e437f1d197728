/**
 * Client for Appfire's OKR for Jira REST API: the OKR queries as a navigable {@link
 * io.okrsdk.jira.OkrGraph}, the update history and its comments as cursor-paged listings, and the
 * objective and key result update methods.
 *
 * <pre>{@code
 * try (OkrForJiraClient jira = OkrForJiraClient.builder().apiToken(token).build()) {
 *   OkrGraph graph = jira.okrs().objectivesByDate(
 *       DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)), ObjectiveExpand.all());
 *   graph.roots().forEach(root -> System.out.println(root.key() + " " + root.percentDone()));
 * }
 * }</pre>
 */
@NullMarked
package io.okrsdk.jira;

import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.ObjectiveExpand;
import org.jspecify.annotations.NullMarked;
