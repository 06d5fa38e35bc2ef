-- The least SQL a Job Charge (no reservation, one allocation, one debit) must run, replayed by
-- pgbench beside goldd's captured SQL: the "minimal ceiling" of bench/report.md. Variables set by
-- bench (Ceiling.replayMinimal): :alloc, :account (the fixture's), :amount (the charge).
\set job random(1, 2000000000)
BEGIN;
-- lock the allocation the charge debits, in id order, and read what the split needs
SELECT g_amount, g_credit_limit, g_end_time FROM g_allocation WHERE g_id = :alloc FOR UPDATE;
-- take the request id and the transaction ids (both counters, one statement, as late as possible)
WITH r AS (UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Request' RETURNING g_next_id - 1 AS id),
     t AS (UPDATE g_key_generator SET g_next_id = g_next_id + 2 WHERE g_name = 'Transaction' RETURNING g_next_id - 2 AS id),
     j AS (UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Job' RETURNING g_next_id - 1 AS id)
SELECT r.id AS rid, t.id AS tid, j.id AS jid FROM r, t, j \gset
-- debit the allocation
UPDATE g_allocation SET g_amount = g_amount - :amount, g_modification_time = 0, g_request_id = :rid, g_transaction_id = :tid WHERE g_id = :alloc;
-- the journal row of the debit (Job Charge with account, allocation and delta)
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_user, g_project, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES (:tid, 'Job', 'Charge', 'gold', :jid, 'min.' || :job, 0, 0, :rid, :tid, 'amy', 'chemistry', 'colony', 'min.' || :job, :amount, - :amount, :account, :alloc);
-- the job row at Stage Charge
INSERT INTO g_job (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_id, g_job_id, g_user, g_project, g_machine, g_charge, g_stage, g_call_type) VALUES (0, 0, :rid, :tid + 1, :jid, 'min.' || :job, 'amy', 'chemistry', 'colony', :amount, 'Charge', 'Normal');
-- the request key with its stored reply (exactly once; a repeat finds it)
INSERT INTO g_request_key (g_key, g_digest, g_creation_time, g_reply) VALUES ('min.c.' || :job || '.' || :client_id, 'digest', 0, 'reply');
COMMIT;
