package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aClientMayBurstUpToTheCapacityAndIsThenToldHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void requestsComeBackAtTheRefillRateButNeverBeyondTheCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isPositive();
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isPositive();
    }

    @Test
    void idleClientsAreForgottenOnceTooManyAreRemembered() {
        long[] now = {0};
        ClientRateLimiter limiter = new ClientRateLimiter(
                new EdgeSecurityProperties.RateLimit(true, 1, 1, List.of(), 2), () -> now[0]);
        limiter.take("a");
        limiter.take("b");
        now[0] = 10 * SECOND;

        assertThat(limiter.take("c")).isZero();
        assertThat(limiter.clientsRemembered()).isEqualTo(1);
    }

    @Test
    void aLimitedClientStaysLimitedWhileOthersArriveAndGo() {
        long[] now = {0};
        ClientRateLimiter limiter = new ClientRateLimiter(
                new EdgeSecurityProperties.RateLimit(true, 1, 1, List.of(), 2), () -> now[0]);
        limiter.take("greedy");

        for (int other = 0; other < 5; other++) {
            limiter.take("other-" + other);
        }

        assertThat(limiter.take("greedy")).isPositive();
    }
}
