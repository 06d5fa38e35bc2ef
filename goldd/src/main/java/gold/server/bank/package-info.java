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
 * <p>Concurrency (no site-wide lock): a writing bank request locks only the rows it changes, with
 * {@code SELECT ... FOR UPDATE} (PostgreSQL; SQLite's BEGIN IMMEDIATE already admits one writer), each
 * table's rows in ascending id order and the tables always in the same order — the quotation, the job's
 * reservations, the job, the accounts, the allocations — and all of them before the first write, so
 * before any id is taken (the id counters are the last locks a request takes). Charge and Reserve lock
 * the allocations they may draw on (and those their reservations hold); Withdraw and Transfer the rows of
 * their accounts and all those accounts' allocations; Deposit and Refund the accounts they credit (their
 * find-or-create of an allocation), Refund also the job; every Refresh the stale allocations it flips.
 * Balance and credit-limit checks read the locked rows again after the locks, so they are never
 * overtaken, and the request's instant is read again then ({@link gold.server.bank.BankCall#locked}). A
 * deadlock or serialization failure that still happens is retried by the request frame. The rare
 * structural actions (Project, Allocation and AccountAccount changes, Account Delete) take the dialect's
 * key lock, the transaction-id counter's row, and so run alone among writers.
 * Reads are selective: Withdraw, Transfer, Deposit and Refund read only their accounts' allocations,
 * holds and links; every (implicit) Refresh only the allocations whose Active flag disagrees with their
 * window; Balance, Quote, Reserve and Charge only the accounts whose access lists can admit the
 * user/project/machine (or the given ids), their access entries, the memberships of the named user and
 * machine, the Overflow links up to their ancestors, those accounts' allocations and holds, and the
 * job's own reservations by name. {@code AccessRules} decides on these rows exactly as on whole tables.
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
