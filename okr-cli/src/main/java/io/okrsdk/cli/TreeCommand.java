package io.okrsdk.cli;

import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import io.okrsdk.portable.ObjectiveQuery;
import io.okrsdk.portable.Platform;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code okr tree}: the objective tree with progress bars. */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    description = {
      "Prints one platform's objectives as a tree, each with a progress bar, its status and its key results.",
      "An objective whose parent is not in the listing is shown at the top level."
    })
final class TreeCommand implements Callable<Integer> {
  private static final int BAR_WIDTH = 20;

  @ParentCommand Okr parent;

  @Mixin GlobalOptions options;

  @Option(names = "--platform", required = true, paramLabel = "<platform>",
      description = "One of: perform, ogsm, gtmhub, jira.")
  Platform platform;

  @Option(names = "--period", paramLabel = "<period>", description = "Only this period, by id or name.")
  String period;

  @Override
  public Integer call() {
    Context context = parent.context();
    ObjectiveQuery query = period == null ? ObjectiveQuery.all() : ObjectiveQuery.inPeriod(period);
    List<Objective> objectives;
    try (Connection connection = context.open(platform, options.merge(parent.options))) {
      objectives = connection.source().list(query);
    }
    Map<String, Objective> byId = new LinkedHashMap<>();
    objectives.forEach(objective -> byId.put(objective.id(), objective));
    Map<String, List<Objective>> children = new LinkedHashMap<>();
    List<Objective> roots = new ArrayList<>();
    for (Objective objective : objectives) {
      String parentId = objective.parentId().filter(byId::containsKey).filter(id -> !id.equals(objective.id())).orElse(null);
      if (parentId == null) {
        roots.add(objective);
      } else {
        children.computeIfAbsent(parentId, id -> new ArrayList<>()).add(objective);
      }
    }
    PrintStream out = context.out;
    out.println(platform.displayName() + ": " + objectives.size() + " objectives");
    Set<String> printed = new HashSet<>();
    for (Objective root : roots) {
      print(out, root, children, "", printed);
    }
    // Objectives in a parent cycle have no root; show them rather than lose them.
    for (Objective objective : objectives) {
      if (!printed.contains(objective.id())) {
        print(out, objective, children, "", printed);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintStream out, Objective objective, Map<String, List<Objective>> children, String indent, Set<String> printed) {
    if (!printed.add(objective.id())) {
      return;
    }
    out.println(indent + bar(objective.progress().orElse(null)) + "  " + objective.title() + "  (" + objective.status() + ")");
    for (KeyResult keyResult : objective.keyResults()) {
      out.println(indent + "    - " + bar(keyResult.progress().orElse(null)) + "  " + keyResult.title() + values(keyResult)
          + "  (" + keyResult.status() + ")");
    }
    for (Objective child : children.getOrDefault(objective.id(), List.of())) {
      print(out, child, children, indent + "  ", printed);
    }
  }

  private static String bar(Double progress) {
    return progress == null ? "[" + " ".repeat(BAR_WIDTH) + "]    ?" : Bar.of(progress, BAR_WIDTH);
  }

  private static String values(KeyResult keyResult) {
    if (keyResult.currentValue().isEmpty() && keyResult.targetValue().isEmpty()) {
      return "";
    }
    String current = keyResult.currentValue().map(BigDecimal::toPlainString).orElse("?");
    String target = keyResult.targetValue().map(BigDecimal::toPlainString).orElse("?");
    return "  " + current + "/" + target + keyResult.unit().map(unit -> " " + unit).orElse("");
  }
}
