package uk.org.networkcommons.gateway.routing;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
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
import uk.org.networkcommons.gateway.security.EdgeRejection;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * Refuses request bodies above {@link RoutingProperties#maxRequestSize()} with 413. The body is counted as it is read
 * (by the CSRF check of a form, a portal page or the proxy), so a chunked body without {@code Content-Length} is cut
 * off as soon as it passes the limit instead of being buffered; a declared {@code Content-Length} over the limit is
 * refused before anything is sent to a service ({@link #beforeRouting()}). Nothing reads the body of a request that
 * is refused earlier (e.g. 401), so such a request is never read at all.
 */
final class RequestSizeLimit implements WebFilter, Ordered {

    private final long maxBytes;
    private final String readable;

    RequestSizeLimit(DataSize max) {
        this.maxBytes = max.toBytes();
        this.readable = readable(max);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limited(request);
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    /** Refuses a declared oversized body before the route opens a connection to the service. */
    GlobalFilter beforeRouting() {
        return new DeclaredSizeCheck();
    }

    private Flux<DataBuffer> limited(ServerHttpRequest request) {
        return Flux.defer(() -> {
            if (request.getHeaders().getContentLength() > maxBytes) {
                return Flux.error(tooLarge());
            }
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

    private final class DeclaredSizeCheck implements GlobalFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return exchange.getRequest().getHeaders().getContentLength() > maxBytes
                    ? Mono.error(tooLarge())
                    : chain.filter(exchange);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
