package gold.server.bank;

/** One ProjectUser or ProjectMachine row: {@code name} is a member of {@code project}. */
public record Membership(String project, String name, boolean active) {
}
