package io.okrsdk.portable;

/** What a source can do; ask {@link OkrSource#supports(Capability)} before calling. */
public enum Capability {
  /** {@link OkrSource#get(String)} fetches one objective by id. */
  GET_BY_ID,
  /** {@link ObjectiveQuery#from()} / {@link ObjectiveQuery#to()} restrict a listing to a date window. */
  DATE_WINDOW,
  /** {@link ObjectiveQuery#period()} restricts a listing to one period (session, cycle). */
  PERIOD_FILTER,
  /** The listing is fetched page by page from the server as the caller iterates. */
  SERVER_PAGING,
  /** {@link OkrSource#recordProgress(ProgressUpdate)} records a new value on a key result. */
  RECORD_PROGRESS
}
