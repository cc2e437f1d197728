package io.okrsdk.core.internal.http;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.okrsdk.core.ApiErrorDetails;
import io.okrsdk.core.BadRequestException;
import io.okrsdk.core.ConflictException;
import io.okrsdk.core.ForbiddenException;
import io.okrsdk.core.LockedException;
import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.PaymentRequiredException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.RequestFate;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.UnexpectedStatusException;
import io.okrsdk.core.UnprocessableEntityException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Turns error responses and failures into the SDK's exception tree; nothing else escapes a call. */
public final class ErrorMapper {
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id", "X-Trace-Id", "CF-Ray");

  private final Clock clock;
  private final Redactor redactor;

  /**
   * Creates a mapper.
   *
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param redactor what to hide in error excerpts (the client's own secrets among them)
   */
  public ErrorMapper(Clock clock, Redactor redactor) {
    this.clock = clock;
    this.redactor = redactor;
  }

  /**
   * The exception for an unsuccessful response.
   *
   * @param response the response (its error body is read and closed here)
   * @return the matching {@link OkrApiException} subclass
   */
  public OkrApiException toException(Response<?> response) {
    okhttp3.Response raw = response.raw();
    Request request = raw.request();
    ApiErrorDetails details =
        new ApiErrorDetails(
            response.code(),
            request.method(),
            Redactor.url(request.url()),
            redactor.text(excerpt(response.errorBody())),
            requestId(raw),
            RetryAfter.parse(raw.header("Retry-After"), clock));
    RetryInterceptor.Attempts attempts = request.tag(RetryInterceptor.Attempts.class);
    return forStatus(attempts == null ? details : details.withAttempts(attempts.count));
  }

  /**
   * The exception subclass for a status.
   *
   * @param details the error details
   * @return the exception
   */
  public static OkrApiException forStatus(ApiErrorDetails details) {
    return Statuses.forStatus(details);
  }

  /**
   * The status-to-subclass table, in a class of its own: verifying a method that creates eleven
   * exception classes loads all eleven, which a client that never fails should not pay for when
   * it starts (benchmarks/README.md, "Cold start").
   */
  private static final class Statuses {
    private Statuses() {}

    static OkrApiException forStatus(ApiErrorDetails details) {
      int status = details.statusCode();
      switch (status) {
        case 400:
          return new BadRequestException(details);
        case 401:
          return new UnauthorizedException(details);
        case 402:
          return new PaymentRequiredException(details);
        case 403:
          return new ForbiddenException(details);
        case 404:
          return new NotFoundException(details);
        case 409:
          return new ConflictException(details);
        case 422:
          return new UnprocessableEntityException(details);
        case 423:
          return new LockedException(details);
        case 429:
          return new RateLimitedException(details);
        default:
          return status >= 500 && status <= 599 ? new ServerErrorException(details) : new UnexpectedStatusException(details);
      }
    }
  }

  /**
   * The SDK exception for a failure while executing a call.
   *
   * @param failure what was thrown
   * @param request the request that failed
   * @return the exception to throw
   */
  public OkrException fromFailure(Throwable failure, Request request) {
    if (failure instanceof OkrException) {
      return (OkrException) failure;
    }
    OkrException credentials = RenewingAuthInterceptor.CredentialsUnavailableException.in(failure);
    if (credentials != null) {
      return credentials;
    }
    if (failure instanceof JsonDataException || failure instanceof JsonEncodingException) {
      return decoding(failure);
    }
    if (failure instanceof CallGuardInterceptor.ClientClosedException) {
      throw new IllegalStateException(failure.getMessage() + ": build a new client to make calls");
    }
    if (failure instanceof CallGuardInterceptor.UnsendableRequestException) {
      throw unsendable(((CallGuardInterceptor.UnsendableRequestException) failure).refusedBy);
    }
    if (failure instanceof IOException) {
      CallFailure call = CallFailure.in(failure);
      if (call == null) {
        RequestFate fate = failure instanceof ConnectException || failure instanceof UnknownHostException
            ? RequestFate.NOT_SENT : RequestFate.MAY_HAVE_BEEN_APPLIED;
        return new OkrNetworkException(request.method(), Redactor.url(request.url()), fate, 1, failure);
      }
      // OkHttp wraps the failure when the call timeout fires: keep its "timeout" then.
      Throwable cause = failure == call ? call.getCause() : failure;
      return new OkrNetworkException(request.method(), Redactor.url(request.url()), call.fate, call.attempts, cause);
    }
    if (failure instanceof RuntimeException && fromOkHttp(failure)) {
      // OkHttp's own checks quote the value they refuse (a header value may be a credential).
      throw unsendable(failure.getClass().getSimpleName());
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return new OkrException("unexpected failure: " + failure, failure);
  }

  /**
   * A decoding exception that names the JSON path from the parser's message.
   *
   * @param failure the parser's exception
   * @return the SDK exception
   */
  public static OkrDecodingException decoding(Throwable failure) {
    String message = String.valueOf(failure.getMessage());
    Matcher path = JsonPath.PATTERN.matcher(message);
    return new OkrDecodingException(
        "Response body is not in the documented shape: " + message, path.find() ? path.group(1) : null, failure);
  }

  private static IllegalArgumentException unsendable(String refusedBy) {
    return new IllegalArgumentException(
        "The request cannot be sent as given: the HTTP client refused it (" + refusedBy
            + "); the value is not shown because it may be a secret");
  }

  private static boolean fromOkHttp(Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    for (int i = 0; i < Math.min(4, trace.length); i++) {
      if (trace[i].getClassName().startsWith("okhttp3.")) {
        return true;
      }
    }
    return false;
  }

  private static String requestId(okhttp3.Response raw) {
    return requestId(raw.headers());
  }

  /**
   * The server's request id from the first of the headers vendors and gateways use for it ({@code
   * X-Request-Id}, {@code Request-Id}, {@code X-Amzn-RequestId}, {@code X-Correlation-Id}, {@code
   * X-Trace-Id}, {@code CF-Ray}).
   *
   * @param headers the response headers
   * @return the id, or {@code null} when none is present
   */
  public static @org.jspecify.annotations.Nullable String requestId(okhttp3.Headers headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String excerpt(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      return body.source().readUtf8(Math.min(OkrApiException.MAX_BODY_EXCERPT, readable(body)));
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static long readable(ResponseBody body) throws IOException {
    body.source().request(OkrApiException.MAX_BODY_EXCERPT);
    return body.source().getBuffer().size();
  }

  /** Compiled on the first decoding failure, not when a client starts. */
  private static final class JsonPath {
    static final Pattern PATTERN = Pattern.compile(" at path (\\$[^\\s:(]*)");

    private JsonPath() {}
  }
}
