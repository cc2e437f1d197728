package io.okrsdk.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline of the cold-start benchmark: what a user would write by hand with OkHttp and Moshi
 * to read the same goal as {@link ColdStartSdk} (the same headers, a status check, a small class
 * decoded by Moshi's own reflective adapter), then exit.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.okrsdk.benchmarks.ColdStartOkHttpMoshi BASE_URL}.
 */
public final class ColdStartOkHttpMoshi {
  private ColdStartOkHttpMoshi() {}

  /** The fields the program reads. */
  static final class GoalDto {
    String id;
    String name;
    String ownerId;
    double attainment;
  }

  /**
   * Reads one goal and prints its name.
   *
   * @param args the server's base URL
   * @throws IOException when the call fails
   */
  public static void main(String[] args) throws IOException {
    GoalDto goal = readGoal(args[0], GoalDto.class);
    System.out.println(goal.name);
  }

  /**
   * What both hand-written programs do: a plain {@code OkHttpClient}, the goal's GET with the same
   * headers as the SDK sends, a status check, and Moshi's reflective adapter for the given class.
   */
  static <T> T readGoal(String baseUrl, Class<T> type) throws IOException {
    OkHttpClient http = new OkHttpClient();
    JsonAdapter<T> adapter = new Moshi.Builder().build().adapter(type);
    Request request = new Request.Builder()
        .url(baseUrl + "api/v1/goals/" + FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID)
        .header("Authorization", "Bearer " + FakeGtmhubServer.TOKEN)
        .header("gtmhub-accountId", FakeGtmhubServer.ACCOUNT_ID)
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return adapter.fromJson(response.body().source());
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
