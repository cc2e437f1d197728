package io.okrsdk.testing.jira;

import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.model.CommentPage;
import io.okrsdk.jira.model.OkrExport;
import io.okrsdk.jira.model.OkrItem;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.UpdateComment;
import io.okrsdk.jira.model.UpdatePage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import mockwebserver3.MockResponse;

/** The six query endpoints: objectives and key results by date or id, the update history and its comments. */
final class QueryRoutes {
  private final JiraStore store;
  private final Replies replies;

  QueryRoutes(JiraStore store, Replies replies) {
    this.store = store;
    this.replies = replies;
  }

  MockResponse objectivesByDate(QueryParams query) {
    Window window = Window.of(query);
    Set<ObjectiveExpand> expand = query.expand(ObjectiveExpand.class);
    return export(store.read(data -> new ExportAssembler(data).objectives(window.filter(data.objectives()), expand)));
  }

  MockResponse objectivesByIds(QueryParams query) {
    List<String> ids = query.requiredIds("objectiveIds");
    Set<ObjectiveExpand> expand = query.expand(ObjectiveExpand.class);
    return export(store.read(data -> new ExportAssembler(data).objectives(found(ids, data::objective), expand)));
  }

  MockResponse keyResultsByDate(QueryParams query) {
    Window window = Window.of(query);
    Set<KeyResultExpand> expand = query.expand(KeyResultExpand.class);
    return export(store.read(data -> new ExportAssembler(data).keyResults(window.filter(data.keyResults()), expand)));
  }

  MockResponse keyResultsByIds(QueryParams query) {
    List<String> ids = query.requiredIds("keyResultIds");
    Set<KeyResultExpand> expand = query.expand(KeyResultExpand.class);
    return export(store.read(data -> new ExportAssembler(data).keyResults(found(ids, data::keyResult), expand)));
  }

  MockResponse updates(QueryParams query) {
    String entityId = query.optionalText("entityId");
    String cursor = query.optionalText("cursor");
    int pageSize = query.pageSize();
    Interval interval = Interval.of(query);
    List<OkrUpdate> listing = new ArrayList<>();
    for (OkrUpdate update : store.read(JiraData::updatesNewestFirst)) {
      if ((entityId == null || update.entityId().filter(entityId::equals).isPresent())
          && interval.contains(update.created().orElseThrow())) {
        listing.add(update);
      }
    }
    CursorPager<OkrUpdate> page = CursorPager.page(listing, update -> update.updateId().orElseThrow(), cursor, pageSize);
    return replies.json(
        200,
        UpdatePage.class,
        UpdatePage.builder().updates(page.entries).nextCursor(Optional.ofNullable(page.nextCursor)).build());
  }

  MockResponse comments(QueryParams query) {
    Set<String> updateIds = new HashSet<>(query.values("updateId"));
    String cursor = query.optionalText("cursor");
    int pageSize = query.pageSize();
    Interval interval = Interval.of(query);
    List<UpdateComment> listing = new ArrayList<>();
    for (UpdateComment comment : store.read(JiraData::commentsNewestFirst)) {
      if ((updateIds.isEmpty() || comment.updateId().filter(updateIds::contains).isPresent())
          && interval.contains(comment.created().orElseThrow())) {
        listing.add(comment);
      }
    }
    CursorPager<UpdateComment> page = CursorPager.page(listing, UpdateComment::commentId, cursor, pageSize);
    return replies.json(
        200,
        CommentPage.class,
        CommentPage.builder().comments(page.entries).nextCursor(Optional.ofNullable(page.nextCursor)).build());
  }

  private MockResponse export(OkrExport export) {
    return replies.json(200, OkrExport.class, export);
  }

  private static <T> List<T> found(List<String> ids, Function<String, Optional<T>> lookup) {
    List<T> found = new ArrayList<>();
    for (String id : ids) {
      lookup.apply(id).ifPresent(found::add);
    }
    return found;
  }

  /** A date window in epoch milliseconds, both ends included: an item matches when its start or due date falls in it. */
  private static final class Window {
    final long start;
    final long deadline;

    private Window(long start, long deadline) {
      this.start = start;
      this.deadline = deadline;
    }

    static Window of(QueryParams query) {
      long start = query.requiredLong("startDateEpochMilli");
      long deadline = query.requiredLong("deadlineEpochMilli");
      if (deadline < start) {
        throw JiraHttpError.badRequest("deadlineEpochMilli is before startDateEpochMilli");
      }
      return new Window(start, deadline);
    }

    <T extends OkrItem> List<T> filter(Collection<T> items) {
      List<T> matching = new ArrayList<>();
      for (T item : items) {
        if (contains(item.startDate()) || contains(item.deadline())) {
          matching.add(item);
        }
      }
      return matching;
    }

    private boolean contains(Optional<OffsetDateTime> time) {
      if (time.isEmpty()) {
        return false;
      }
      long millis = time.get().toInstant().toEpochMilli();
      return millis >= start && millis <= deadline;
    }
  }

  /** {@code laterThan} and {@code earlierThan}, epoch milliseconds, both ends excluded. */
  private static final class Interval {
    final Long laterThan;
    final Long earlierThan;

    private Interval(Long laterThan, Long earlierThan) {
      this.laterThan = laterThan;
      this.earlierThan = earlierThan;
    }

    static Interval of(QueryParams query) {
      return new Interval(query.optionalLong("laterThan"), query.optionalLong("earlierThan"));
    }

    boolean contains(OffsetDateTime time) {
      long millis = time.toInstant().toEpochMilli();
      return (laterThan == null || millis > laterThan) && (earlierThan == null || millis < earlierThan);
    }
  }
}
