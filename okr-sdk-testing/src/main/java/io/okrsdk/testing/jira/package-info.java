/**
 * The in-memory OKR for Jira service behind {@code io.okrsdk.testing.FakeOkrForJiraServer}: its
 * data, its query and update routes and the rules they check. Tests normally use the fake server
 * and not this package directly.
 */
@NullMarked
package io.okrsdk.testing.jira;

import org.jspecify.annotations.NullMarked;
