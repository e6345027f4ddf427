package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

class MessagingAutoConfigurationTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    KafkaAutoConfiguration.class, MessagingAutoConfiguration.class))
            .withPropertyValues("spring.application.name=directory-service",
                    "spring.mongodb.uri=" + MessagingTestInfrastructure.mongoUri(),
                    "spring.kafka.bootstrap-servers=" + MessagingTestInfrastructure.kafkaBootstrapServers(),
                    "network-commons.messaging.topics.create=false");

    @Test
    void givesAServiceEverythingToPublishAndConsumeEventsFromItsSpringKafkaSettings() {
        service.run(context -> {
            assertThat(context).hasSingleBean(AggregateStore.class).hasSingleBean(OutboxRelay.class)
                    .hasSingleBean(VersionedProjections.class).hasSingleBean(Clock.class);
            assertThat(context.getBean(CommonErrorHandler.class)).isInstanceOf(DefaultErrorHandler.class);
            assertThat(context.getBean(CloudEventEnvelope.class).source()).isEqualTo("/directory-service");
            assertThat(context.getBean(OutboxRelay.class).owner()).startsWith("directory-service/");

            Map<String, Object> consumers = context.getBean(ConsumerFactory.class).getConfigurationProperties();
            assertThat(consumers)
                    .containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class)
                    .containsEntry(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class)
                    .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "directory-service")
                    .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        });
    }

    @Test
    void keepsTheConsumerGroupAndOffsetResetAServiceChose() {
        service.withPropertyValues("spring.kafka.consumer.group-id=projections",
                "spring.kafka.consumer.auto-offset-reset=latest").run(context -> {
                    Map<String, Object> consumers = context.getBean(ConsumerFactory.class).getConfigurationProperties();
                    assertThat(consumers).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "projections")
                            .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
                });
    }

    @Test
    void aServiceThatOnlyConsumesCanTurnTheRelayOff() {
        service.withPropertyValues("network-commons.outbox.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(OutboxRelay.class).hasSingleBean(AggregateStore.class));
    }

    @Test
    void bindsTheOutboxSettings() {
        service.withPropertyValues("network-commons.outbox.poll-interval=2s", "network-commons.outbox.send-timeout=4s",
                "network-commons.outbox.lease-duration=1m").run(context -> {
                    OutboxProperties properties = context.getBean(OutboxProperties.class);
                    assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.sendTimeout()).isEqualTo(Duration.ofSeconds(4));
                    assertThat(properties.leaseDuration()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(properties.batchSize()).isEqualTo(100);
                });
    }

    @Test
    void theRelayProducerIsIdempotentWaitsForAllReplicasAndGivesUpWithinTheSendTimeout() {
        OutboxProperties properties = OutboxProperties.defaults()
                .withTimeouts(Duration.ofSeconds(6), Duration.ofSeconds(30));

        Map<String, Object> config = OutboxRelay.producerFactory(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092",
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-"), properties).getConfigurationProperties();

        assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000L)
                .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Test
    void createsEveryEventTopicAndItsDeadLetterTopicWithTheConfiguredPartitions() throws Exception {
        List<String> topics = List.of(Topics.NETWORKS, Topics.deadLetterOf(Topics.NETWORKS), Topics.ORGANISATIONS,
                Topics.deadLetterOf(Topics.ORGANISATIONS));
        service.withPropertyValues("network-commons.messaging.topics.create=true",
                "network-commons.messaging.topics.partitions=3").run(context -> {
                    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                            MessagingTestInfrastructure.kafkaBootstrapServers()))) {
                        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
                        assertThat(described).containsOnlyKeys(topics).allSatisfy((name, description) ->
                                assertThat(description.partitions()).as(name).hasSize(3));
                    }
                });
    }
}
