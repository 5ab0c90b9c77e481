package vn.kdclgd.smas.partner.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit: beyond it, either fails with {@link TooLarge} (a body that must be
 * read whole) or keeps the first bytes and stops reading (an error body of which a few lines are shown).
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body exceeded the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final long limit;
    private final boolean truncate;
    private Flow.Subscription subscription;

    private LimitedBody(long limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    /** A body read whole, failing beyond {@code limit} bytes. */
    static LimitedBody failingAbove(long limit) {
        return new LimitedBody(limit, false);
    }

    /** A body of which at most {@code limit} bytes are kept. */
    static LimitedBody truncatedTo(long limit) {
        return new LimitedBody(limit, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int room = (int) Math.min(Integer.MAX_VALUE, limit - out.size());
            if (b.remaining() > room) {
                if (truncate) {
                    write(b, room);
                    result.complete(out.toByteArray());
                } else {
                    result.completeExceptionally(new TooLarge(limit));
                }
                subscription.cancel();
                return;
            }
            write(b, b.remaining());
        }
    }

    private void write(ByteBuffer b, int n) {
        byte[] chunk = new byte[n];
        b.get(chunk);
        out.write(chunk, 0, n);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
