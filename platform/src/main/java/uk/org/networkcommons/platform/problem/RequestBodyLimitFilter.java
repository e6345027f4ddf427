package uk.org.networkcommons.platform.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a size limit with 413 problem+json. Neither Tomcat nor Spring limit a JSON body (Tomcat's
 * {@code maxPostSize} covers form posts only, Jackson's string limit is 100 million characters), so without this a
 * client could make a service read hundreds of megabytes into memory before validation refused a field as too long.
 *
 * <p>A declared {@code Content-Length} over the limit is refused before anything is read, ahead of authentication
 * (refusing costs less than checking a token). A body without a length (chunked) is counted as it is read and fails
 * with {@link PayloadTooLargeException} one byte past the limit.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security's filter chain (order -100) and every filter that might read the body. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final long limitBytes;

    public RequestBodyLimitFilter(long limitBytes) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("The request body limit cannot be negative: " + limitBytes);
        }
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limitBytes) {
            ProblemResponseWriter.write(response, problem(limitBytes, request.getRequestURI()));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limitBytes), response);
    }

    /** The 413 answer, the same whether the body was refused by its declared length or while it was read. */
    static ProblemDetail problem(long limitBytes, String path) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE,
                "Request body too large", "The request body is larger than the %d bytes this service accepts."
                        .formatted(limitBytes));
        problem.setInstance(Problems.instance(path));
        return problem;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limitBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limitBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limitBytes;
        private long read;

        LimitedStream(ServletInputStream body, long limitBytes) {
            this.body = body;
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws PayloadTooLargeException {
            read += bytes;
            if (read > limitBytes) {
                throw new PayloadTooLargeException(limitBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
