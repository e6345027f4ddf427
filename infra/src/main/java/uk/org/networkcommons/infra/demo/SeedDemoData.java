package uk.org.networkcommons.infra.demo;

import java.time.LocalDate;

/**
 * Seeds the demo data into a platform the launcher did not start, such as the compose one, through its gateway (which
 * routes every API): {@code java -cp infra/target/infra.jar uk.org.networkcommons.infra.demo.SeedDemoData
 * http://localhost:8080 http://localhost:18080/realms/network-commons}. Like the launcher, it leaves a platform that
 * already has networks of the demo's LA alone. LOCAL USE ONLY: it signs in with the published demo passwords.
 */
public final class SeedDemoData {

    private SeedDemoData() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: SeedDemoData <gateway URL> <realm URL>, e.g. http://localhost:8080 "
                    + "http://localhost:18080/realms/network-commons");
            System.exit(2);
        }
        String gateway = args[0].replaceAll("/+$", "");
        DemoData data = DemoData.shipped();
        try (DemoSeeder seeder = new DemoSeeder(data, new DemoSeeder.Endpoints(args[1].replaceAll("/+$", ""),
                gateway, gateway, gateway), line -> System.out.println("demo-data: " + line), LocalDate.now())) {
            if (seeder.laHasNetworks()) {
                System.out.println("demo-data: not seeded: LA " + data.localAuthority() + " has networks already");
                return;
            }
            DemoSeeder.Seeded seeded = seeder.seed();
            System.out.println("demo-data: seeded version " + data.version() + ": " + seeded.organisations()
                    + " organisations, " + seeded.networks() + " networks, " + seeded.actions() + " actions");
        } catch (DemoDataFailure failed) {
            System.err.println("demo-data: FAILED: " + failed.getMessage());
            System.exit(1);
        }
    }
}
