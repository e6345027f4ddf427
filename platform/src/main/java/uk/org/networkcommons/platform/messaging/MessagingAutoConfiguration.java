package uk.org.networkcommons.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;

/**
 * Everything a service needs to publish and consume integration events, from its {@code spring.kafka.*} and
 * {@code spring.mongodb.*} settings: the aggregate store and its outbox relay, CloudEvents decoding for every
 * {@code @KafkaListener} (so a listener is just {@code void on(ReceivedEvent<NetworkEvent> event)}), retries and
 * dead-lettering, idempotent projections, and the topics themselves.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties({OutboxProperties.class, MessagingProperties.class})
public class MessagingAutoConfiguration {

    private static final String DEFAULT_APPLICATION_NAME = "application";
    private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    CloudEventEnvelope cloudEventEnvelope(Environment environment) {
        return CloudEventEnvelope.forApplication(applicationName(environment));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    AggregateStore aggregateStore(MongoTemplate mongo, ApplicationEventPublisher publisher) {
        return new AggregateStore(mongo, publisher);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    VersionedProjections versionedProjections(MongoTemplate mongo) {
        return new VersionedProjections(mongo);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnProperty(prefix = "network-commons.outbox", name = "enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, CloudEventEnvelope envelope, OutboxProperties properties, Clock clock,
            Environment environment, KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> connection,
            ObjectProvider<ProducerFactory<?, ?>> bootProducers) {
        return new OutboxRelay(mongo,
                OutboxRelay.producerFactory(producerConfig(kafka, connection, bootProducers), properties),
                envelope, properties, OutboxRelay.newOwner(applicationName(environment)), clock);
    }

    /**
     * Every listener's consumers read keys as strings and values as {@link ReceivedEvent}s. The value deserializer is
     * wrapped so that a record that does not decode reaches the error handler (and the dead letters) instead of
     * failing every poll of its partition. A consumer group defaults to the service name, and a new group starts at the
     * beginning of the topic so that a new projection sees every event.
     */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer cloudEventConsumers(Environment environment) {
        String groupId = environment.getProperty("spring.application.name");
        return factory -> {
            Map<String, Object> configured = factory.getConfigurationProperties();
            Map<String, Object> overrides = new HashMap<>();
            overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
            overrides.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);
            if (!configured.containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
                overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            }
            if (!configured.containsKey(ConsumerConfig.GROUP_ID_CONFIG) && groupId != null) {
                overrides.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            }
            factory.updateConfigs(overrides);
        };
    }

    @Bean(destroyMethod = "destroy")
    @ConditionalOnMissingBean
    DeadLetterProducer deadLetterProducer(KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> connection,
            ObjectProvider<ProducerFactory<?, ?>> bootProducers) {
        Map<String, Object> config = producerConfig(kafka, connection, bootProducers);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new DeadLetterProducer(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new DeadLetterSerializer()));
    }

    /**
     * A listener that throws is retried with exponential back-off, then its record is published to
     * {@code <topic>.DLT} with the exception in the {@code kafka_dlt-exception-*} headers, and the partition goes on.
     * Records that do not decode go to the dead letters at once: retrying cannot change their bytes.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(DeadLetterProducer deadLetters, MessagingProperties properties) {
        // partition -1 lets the producer pick by key, so a dead-letter topic need not have as many partitions
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters.template(),
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        MessagingProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        ConsumerAwareRecordRecoverer loggingRecoverer = (record, consumer, exception) -> {
            log.warn("Dead-lettering {}-{}@{} (event {}) to {}: {}", record.topic(), record.partition(),
                    record.offset(), headerText(record, CloudEventHeaders.ID), Topics.deadLetterOf(record.topic()),
                    NestedExceptionUtils.getMostSpecificCause(exception).toString());
            recoverer.accept(record, consumer, exception);
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(loggingRecoverer, backOff);
        handler.addNotRetryableExceptions(EventDecodingException.class);
        return handler;
    }

    @Bean
    @ConditionalOnProperty(prefix = "network-commons.messaging.topics", name = "create", matchIfMissing = true)
    KafkaAdmin.NewTopics networkCommonsTopics(MessagingProperties properties) {
        MessagingProperties.Topics topics = properties.topics();
        List<NewTopic> newTopics = new ArrayList<>();
        EventCatalogue.FAMILIES_BY_TOPIC.keySet().stream().sorted().forEach(topic -> {
            newTopics.add(TopicBuilder.name(topic).partitions(topics.partitions())
                    .replicas(topics.replicationFactor()).build());
            newTopics.add(TopicBuilder.name(Topics.deadLetterOf(topic)).partitions(topics.partitions())
                    .replicas(topics.replicationFactor()).build());
        });
        return new KafkaAdmin.NewTopics(newTopics.toArray(NewTopic[]::new));
    }

    /**
     * The producer settings Boot built from {@code spring.kafka.*} and any service connection (bootstrap servers,
     * security, SSL bundle), so that the platform's own producers talk to the same cluster in the same way.
     */
    private static Map<String, Object> producerConfig(KafkaProperties kafka,
            ObjectProvider<KafkaConnectionDetails> connection, ObjectProvider<ProducerFactory<?, ?>> bootProducers) {
        ProducerFactory<?, ?> boot = bootProducers.getIfUnique();
        if (boot != null) {
            return new HashMap<>(boot.getConfigurationProperties());
        }
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        KafkaConnectionDetails details = connection.getIfAvailable();
        if (details != null) {
            config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, details.getProducer().getBootstrapServers());
        }
        return config;
    }

    private static String headerText(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String applicationName(Environment environment) {
        return environment.getProperty("spring.application.name", DEFAULT_APPLICATION_NAME);
    }

    /** The dead-letter publisher's own producer, kept out of the {@code ProducerFactory} beans a service may inject. */
    public static final class DeadLetterProducer implements DisposableBean {

        private final DefaultKafkaProducerFactory<String, Object> producers;
        private final KafkaTemplate<String, Object> template;

        DeadLetterProducer(DefaultKafkaProducerFactory<String, Object> producers) {
            this.producers = producers;
            this.template = new KafkaTemplate<>(producers);
        }

        KafkaTemplate<String, Object> template() {
            return template;
        }

        @Override
        public void destroy() {
            producers.destroy();
        }
    }
}
