package uk.org.networkcommons.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, also answering {@code hello}. mongo-java-server 1.47 knows only its legacy name {@code isMaster};
 * Spring Boot's MongoDB health indicator sends {@code hello}, so without this every service's {@code /actuator/health}
 * reports DOWN on the stand-in although the database works. The reply is isMaster's, plus the field that
 * {@code hello} calls {@code isWritablePrimary}.
 */
final class HelloH2Backend extends H2Backend {

    HelloH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
            reply.put("isWritablePrimary", reply.getOrDefault("ismaster", Boolean.TRUE));
            return reply;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
