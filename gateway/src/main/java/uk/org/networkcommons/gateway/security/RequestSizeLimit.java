package uk.org.networkcommons.gateway.security;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * Refuses request bodies above {@link EdgeSecurityProperties#maxRequestSize()} with 413. A declared
 * {@code Content-Length} over the limit is refused at once, before the CSRF check reads a form or anything is sent to
 * a service. A body without {@code Content-Length} (chunked) is counted as it is read and cut off as soon as it passes
 * the limit, so the proxy never streams more than the limit to a service. (Form fields that Spring reads for the CSRF
 * check and for portal pages come from the original request, so an undeclared chunked form is bounded by
 * {@code spring.codec.max-in-memory-size} instead; browsers always declare a form's length.)
 */
final class RequestSizeLimit implements WebFilter {

    private final long maxBytes;
    private final String readable;

    RequestSizeLimit(DataSize max) {
        this.maxBytes = max.toBytes();
        this.readable = readable(max);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().getContentLength() > maxBytes) {
            return Mono.error(tooLarge());
        }
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limited(request);
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private Flux<DataBuffer> limited(ServerHttpRequest request) {
        return Flux.defer(() -> {
            AtomicLong seen = new AtomicLong();
            return request.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge());
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    EdgeRejection tooLarge() {
        return new EdgeRejection(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Request too large",
                "The request body is larger than the " + readable + " Network Commons accepts.");
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
