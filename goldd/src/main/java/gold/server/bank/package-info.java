/**
 * The Gold bank (docs/bank.md): Balance, Deposit, Withdraw, Transfer, Refresh, Quote,
 * Reserve, Charge, Refund, the Project Create account autogeneration, the guards around the generic
 * Allocation/Account/AccountAccount actions and the bank's Query overrides.
 *
 * <p>Structure: {@link gold.server.bank.BankHandlers} plugs one handler per object/action into the
 * request service; {@link gold.server.bank.Bank} routes to one small class per action; the actions
 * read and write through {@link gold.server.bank.BankStore} ({@code SqlBankStore} in the server,
 * sub-steps through the generic engine so every step journals its generic record; an in-memory store
 * in the unit tests). The pure rules live in their own classes: {@code Money} (number rendering),
 * {@code AccessRules} (account resolution), {@code ChargeCalculator} (the charge formula),
 * {@code Candidate} (walking allocations), {@code Refresher} (activation journal).
 *
 * <p>Concurrency: every writing bank request first takes the "gold bank" key lock of the dialect
 * (PostgreSQL advisory transaction lock; SQLite writers are already serialized by BEGIN IMMEDIATE),
 * so balance checks and the debits that follow them never interleave between servers. Under that
 * lock the store reads selectively where a request names its account: Withdraw, Transfer, Deposit
 * and Refund read only that account's allocations and holds, and every (implicit) Refresh reads only
 * the allocations whose Active flag disagrees with their window, then re-checks each in Java. Balance
 * reads only the accounts with an allowing access entry in each of the three lists that could match
 * its user/project/machine (or the given ids), their access entries, the memberships of the named
 * user and machine, the Overflow links up to their ancestors, and those accounts' allocations and
 * holds; {@code AccessRules} then decides on these rows exactly as on whole tables. Quote, Reserve
 * and Charge still read whole tables.
 *
 * <p>Decisions where the classic server is buggy or silent (docs/differences.md, Bank):
 * <ul>
 * <li>Refresh uses the half-open window start &lt;= now &lt; end (K1).</li>
 * <li>An empty job project falls back to the user's DefaultProject, then {@code project.default} (K2).</li>
 * <li>Project ANY with user MEMBERS accepts members of any project, as classic (K3).</li>
 * <li>Quote and Reserve journal the full itemized string (K4); job fields are de-duplicated by name (K5);
 *     the bank-owned Job attributes Id, Charge, Stage and CallType are never copied from job data.</li>
 * <li>Transfer skips non-positive shares, creates destination allocations active only inside their
 *     window and journals the real destination allocation (K6); Withdraw/Transfer with a named
 *     allocation count every hold on it (K7, kept).</li>
 * <li>A deposit into a named allocation journals its Delta by the allocation's own window (K8).</li>
 * <li>Every classic hash order is ascending: deposit shares by child id, multiplier types and
 *     resource names by name, allocation ties by id, refund journal entries by id (K10).</li>
 * <li>Negative external charges are refused with 740 "The charge amount cannot be negative" (K11).</li>
 * <li>Reservation Query with UseRules and no holds returns Count 0 (K12); Account Query without
 *     UseRules matches a given Machine exactly like Project and User (K13).</li>
 * <li>The wire Count is an integer: with decimals (currency.precision, ShowHours) it carries the
 *     formatted amount rounded half-even; the message keeps the exact formatted text.</li>
 * </ul>
 *
 * <p>Not implemented yet: the bank's own ShowUsage templates (the generic usage text answers),
 * Back/Forward multi-site calls (docs/differences.md: later, after commit), the {@code bank.members.strict}
 * option of K3.
 */
package gold.server.bank;
