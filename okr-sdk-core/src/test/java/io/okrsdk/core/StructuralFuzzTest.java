package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.json.DecodingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded structural mutations, one field at a time: type swaps, object↔array, envelope↔bare array,
 * missing and null identity fields, huge strings. Every outcome is a model or {@link
 * OkrDecodingException}; in tolerant mode a mutation of a field that is not required always
 * decodes, with the problem recorded on its object.
 */
class StructuralFuzzTest {
  private static final String[] REPLACEMENTS = {
    "\"text\"", "12", "1.5", "-1e400", "true", "null", "{}", "{\"a\":[1]}", "[]", "[\"x\",{}]",
  };

  @StartStop final MockWebServer server = new MockWebServer();

  /** One mutated body and whether the mutation hit a field the page cannot exist without. */
  private static final class Mutation {
    final String body;
    final boolean identity;
    final boolean bareArray;

    Mutation(String body, boolean identity, boolean bareArray) {
      this.body = body;
      this.identity = identity;
      this.bareArray = bareArray;
    }
  }

  private static String item(String id, String name) {
    return "{" + (id == null ? "" : "\"id\":" + id + ",") + "\"name\":" + name + "}";
  }

  private static String page(String count, String next, String results) {
    return "{\"count\":" + count + ",\"next\":" + next + ",\"results\":" + results + "}";
  }

  private static List<Mutation> mutations(long seed) {
    Random random = new Random(seed);
    List<Mutation> result = new ArrayList<>();
    String good = item("\"580:a\"", "\"Grow\"");
    String huge = "\"" + "9".repeat(1 << 20) + "\"";
    for (int round = 0; round < 20; round++) {
      String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
      // Optional fields: the item's name, the page's next link, one list element.
      result.add(new Mutation(page("1", "null", "[" + item("\"580:a\"", replacement) + "]"), false, false));
      result.add(new Mutation(page("1", replacement, "[" + good + "]"), false, false));
      result.add(new Mutation(page("2", "null", "[" + good + "," + replacement + "]"), replacement.startsWith("{"), false));
      result.add(new Mutation(page("1", "null", replacement), replacement.contains("{") || !replacement.startsWith("[") && !replacement.equals("null"), false));
      // Identity and paging fields.
      result.add(new Mutation(page("1", "null", "[" + item(replacement, "\"n\"") + "]"), !replacement.startsWith("\"") && !replacement.matches("[0-9.e-]+"), false));
      result.add(new Mutation(page(replacement, "null", "[" + good + "]"), !replacement.matches("-?[0-9]+"), false));
    }
    result.add(new Mutation(page("1", "null", "[" + item(null, "\"n\"") + "]"), true, false));
    result.add(new Mutation(page("1", "null", "[" + item("null", "\"n\"") + "]"), true, false));
    result.add(new Mutation(page("1", "null", "[" + item("\"580:a\"", huge) + "]"), false, false));
    result.add(new Mutation(page("1", huge, "[" + good + "]"), false, false));
    result.add(new Mutation("[" + good + "]", true, false));
    result.add(new Mutation("[" + good + "," + good + "]", false, true));
    // An envelope where a plain list is expected: no model accepts it, so it may fail.
    result.add(new Mutation(page("1", "null", "[" + good + "]"), true, true));
    return result;
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyStructuralMutationIsAModelOrADecodingError(DecodingMode mode) {
    List<Mutation> mutations = mutations(20261202L);
    int decoded = 0;
    try (TestClient client =
        TestClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new BasicAuth("u", "p"))
            .maxRetries(0)
            .decodingMode(mode)
            .build()) {
      for (Mutation mutation : mutations) {
        server.enqueue(new MockResponse.Builder().body(mutation.body).build());
        Object[] value = new Object[1];
        Throwable failure =
            catchThrowable(
                () -> value[0] = mutation.bareArray ? client.runtime.execute(client.api.bare()) : client.runtime.execute(client.api.list(10, 0)));
        if (failure != null) {
          assertThat(failure).as("body: %.200s", mutation.body).isInstanceOf(OkrDecodingException.class);
          assertThat(((OkrDecodingException) failure).jsonPath()).as("body: %.200s", mutation.body).isPresent();
          if (mode == DecodingMode.TOLERANT) {
            assertThat(mutation.identity).as("tolerant mode failed on a field that is not required: %.200s", mutation.body).isTrue();
          }
        } else {
          decoded++;
          assertThat(value[0]).isNotNull();
          if (value[0] instanceof TestClient.ItemPage) {
            TestClient.ItemPage page = (TestClient.ItemPage) value[0];
            assertThat(page.results()).allSatisfy(item -> assertThat(item.id()).isNotBlank());
          }
        }
      }
    }
    assertThat(decoded).isPositive();
  }
}
