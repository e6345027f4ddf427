package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class KeySetRefreshingDecoderTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Each decoder it builds names itself in the subject, as a fresh read of the key set would be told apart. */
    private final List<Integer> built = new ArrayList<>();

    private ReactiveJwtDecoder numbered() {
        int number = built.size() + 1;
        built.add(number);
        return token -> Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("decoder-" + number).build());
    }

    private String subjectOf(KeySetRefreshingDecoder decoder) {
        return decoder.decode("token").block().getSubject();
    }

    @Test
    void oneDecoderServesEveryTokenUntilItIsFiveMinutesOld() {
        HandClock clock = new HandClock();
        KeySetRefreshingDecoder decoder = new KeySetRefreshingDecoder(this::numbered, MAX_AGE, clock);

        assertThat(subjectOf(decoder)).isEqualTo("decoder-1");
        clock.advance(MAX_AGE.minusSeconds(1));
        assertThat(subjectOf(decoder)).isEqualTo("decoder-1");
        assertThat(built).hasSize(1);
    }

    @Test
    void aDecoderOlderThanFiveMinutesIsReplacedSoTheKeySetIsReadAgain() {
        HandClock clock = new HandClock();
        KeySetRefreshingDecoder decoder = new KeySetRefreshingDecoder(this::numbered, MAX_AGE, clock);
        subjectOf(decoder);

        clock.advance(MAX_AGE);

        assertThat(subjectOf(decoder)).isEqualTo("decoder-2");
        assertThat(subjectOf(decoder)).isEqualTo("decoder-2");
        assertThat(built).hasSize(2);
    }
}
