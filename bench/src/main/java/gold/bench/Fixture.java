package gold.bench;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;

import java.io.IOException;

/**
 * The bank the load runs against, created through the protocol like an administrator would: users
 * amy and bob, machine colony, project chemistry with its auto-generated account and both users as
 * members, a Processors charge rate of 1 (created, or set when the bootstrap has one) and a large deposit so no charge ever runs out of funds.
 */
public record Fixture(String actor, long account) {
    public static final String USER = "amy";
    public static final String PROJECT = "chemistry";
    public static final String MACHINE = "colony";

    public static Fixture create(GoldClient client) throws IOException {
        String admin = GoldInstall.admin();
        ok(client, Request.builder("User", "Create").actor(admin).set("Name", "amy").build());
        ok(client, Request.builder("User", "Create").actor(admin).set("Name", "bob").build());
        ok(client, Request.builder("Machine", "Create").actor(admin).set("Name", MACHINE).build());
        ok(client, Request.builder("Project", "Create").actor(admin).set("Name", PROJECT).option("CreateAccount", "True").build());
        for (String member : new String[] {"amy", "bob"}) {
            ok(client, Request.builder("ProjectUser", "Create").actor(admin).set("Project", PROJECT).set("Name", member).build());
        }
        Response rate = client.send(Request.builder("ChargeRate", "Create").actor(admin).set("Type", "Resource")
                .set("Name", "Processors").set("Rate", "1").build());
        if (rate.isFailure()) { // the bootstrap may already define it: set the rate the figures assume
            ok(client, Request.builder("ChargeRate", "Modify").actor(admin).where("Type", "Resource")
                    .where("Name", "Processors").set("Rate", "1").build());
        }
        Response accounts = ok(client, Request.builder("Account", "Query").actor(admin).get("Id").where("Name", PROJECT).build());
        if (accounts.data().isEmpty()) {
            throw new IOException("Project Create made no account named " + PROJECT);
        }
        long account = Long.parseLong(accounts.data().get(0).get("Id"));
        ok(client, Request.builder("Account", "Deposit").actor(admin).option("Id", String.valueOf(account))
                .option("Amount", "1000000000000").build());
        return new Fixture(admin, account);
    }

    static Response ok(GoldClient client, Request r) throws IOException {
        Response response = client.send(r);
        if (response.isFailure()) {
            throw new IOException(r.object() + " " + r.action() + " failed: " + response.code() + " " + response.message());
        }
        return response;
    }
}
