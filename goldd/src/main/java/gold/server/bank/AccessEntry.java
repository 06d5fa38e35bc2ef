package gold.server.bank;

/**
 * One entry of an account's access list (AccountProject, AccountUser or AccountMachine): a name
 * (a project/user/machine, or ANY, MEMBERS, NONE) and whether it allows or denies (docs/bank.md, Access lists).
 */
public record AccessEntry(long account, String name, boolean access) {
}
