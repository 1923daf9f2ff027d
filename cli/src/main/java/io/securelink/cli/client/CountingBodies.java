package io.securelink.cli.client;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Request and response bodies that report their progress to a {@link TransferListener}; the response side also
 * stops reading at a cap, so a wrong or hostile server cannot fill the memory.
 */
final class CountingBodies {

  private CountingBodies() {}

  /** Returns a fixed-length body of {@code content} that reports each chunk as the client takes it. */
  static HttpRequest.BodyPublisher publisher(byte[] content, TransferListener listener) {
    HttpRequest.BodyPublisher inner = BodyPublishers.ofByteArray(content);
    return new HttpRequest.BodyPublisher() {
      @Override
      public long contentLength() {
        return inner.contentLength();
      }

      @Override
      public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        inner.subscribe(new Flow.Subscriber<ByteBuffer>() {
          private long sent;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscriber.onSubscribe(subscription);
          }

          @Override
          public void onNext(ByteBuffer chunk) {
            sent += chunk.remaining();
            subscriber.onNext(chunk);
            listener.transferred(sent, content.length);
          }

          @Override
          public void onError(Throwable failure) {
            subscriber.onError(failure);
          }

          @Override
          public void onComplete() {
            subscriber.onComplete();
          }
        });
      }
    };
  }

  /** Returns a handler reading the body as UTF-8 text of at most {@code maxBytes}, reporting progress. */
  static HttpResponse.BodyHandler<String> limitedText(long maxBytes, TransferListener listener) {
    return info -> new LimitedText(maxBytes, info.headers().firstValueAsLong("content-length").orElse(-1),
        listener);
  }

  private static final class LimitedText implements HttpResponse.BodySubscriber<String> {

    private final HttpResponse.BodySubscriber<String> inner = BodySubscribers.ofString(StandardCharsets.UTF_8);
    private final long maxBytes;
    private final long total;
    private final TransferListener listener;
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    LimitedText(long maxBytes, long total, TransferListener listener) {
      this.maxBytes = maxBytes;
      this.total = total;
      this.listener = listener;
    }

    @Override
    public CompletionStage<String> getBody() {
      return inner.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      inner.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> chunks) {
      if (failed) {
        return;
      }
      for (ByteBuffer chunk : chunks) {
        received += chunk.remaining();
      }
      if (received > maxBytes) {
        failed = true;
        subscription.cancel();
        inner.onError(new IOException("the server's answer is larger than any SecureLink answer"));
        return;
      }
      inner.onNext(chunks);
      if (total > 0) {
        listener.transferred(received, total);
      }
    }

    @Override
    public void onError(Throwable failure) {
      if (!failed) {
        inner.onError(failure);
      }
    }

    @Override
    public void onComplete() {
      if (!failed) {
        inner.onComplete();
      }
    }
  }
}
