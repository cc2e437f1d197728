package io.okrsdk.core.internal.http;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrException;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs calls synchronously or asynchronously with one error mapping: a successful
 * response gives its body; anything else becomes an SDK exception.
 */
public final class CallExecutor {
  private final Clock clock;
  private final Redactor redactor;
  private final Executor callbackExecutor;
  // Made at the first failure: a program whose calls succeed never loads the error mapping.
  private volatile ErrorMapper errors;

  /**
   * Creates an executor.
   *
   * @param clock the clock the error mapping reads {@code Retry-After} dates against
   * @param redactor what error messages must not show
   * @param callbackExecutor where async results are delivered, or {@code null} for OkHttp's
   *     dispatcher thread
   */
  public CallExecutor(Clock clock, Redactor redactor, Executor callbackExecutor) {
    this.clock = clock;
    this.redactor = redactor;
    this.callbackExecutor = callbackExecutor;
  }

  private ErrorMapper errors() {
    ErrorMapper mapper = errors;
    if (mapper == null) {
      // A race makes two equal mappers; either one will do.
      mapper = new ErrorMapper(clock, redactor);
      errors = mapper;
    }
    return mapper;
  }

  /**
   * Executes a call on the calling thread.
   *
   * @param call the call
   * @param <T> the body type
   * @return the decoded body ({@code null} only for a method declared {@code Call<Void>})
   * @throws OkrException for every failure
   */
  public <T> T execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw errors().fromFailure(e, call.request());
    }
    return bodyOf(response, call);
  }

  /**
   * Executes a call asynchronously. Cancelling the future cancels the HTTP call.
   *
   * @param call the call
   * @param <T> the body type
   * @return a future completed with the body, or exceptionally with an {@link OkrException}
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.whenComplete(
        (value, failure) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            deliver(future, () -> bodyOf(response, c));
          }

          @Override
          public void onFailure(Call<T> c, Throwable failure) {
            deliver(future, () -> {
              throw errors().fromFailure(failure, c.request());
            });
          }
        });
    return future;
  }

  /**
   * Reads a successful response into the caller's result, for calls that need the status and
   * headers as well as the body.
   *
   * @param <T> the body type of the call
   * @param <R> the result type
   */
  public interface ResponseReader<T, R> {
    /**
     * Reads the response.
     *
     * @param response a successful response
     * @return the result
     * @throws IOException when the body cannot be read (reported as a network failure)
     */
    R read(Response<T> response) throws IOException;
  }

  /**
   * Executes a call on the calling thread and hands the successful response to a reader; an
   * unsuccessful one becomes the same exception {@link #execute(Call)} throws.
   *
   * @param call the call
   * @param reader turns the successful response into the result
   * @param <T> the body type
   * @param <R> the result type
   * @return the result
   * @throws OkrException for every failure
   */
  public <T, R> R execute(Call<T> call, ResponseReader<T, R> reader) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw errors().fromFailure(e, call.request());
    }
    return read(response, reader, call);
  }

  /**
   * {@link #execute(Call, ResponseReader)} asynchronously. Cancelling the future cancels the HTTP
   * call.
   *
   * @param call the call
   * @param reader turns the successful response into the result
   * @param <T> the body type
   * @param <R> the result type
   * @return a future completed with the result, or exceptionally with an {@link OkrException}
   */
  public <T, R> CompletableFuture<R> executeAsync(Call<T> call, ResponseReader<T, R> reader) {
    CompletableFuture<R> future = new CompletableFuture<>();
    future.whenComplete(
        (value, failure) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            deliver(future, () -> read(response, reader, c));
          }

          @Override
          public void onFailure(Call<T> c, Throwable failure) {
            deliver(future, () -> {
              throw errors().fromFailure(failure, c.request());
            });
          }
        });
    return future;
  }

  private <T, R> R read(Response<T> response, ResponseReader<T, R> reader, Call<T> call) {
    if (!response.isSuccessful()) {
      throw errors().toException(response);
    }
    try {
      return reader.read(response);
    } catch (IOException e) {
      throw errors().fromFailure(e, call.request());
    }
  }

  private interface Outcome<T> {
    T get();
  }

  private <T> void deliver(CompletableFuture<T> future, Outcome<T> outcome) {
    Runnable complete =
        () -> {
          try {
            future.complete(outcome.get());
          } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
          }
        };
    if (callbackExecutor == null) {
      complete.run();
    } else {
      try {
        callbackExecutor.execute(complete);
      } catch (RuntimeException rejected) {
        future.completeExceptionally(new OkrException("async executor refused the result", rejected));
      }
    }
  }

  private <T> T bodyOf(Response<T> response, Call<T> call) {
    if (!response.isSuccessful()) {
      throw errors().toException(response);
    }
    T body = response.body();
    if (body == null && call instanceof ApiCall && ((ApiCall<?>) call).promisesBody()) {
      // A 204/205 skips the decoder: refuse it here when the endpoint's method promises a value.
      throw new OkrDecodingException(
          response.raw().request().method() + " " + Redactor.url(response.raw().request().url()) + " answered "
              + response.code() + " without the body the API promises",
          "$",
          null);
    }
    return body;
  }
}
