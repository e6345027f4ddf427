package uk.org.networkcommons.gateway.security;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.codec.Hints;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * Refuses request bodies above {@link EdgeSecurityProperties#maxRequestSize()} with 413. A declared
 * {@code Content-Length} over the limit is refused at once, before the CSRF check reads a form or anything is sent to
 * a service. A body without {@code Content-Length} (chunked) is counted as it is read and cut off as soon as it passes
 * the limit, so the proxy never streams more than the limit to a service.
 *
 * <p>Form fields and multipart parts (read by the CSRF check and by portal pages) are read through the same count, so a
 * streamed form is bounded by the limit too (multipart parts would otherwise go to disk without bound). A form that
 * does not decode (percent-encoding such as {@code %zz}, a multipart body without its boundary) is the sender's
 * mistake, answered 400, where Spring's readers would fail the request as the gateway's own error.
 */
final class RequestSizeLimit implements WebFilter {

    private static final ResolvableType FORM = ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class,
            String.class);
    private static final ResolvableType MULTIPART = ResolvableType.forClassWithGenerics(MultiValueMap.class,
            String.class, Part.class);

    private final long maxBytes;
    private final String readable;
    private final HttpMessageReader<MultiValueMap<String, String>> formReader;
    private final HttpMessageReader<MultiValueMap<String, Part>> multipartReader;

    RequestSizeLimit(DataSize max, ServerCodecConfigurer codecs) {
        this.maxBytes = max.toBytes();
        this.readable = readable(max);
        this.formReader = reader(codecs, FORM, MediaType.APPLICATION_FORM_URLENCODED);
        this.multipartReader = reader(codecs, MULTIPART, MediaType.MULTIPART_FORM_DATA);
    }

    @SuppressWarnings("unchecked")
    private static <T> HttpMessageReader<T> reader(ServerCodecConfigurer codecs, ResolvableType type, MediaType media) {
        return (HttpMessageReader<T>) codecs.getReaders().stream()
                .filter(reader -> reader.canRead(type, media))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No reader for " + media));
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
        Mono<MultiValueMap<String, String>> form = read(counted, formReader, FORM, MediaType.APPLICATION_FORM_URLENCODED);
        Mono<MultiValueMap<String, Part>> multipart = read(counted, multipartReader, MULTIPART,
                MediaType.MULTIPART_FORM_DATA);
        return chain.filter(new ServerWebExchangeDecorator(exchange.mutate().request(counted).build()) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return form;
            }

            @Override
            public Mono<MultiValueMap<String, Part>> getMultipartData() {
                return multipart;
            }
        });
    }

    /**
     * The form's fields (or parts), read once, on first use, from the counted body, as the exchange would read them;
     * empty when the body is not of {@code media}.
     */
    private static <T> Mono<MultiValueMap<String, T>> read(ServerHttpRequest counted,
            HttpMessageReader<MultiValueMap<String, T>> reader, ResolvableType type, MediaType media) {
        MediaType sent;
        try {
            sent = counted.getHeaders().getContentType();
        } catch (InvalidMediaTypeException notAType) {
            sent = null;
        }
        if (sent == null || !sent.isCompatibleWith(media)) {
            return Mono.just(new LinkedMultiValueMap<>());
        }
        return Mono.defer(() -> reader.readMono(type, counted, Hints.none()))
                .onErrorMap(error -> error instanceof IllegalArgumentException || error instanceof DecodingException,
                        unreadable -> new EdgeRejection(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                                "Unreadable form", "The form's fields could not be read: the body is not valid "
                                        + media + "."))
                .defaultIfEmpty(new LinkedMultiValueMap<>())
                .cache();
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
