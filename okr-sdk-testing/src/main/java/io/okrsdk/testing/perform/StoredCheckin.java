package io.okrsdk.testing.perform;

import io.okrsdk.perform.model.CheckinDetail;

/** A check-in as the store keeps it: what the API shows, and the employee the filters match on. */
final class StoredCheckin {
  final CheckinDetail detail;
  final PerformEmployee employee;

  StoredCheckin(CheckinDetail detail, PerformEmployee employee) {
    this.detail = detail;
    this.employee = employee;
  }
}
