package uk.org.networkcommons.perf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The relay's {@link MongoOperations} with a stopwatch on each call, so that the relay phase can say how much of the
 * relay's time went to MongoDB (claims, reads, removals) and how much to waiting for Kafka, without touching the
 * relay. A call through the proxy costs microseconds against the milliseconds of a round trip to the store.
 */
final class TimedMongo {

    /** Calls and total time of one {@link MongoOperations} method. */
    record Timing(long calls, long nanos) {
        double averageMillis() {
            return calls == 0 ? 0 : nanos / 1e6 / calls;
        }
    }

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    MongoOperations wrap(MongoOperations mongo) {
        return (MongoOperations) Proxy.newProxyInstance(MongoOperations.class.getClassLoader(),
                new Class<?>[] {MongoOperations.class}, (proxy, method, args) -> {
                    long start = System.nanoTime();
                    try {
                        return method.invoke(mongo, args);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    } finally {
                        // the converter is handed out, not a round trip to the store
                        if (!method.getName().equals("getConverter")) {
                            calls.computeIfAbsent(method.getName(), name -> new LongAdder()).increment();
                            nanos.computeIfAbsent(method.getName(), name -> new LongAdder())
                                    .add(System.nanoTime() - start);
                        }
                    }
                });
    }

    /** Every method called so far, by name. */
    Map<String, Timing> timings() {
        Map<String, Timing> all = new TreeMap<>();
        calls.forEach((method, count) -> all.put(method, new Timing(count.sum(), nanos.get(method).sum())));
        return all;
    }

    long totalNanos() {
        return nanos.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
