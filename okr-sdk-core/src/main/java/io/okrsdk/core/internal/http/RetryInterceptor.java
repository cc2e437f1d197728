package io.okrsdk.core.internal.http;

import io.okrsdk.core.RequestFate;
import io.okrsdk.core.http.RetryPolicy;
import io.okrsdk.core.http.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one place that decides about retries.
 *
 * <ul>
 *   <li>GET, HEAD, PUT, DELETE (without a body) and OPTIONS are retried after a connection failure
 *       (also one that cuts a successful body short) or a 408, 429, 502, 503 or 504, up to the
 *       policy's budget, with exponential backoff and jitter; a {@code Retry-After} header (seconds
 *       or HTTP date) replaces the computed wait. A {@code Retry-After} longer than the policy's cap
 *       ends retrying, and the caller gets the error with {@code retryAfter()} set.
 *   <li>POST, PATCH and a DELETE with a body (Gtmhub's bulk delete) are never re-sent once they may
 *       have reached the server. Only an attempt known to have sent nothing is retried: a refused
 *       connection (within the budget, after the backoff), and a pooled connection the server had
 *       closed (once, at once, outside the budget). Their bodies are marked one-shot so OkHttp
 *       does not repeat them either.
 *   <li>One deadline per call: with a call timeout, a wait that would end past it is not started;
 *       the call ends at once with the last error. A cancelled call stops waiting at once.
 *   <li>A DELETE that answers 404 after an earlier attempt may have deleted the resource (the
 *       connection failed after sending, or a gateway answered 502/504) is reported as done: the
 *       resource is gone as asked.
 * </ul>
 *
 * <p>When the call fails without an answer, the last I/O failure is thrown wrapped with what became
 * of the request ({@link RequestFate}) and the attempts made; {@link ErrorMapper} turns it into an
 * {@code OkrNetworkException}. Error answers carry the attempts made as a request tag.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);
  /** Statuses from a gateway that may have forwarded the request before failing. */
  private static final Set<Integer> MAY_HAVE_ARRIVED_STATUS = Set.of(502, 504);

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  /**
   * Creates the interceptor.
   *
   * @param policy budget and waits
   * @param sleeper how to wait
   * @param clock the clock {@code Retry-After} dates are measured against
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * Whether a method may be repeated without changing the result.
   *
   * @param method an HTTP method
   * @return {@code true} for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  /**
   * Whether a request may be sent again after it may have reached the server: an idempotent method,
   * except a DELETE with a body (a bulk delete is treated like any other write).
   *
   * @param request the request
   * @return {@code true} when a repeat cannot change the result
   */
  public static boolean mayRepeat(Request request) {
    return isIdempotent(request.method()) && !(request.method().equals("DELETE") && request.body() != null);
  }

  /** How many attempts a call made, as a tag on the request of the response it returned. */
  static final class Attempts {
    final int count;

    Attempts(int count) {
      this.count = count;
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean repeatable = mayRepeat(request);
    if (!repeatable && request.body() != null && !request.body().isOneShot()) {
      request = request.newBuilder().method(request.method(), new OneShotRequestBody(request.body())).build();
    }
    Deadline deadline = new Deadline(chain.call().timeout().timeoutNanos());
    boolean mayHaveArrived = false;
    boolean staleRetried = false;
    int retries = 0;
    for (int attempts = 1; ; attempts++) {
      Attempt attempt = new Attempt();
      Response response;
      try {
        response = attempt.proceed(chain, request);
      } catch (IOException e) {
        RequestFate fate = notSent(e, attempt) ? RequestFate.NOT_SENT : RequestFate.MAY_HAVE_BEEN_APPLIED;
        mayHaveArrived |= fate != RequestFate.NOT_SENT;
        if (chain.call().isCanceled()) {
          throw new CallFailure(e, fate, attempts);
        }
        if (attempt.staleConnection && !staleRetried) {
          staleRetried = true; // nothing was written: try once more at once, on another connection
          continue;
        }
        if (retries >= policy.maxRetries() || !(repeatable || fate == RequestFate.NOT_SENT)) {
          throw new CallFailure(e, fate, attempts);
        }
        int made = attempts;
        waitOrFail(chain, deadline, backoff(retries), () -> new CallFailure(e, fate, made));
        retries++;
        continue;
      }
      if (response.isSuccessful()) {
        IOException broken = bodyBrokenOff(response);
        if (broken == null) {
          return response;
        }
        // The status arrived, so the server applied the request; for a read that is a connection
        // failure like any other, a write is never sent again.
        mayHaveArrived = true;
        int made = attempts;
        if (chain.call().isCanceled() || retries >= policy.maxRetries() || !repeatable) {
          throw new CallFailure(broken, RequestFate.APPLIED_ANSWER_LOST, made);
        }
        waitOrFail(chain, deadline, backoff(retries), () -> new CallFailure(broken, RequestFate.APPLIED_ANSWER_LOST, made));
        retries++;
        continue;
      }
      if (response.code() == 404 && mayHaveArrived && request.method().equals("DELETE")) {
        response.close();
        return goneAsAsked(response, attempts);
      }
      if (retries >= policy.maxRetries() || !repeatable || !RETRYABLE_STATUS.contains(response.code())) {
        return withAttempts(response, attempts);
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        return withAttempts(response, attempts);
      }
      Duration wait = retryAfter != null ? retryAfter : backoff(retries);
      if (!deadline.allows(wait)) {
        return withAttempts(response, attempts);
      }
      mayHaveArrived |= MAY_HAVE_ARRIVED_STATUS.contains(response.code());
      response.close();
      int made = attempts;
      RequestFate fate = mayHaveArrived ? RequestFate.MAY_HAVE_BEEN_APPLIED : RequestFate.NOT_SENT;
      waitOrFail(chain, deadline, wait, () -> new CallFailure(new InterruptedIOException("Canceled while waiting to retry"), fate, made));
      retries++;
    }
  }

  private Duration backoff(int retry) {
    return policy.backoff(retry, ThreadLocalRandom.current().nextDouble());
  }

  /** Nothing of the attempt reached a connection, or the connection was refused. */
  private static boolean notSent(IOException e, Attempt attempt) {
    return !attempt.handedToConnection || e instanceof ConnectException;
  }

  private static Response withAttempts(Response response, int attempts) {
    if (attempts == 1) {
      return response;
    }
    Request tagged = response.request().newBuilder().tag(Attempts.class, new Attempts(attempts)).build();
    return response.newBuilder().request(tagged).build();
  }

  /** A 204 standing for "deleted": an earlier attempt may have done it, and the resource is gone. */
  private static Response goneAsAsked(Response notFound, int attempts) {
    Request tagged = notFound.request().newBuilder().tag(Attempts.class, new Attempts(attempts)).build();
    return new Response.Builder()
        .request(tagged)
        .protocol(notFound.protocol() == null ? Protocol.HTTP_1_1 : notFound.protocol())
        .code(204)
        .message("No Content (404 after an earlier attempt may have deleted it)")
        .headers(notFound.headers())
        .body(ResponseBody.create(new byte[0], (MediaType) null))
        .sentRequestAtMillis(notFound.sentRequestAtMillis())
        .receivedResponseAtMillis(notFound.receivedResponseAtMillis())
        .build();
  }

  /**
   * Reads a successful body into memory (the decoder reads it whole anyway), so that a connection
   * dropped mid-body is seen here. Bodies beyond the decoder's limit are left to stream.
   *
   * @return the failure that cut the body short, or {@code null} when it arrived
   */
  private static IOException bodyBrokenOff(Response response) {
    try {
      response.body().source().request(ResponseDecoding.MAX_BODY_BYTES + 1);
      return null;
    } catch (IOException e) {
      response.close();
      return e;
    }
  }

  private interface Failure {
    CallFailure get();
  }

  /** Waits, unless the wait would pass the call's deadline or the call is cancelled meanwhile. */
  private void waitOrFail(Chain chain, Deadline deadline, Duration wait, Failure failure) throws IOException {
    if (!deadline.allows(wait)) {
      throw failure.get();
    }
    try {
      sleeper.sleep(wait, () -> chain.call().isCanceled());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CallFailure interrupted = failure.get();
      interrupted.addSuppressed(e);
      throw interrupted;
    }
    if (chain.call().isCanceled()) {
      throw failure.get();
    }
  }

  /** The call timeout as a point in time (OkHttp's timer fires it; this tells waits apart). */
  private static final class Deadline {
    private final long endNanos;

    Deadline(long timeoutNanos) {
      this.endNanos = timeoutNanos <= 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
    }

    boolean allows(Duration wait) {
      if (endNanos == Long.MAX_VALUE) {
        return true;
      }
      long left = endNanos - System.nanoTime();
      return wait.toNanos() < left;
    }

    @Override
    public String toString() {
      return "Deadline{" + TimeUnit.NANOSECONDS.toMillis(endNanos - System.nanoTime()) + " ms left}";
    }
  }
}
