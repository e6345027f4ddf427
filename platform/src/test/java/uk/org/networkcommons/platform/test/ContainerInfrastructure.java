package uk.org.networkcommons.platform.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** A real MongoDB replica set and a real Kafka broker in Docker, for when the in-JVM stand-ins are not enough. */
final class ContainerInfrastructure {

    static final String MONGO_IMAGE = "mongo:8.0";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static MessagingTestInfrastructure.Endpoints start(String database) {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        mongo.start();
        kafka.start();
        return new MessagingTestInfrastructure.Endpoints(kafka.getBootstrapServers(), mongo.getReplicaSetUrl(database),
                true, () -> {
                    kafka.stop();
                    mongo.stop();
                });
    }
}
