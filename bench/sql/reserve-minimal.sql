-- The least SQL a Job Reserve (one allocation, one hold) must run, replayed by pgbench beside
-- goldd's captured SQL: the "minimal ceiling" of bench/report.md. Variables set by bench
-- (Ceiling.replayMinimal): :alloc, :account (the fixture's), :amount (the reservation).
\set job random(1, 2000000000)
BEGIN;
-- lock the allocation the hold is placed on, in id order, and read its funds
SELECT g_amount, g_credit_limit, g_end_time FROM g_allocation WHERE g_id = :alloc FOR UPDATE;
-- what active reservations already hold on it (under the lock, so the check cannot be overtaken)
SELECT COALESCE(SUM(ra.g_amount), 0) FROM g_reservation_allocation ra JOIN g_reservation r ON r.g_id = ra.g_reservation WHERE ra.g_account = :account AND ra.g_id = :alloc AND r.g_end_time > 0 AND r.g_deleted = 'False' AND ra.g_deleted = 'False';
-- take the request id, the transaction id, the job and reservation ids (one statement, as late as possible)
WITH r AS (UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Request' RETURNING g_next_id - 1 AS id),
     t AS (UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction' RETURNING g_next_id - 1 AS id),
     j AS (UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Job' RETURNING g_next_id - 1 AS id),
     v AS (UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Reservation' RETURNING g_next_id - 1 AS id)
SELECT r.id AS rid, t.id AS tid, j.id AS jid, v.id AS vid FROM r, t, j, v \gset
-- the job row at Stage Reserve
INSERT INTO g_job (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_id, g_job_id, g_user, g_project, g_machine, g_charge, g_stage, g_call_type) VALUES (0, 0, :rid, :tid, :jid, 'min.' || :job, 'amy', 'chemistry', 'colony', 0, 'Reserve', 'Normal');
-- the reservation and its hold on the allocation
INSERT INTO g_reservation (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_id, g_name, g_job, g_user, g_project, g_machine, g_start_time, g_end_time, g_call_type) VALUES (0, 0, :rid, :tid, :vid, 'min.' || :job, :jid, 'amy', 'chemistry', 'colony', 0, 1, 'Normal');
INSERT INTO g_reservation_allocation (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_reservation, g_id, g_account, g_amount) VALUES (0, 0, :rid, :tid, :vid, :alloc, :account, :amount);
-- the journal row (Job Reserve with the amount)
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_user, g_project, g_machine, g_job_id, g_amount) VALUES (:tid, 'Job', 'Reserve', 'gold', 'min.' || :job, 0, 0, :rid, :tid, 'amy', 'chemistry', 'colony', 'min.' || :job, :amount);
-- the request key with its stored reply (exactly once; a repeat finds it)
INSERT INTO g_request_key (g_key, g_digest, g_creation_time, g_reply) VALUES ('min.r.' || :job || '.' || :client_id, 'digest', 0, 'reply');
COMMIT;
