-- Gold bootstrap database: schema, metadata and initial data of a fresh bank.
--
-- Load with psql (PostgreSQL):   psql -v admin=NAME gold < sql/bank.sql
--   admin  the Gold administrator (super.user): gets the SystemAdmin role.
--   now    optional, the install time in epoch seconds (default: `date +%s`).
-- goldd loads the same file into an empty database by itself on start
-- (gold.server.sql.BootstrapScript), into PostgreSQL or the embedded SQLite file.
--
-- Rules that keep this file loadable by both psql and BootstrapScript:
--   * SQL that PostgreSQL and SQLite both accept; no "::" casts, no dollar quoting.
--   * psql variables only as :'admin' (a quoted literal) and :now (a number).
--   * psql meta-commands (lines starting with a backslash) only set variables
--     or print; no SQL statement inside \if ... \endif.
--   * BEGIN/COMMIT make a psql load all-or-nothing; BootstrapScript skips them
--     because its caller owns the transaction.
--
-- Contents: 1. schema   2. indexes   3. metadata (objects, attributes, actions)
--           4. bootstrap data   5. the bootstrap Transaction journal
-- The rows are those of the classic bootstrap (docs/data-model.md, Metadata),
-- its Transaction journal included; ids match the classic Gold 2.0 bootstrap so
-- that a fresh server hands out request 272 and transaction 271 first.

\set ON_ERROR_STOP on
\if :{?now}
\else
\set now `date +%s`
\endif
\if :{?admin}
\else
\echo 'bank.sql: the administrator is not set; load with: psql -v admin=NAME DBNAME < bank.sql'
\endif

BEGIN;

-- ===========================================================================
-- 1. Schema: every table of docs/data-model.md, Metadata in its column order, each with
--    its _log journal twin (same columns), except g_key_generator and g_undo.
--    TimeStamp columns are BIGINT epoch seconds (docs/differences.md).
-- ===========================================================================

CREATE TABLE g_object (
  g_name varchar(1024) NOT NULL,
  g_association varchar(5) DEFAULT 'False',
  g_parent varchar(1024),
  g_child varchar(1024),
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_object_log (
  g_name varchar(1024) NOT NULL,
  g_association varchar(5) DEFAULT 'False',
  g_parent varchar(1024),
  g_child varchar(1024),
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

CREATE TABLE g_attribute (
  g_object varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_data_type varchar(1024),
  g_primary_key varchar(5) DEFAULT 'False',
  g_required varchar(5) DEFAULT 'False',
  g_fixed varchar(5) DEFAULT 'False',
  g_values varchar(1024),
  g_default_value varchar(1024),
  g_sequence integer,
  g_hidden varchar(5) DEFAULT 'False',
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_attribute_log (
  g_object varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_data_type varchar(1024),
  g_primary_key varchar(5) DEFAULT 'False',
  g_required varchar(5) DEFAULT 'False',
  g_fixed varchar(5) DEFAULT 'False',
  g_values varchar(1024),
  g_default_value varchar(1024),
  g_sequence integer,
  g_hidden varchar(5) DEFAULT 'False',
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

CREATE TABLE g_action (
  g_object varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_display varchar(5) DEFAULT 'False',
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_action_log (
  g_object varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_display varchar(5) DEFAULT 'False',
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

CREATE TABLE g_transaction (
  g_id integer NOT NULL,
  g_object varchar(1024) NOT NULL,
  g_action varchar(1024) NOT NULL,
  g_actor varchar(1024) NOT NULL,
  g_name varchar(1024),
  g_child varchar(1024),
  g_count integer,
  g_details varchar(1024),
  g_description varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_project varchar(1024),
  g_user varchar(1024),
  g_machine varchar(1024),
  g_job_id varchar(1024),
  g_amount double precision,
  g_delta double precision,
  g_account integer,
  g_allocation integer
);
CREATE TABLE g_transaction_log (
  g_id integer NOT NULL,
  g_object varchar(1024) NOT NULL,
  g_action varchar(1024) NOT NULL,
  g_actor varchar(1024) NOT NULL,
  g_name varchar(1024),
  g_child varchar(1024),
  g_count integer,
  g_details varchar(1024),
  g_description varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_project varchar(1024),
  g_user varchar(1024),
  g_machine varchar(1024),
  g_job_id varchar(1024),
  g_amount double precision,
  g_delta double precision,
  g_account integer,
  g_allocation integer
);

CREATE TABLE g_system (
  g_name varchar(1024) NOT NULL,
  g_version varchar(1024) NOT NULL,
  g_description varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_organization varchar(1024)
);
CREATE TABLE g_system_log (
  g_name varchar(1024) NOT NULL,
  g_version varchar(1024) NOT NULL,
  g_description varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_organization varchar(1024)
);

CREATE TABLE g_user (
  g_name varchar(1024) NOT NULL,
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_active varchar(5) DEFAULT 'True',
  g_common_name varchar(1024),
  g_phone_number varchar(1024),
  g_email_address varchar(1024),
  g_default_project varchar(1024),
  g_organization varchar(1024)
);
CREATE TABLE g_user_log (
  g_name varchar(1024) NOT NULL,
  g_description varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_active varchar(5) DEFAULT 'True',
  g_common_name varchar(1024),
  g_phone_number varchar(1024),
  g_email_address varchar(1024),
  g_default_project varchar(1024),
  g_organization varchar(1024)
);

CREATE TABLE g_role (
  g_name varchar(1024) NOT NULL,
  g_description varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_role_log (
  g_name varchar(1024) NOT NULL,
  g_description varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

CREATE TABLE g_role_action (
  g_role varchar(1024) NOT NULL,
  g_object varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_instance varchar(1024) NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_role_action_log (
  g_role varchar(1024) NOT NULL,
  g_object varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_instance varchar(1024) NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

CREATE TABLE g_role_user (
  g_role varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_role_user_log (
  g_role varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

CREATE TABLE g_password (
  g_user varchar(1024) NOT NULL,
  g_password varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);
CREATE TABLE g_password_log (
  g_user varchar(1024) NOT NULL,
  g_password varchar(1024),
  g_deleted varchar(5) DEFAULT 'False',
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL
);

-- Per-user API tokens (goldd ApiTokens): the derived key only, encrypted under the auth key; never the secret.
CREATE TABLE g_api_token (
  g_id varchar(64) PRIMARY KEY,
  g_user varchar(1024) NOT NULL,
  g_name varchar(1024) NOT NULL,
  g_key varchar(1024) NOT NULL,
  g_creation_time bigint NOT NULL,
  g_expiration_time bigint NOT NULL DEFAULT 0,
  g_revoked varchar(5) NOT NULL DEFAULT 'False',
  g_revoked_time bigint,
  g_revoked_by varchar(1024)
);
CREATE INDEX g_api_token_user ON g_api_token (g_user);

CREATE TABLE g_key_generator (
  g_name varchar(1024) NOT NULL,
  g_next_id integer NOT NULL
);

CREATE TABLE g_undo (
  g_request_id integer NOT NULL
);

CREATE TABLE g_organization (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_name varchar(1024),
  g_host varchar(1024),
  g_port varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_description varchar(1024)
);
CREATE TABLE g_organization_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_name varchar(1024),
  g_host varchar(1024),
  g_port varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_description varchar(1024)
);

CREATE TABLE g_project (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True',
  g_organization varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_description varchar(1024)
);
CREATE TABLE g_project_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True',
  g_organization varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_description varchar(1024)
);

CREATE TABLE g_machine (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True',
  g_architecture varchar(1024),
  g_operating_system varchar(1024),
  g_organization varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_description varchar(1024)
);
CREATE TABLE g_machine_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True',
  g_architecture varchar(1024),
  g_operating_system varchar(1024),
  g_organization varchar(1024),
  g_special varchar(5) DEFAULT 'False',
  g_description varchar(1024)
);

CREATE TABLE g_project_user (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_project varchar(1024),
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True',
  g_admin varchar(5) DEFAULT 'False'
);
CREATE TABLE g_project_user_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_project varchar(1024),
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True',
  g_admin varchar(5) DEFAULT 'False'
);

CREATE TABLE g_project_machine (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_project varchar(1024),
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True'
);
CREATE TABLE g_project_machine_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_project varchar(1024),
  g_name varchar(1024),
  g_active varchar(5) DEFAULT 'True'
);

CREATE TABLE g_account (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_name varchar(1024),
  g_description varchar(1024)
);
CREATE TABLE g_account_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_name varchar(1024),
  g_description varchar(1024)
);

CREATE TABLE g_account_project (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_access varchar(5) DEFAULT 'True'
);
CREATE TABLE g_account_project_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_access varchar(5) DEFAULT 'True'
);

CREATE TABLE g_account_user (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_access varchar(5) DEFAULT 'True'
);
CREATE TABLE g_account_user_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_access varchar(5) DEFAULT 'True'
);

CREATE TABLE g_account_machine (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_access varchar(5) DEFAULT 'True'
);
CREATE TABLE g_account_machine_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_access varchar(5) DEFAULT 'True'
);

CREATE TABLE g_account_organization (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_type varchar(1024) DEFAULT 'Forward'
);
CREATE TABLE g_account_organization_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account integer,
  g_name varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_type varchar(1024) DEFAULT 'Forward'
);

CREATE TABLE g_allocation (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_account integer,
  g_start_time bigint DEFAULT 0,
  g_end_time bigint DEFAULT 2147483647,
  g_amount double precision,
  g_credit_limit double precision DEFAULT 0,
  g_deposited double precision DEFAULT 0,
  g_active varchar(5) DEFAULT 'True',
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);
CREATE TABLE g_allocation_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_account integer,
  g_start_time bigint DEFAULT 0,
  g_end_time bigint DEFAULT 2147483647,
  g_amount double precision,
  g_credit_limit double precision DEFAULT 0,
  g_deposited double precision DEFAULT 0,
  g_active varchar(5) DEFAULT 'True',
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);

CREATE TABLE g_reservation (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_name varchar(1024),
  g_job varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_start_time bigint DEFAULT 0,
  g_end_time bigint DEFAULT 2147483647,
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);
CREATE TABLE g_reservation_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_name varchar(1024),
  g_job varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_start_time bigint DEFAULT 0,
  g_end_time bigint DEFAULT 2147483647,
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);

CREATE TABLE g_reservation_allocation (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_reservation integer,
  g_id integer,
  g_account integer,
  g_amount double precision
);
CREATE TABLE g_reservation_allocation_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_reservation integer,
  g_id integer,
  g_account integer,
  g_amount double precision
);

CREATE TABLE g_quotation (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_amount double precision,
  g_start_time bigint,
  g_end_time bigint,
  g_wall_duration integer,
  g_job varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_uses integer DEFAULT 1,
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);
CREATE TABLE g_quotation_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_amount double precision,
  g_start_time bigint,
  g_end_time bigint,
  g_wall_duration integer,
  g_job varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_uses integer DEFAULT 1,
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);

CREATE TABLE g_charge_rate (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_type varchar(1024),
  g_name varchar(1024),
  g_rate double precision,
  g_description varchar(1024)
);
CREATE TABLE g_charge_rate_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_type varchar(1024),
  g_name varchar(1024),
  g_rate double precision,
  g_description varchar(1024)
);

CREATE TABLE g_quotation_charge_rate (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_quotation integer,
  g_type varchar(1024),
  g_name varchar(1024),
  g_rate double precision
);
CREATE TABLE g_quotation_charge_rate_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_quotation integer,
  g_type varchar(1024),
  g_name varchar(1024),
  g_rate double precision
);

CREATE TABLE g_job (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_job_id varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_charge double precision DEFAULT 0,
  g_queue varchar(1024),
  g_type varchar(1024),
  g_stage varchar(1024),
  g_quality_of_service varchar(1024),
  g_nodes integer,
  g_processors integer,
  g_executable varchar(1024),
  g_application varchar(1024),
  g_start_time bigint,
  g_end_time bigint,
  g_wall_duration integer,
  g_quote_id varchar(1024),
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);
CREATE TABLE g_job_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_id integer,
  g_job_id varchar(1024),
  g_user varchar(1024),
  g_project varchar(1024),
  g_machine varchar(1024),
  g_charge double precision DEFAULT 0,
  g_queue varchar(1024),
  g_type varchar(1024),
  g_stage varchar(1024),
  g_quality_of_service varchar(1024),
  g_nodes integer,
  g_processors integer,
  g_executable varchar(1024),
  g_application varchar(1024),
  g_start_time bigint,
  g_end_time bigint,
  g_wall_duration integer,
  g_quote_id varchar(1024),
  g_call_type varchar(1024) DEFAULT 'Normal',
  g_description varchar(1024)
);

CREATE TABLE g_account_account (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account varchar(1024),
  g_id varchar(1024),
  g_deposit_share integer DEFAULT 0,
  g_overflow varchar(5) DEFAULT 'False'
);
CREATE TABLE g_account_account_log (
  g_creation_time bigint NOT NULL,
  g_modification_time bigint NOT NULL,
  g_deleted varchar(5) DEFAULT 'False',
  g_request_id integer NOT NULL,
  g_transaction_id integer NOT NULL,
  g_account varchar(1024),
  g_id varchar(1024),
  g_deposit_share integer DEFAULT 0,
  g_overflow varchar(5) DEFAULT 'False'
);

-- Tables of this implementation (not Objects, no metadata).

-- Exactly-once request keys: one row per modifying request that carried a key,
-- written in the same transaction as its effects; g_reply is the stored outcome.
CREATE TABLE g_request_key (
  g_key varchar(1024) NOT NULL,
  g_digest varchar(1024),
  g_reply text,
  g_creation_time bigint NOT NULL
);
CREATE UNIQUE INDEX g_request_key_key ON g_request_key (g_key);
CREATE INDEX g_request_key_time ON g_request_key (g_creation_time);

-- GS2 replay window: the nonces seen per token within the accepted clock skew.
CREATE TABLE g_nonce (
  g_token varchar(1024) NOT NULL,
  g_nonce varchar(1024) NOT NULL,
  g_time bigint NOT NULL
);
CREATE UNIQUE INDEX g_nonce_token_nonce ON g_nonce (g_token, g_nonce);
CREATE INDEX g_nonce_time ON g_nonce (g_time);

-- ===========================================================================
-- 2. Indexes (docs/data-model.md, Constraints and indexes): non-unique, since the server enforces keys.
--    Primary-key columns, g_request_id and g_transaction_id of every live and
--    _log table; the Transaction journal columns statements filter on; and
--    the lookups the bank makes by non-key columns.
-- ===========================================================================

CREATE INDEX g_object_pk ON g_object (g_name);
CREATE INDEX g_object_rq ON g_object (g_request_id);
CREATE INDEX g_object_tx ON g_object (g_transaction_id);
CREATE INDEX g_object_log_pk ON g_object_log (g_name);
CREATE INDEX g_object_log_rq ON g_object_log (g_request_id);
CREATE INDEX g_object_log_tx ON g_object_log (g_transaction_id);

CREATE INDEX g_attribute_pk ON g_attribute (g_object, g_name);
CREATE INDEX g_attribute_rq ON g_attribute (g_request_id);
CREATE INDEX g_attribute_tx ON g_attribute (g_transaction_id);
CREATE INDEX g_attribute_log_pk ON g_attribute_log (g_object, g_name);
CREATE INDEX g_attribute_log_rq ON g_attribute_log (g_request_id);
CREATE INDEX g_attribute_log_tx ON g_attribute_log (g_transaction_id);

CREATE INDEX g_action_pk ON g_action (g_object, g_name);
CREATE INDEX g_action_rq ON g_action (g_request_id);
CREATE INDEX g_action_tx ON g_action (g_transaction_id);
CREATE INDEX g_action_log_pk ON g_action_log (g_object, g_name);
CREATE INDEX g_action_log_rq ON g_action_log (g_request_id);
CREATE INDEX g_action_log_tx ON g_action_log (g_transaction_id);

CREATE INDEX g_transaction_pk ON g_transaction (g_id);
CREATE INDEX g_transaction_rq ON g_transaction (g_request_id);
CREATE INDEX g_transaction_tx ON g_transaction (g_transaction_id);
CREATE INDEX g_transaction_log_pk ON g_transaction_log (g_id);
CREATE INDEX g_transaction_log_rq ON g_transaction_log (g_request_id);
CREATE INDEX g_transaction_log_tx ON g_transaction_log (g_transaction_id);

CREATE INDEX g_system_pk ON g_system (g_name);
CREATE INDEX g_system_rq ON g_system (g_request_id);
CREATE INDEX g_system_tx ON g_system (g_transaction_id);
CREATE INDEX g_system_log_pk ON g_system_log (g_name);
CREATE INDEX g_system_log_rq ON g_system_log (g_request_id);
CREATE INDEX g_system_log_tx ON g_system_log (g_transaction_id);

CREATE INDEX g_user_pk ON g_user (g_name);
CREATE INDEX g_user_rq ON g_user (g_request_id);
CREATE INDEX g_user_tx ON g_user (g_transaction_id);
CREATE INDEX g_user_log_pk ON g_user_log (g_name);
CREATE INDEX g_user_log_rq ON g_user_log (g_request_id);
CREATE INDEX g_user_log_tx ON g_user_log (g_transaction_id);

CREATE INDEX g_role_pk ON g_role (g_name);
CREATE INDEX g_role_rq ON g_role (g_request_id);
CREATE INDEX g_role_tx ON g_role (g_transaction_id);
CREATE INDEX g_role_log_pk ON g_role_log (g_name);
CREATE INDEX g_role_log_rq ON g_role_log (g_request_id);
CREATE INDEX g_role_log_tx ON g_role_log (g_transaction_id);

CREATE INDEX g_role_action_pk ON g_role_action (g_role, g_object, g_name);
CREATE INDEX g_role_action_rq ON g_role_action (g_request_id);
CREATE INDEX g_role_action_tx ON g_role_action (g_transaction_id);
CREATE INDEX g_role_action_log_pk ON g_role_action_log (g_role, g_object, g_name);
CREATE INDEX g_role_action_log_rq ON g_role_action_log (g_request_id);
CREATE INDEX g_role_action_log_tx ON g_role_action_log (g_transaction_id);

CREATE INDEX g_role_user_pk ON g_role_user (g_role, g_name);
CREATE INDEX g_role_user_rq ON g_role_user (g_request_id);
CREATE INDEX g_role_user_tx ON g_role_user (g_transaction_id);
CREATE INDEX g_role_user_log_pk ON g_role_user_log (g_role, g_name);
CREATE INDEX g_role_user_log_rq ON g_role_user_log (g_request_id);
CREATE INDEX g_role_user_log_tx ON g_role_user_log (g_transaction_id);

CREATE INDEX g_password_pk ON g_password (g_user);
CREATE INDEX g_password_rq ON g_password (g_request_id);
CREATE INDEX g_password_tx ON g_password (g_transaction_id);
CREATE INDEX g_password_log_pk ON g_password_log (g_user);
CREATE INDEX g_password_log_rq ON g_password_log (g_request_id);
CREATE INDEX g_password_log_tx ON g_password_log (g_transaction_id);

CREATE INDEX g_organization_pk ON g_organization (g_name);
CREATE INDEX g_organization_rq ON g_organization (g_request_id);
CREATE INDEX g_organization_tx ON g_organization (g_transaction_id);
CREATE INDEX g_organization_log_pk ON g_organization_log (g_name);
CREATE INDEX g_organization_log_rq ON g_organization_log (g_request_id);
CREATE INDEX g_organization_log_tx ON g_organization_log (g_transaction_id);

CREATE INDEX g_project_pk ON g_project (g_name);
CREATE INDEX g_project_rq ON g_project (g_request_id);
CREATE INDEX g_project_tx ON g_project (g_transaction_id);
CREATE INDEX g_project_log_pk ON g_project_log (g_name);
CREATE INDEX g_project_log_rq ON g_project_log (g_request_id);
CREATE INDEX g_project_log_tx ON g_project_log (g_transaction_id);

CREATE INDEX g_machine_pk ON g_machine (g_name);
CREATE INDEX g_machine_rq ON g_machine (g_request_id);
CREATE INDEX g_machine_tx ON g_machine (g_transaction_id);
CREATE INDEX g_machine_log_pk ON g_machine_log (g_name);
CREATE INDEX g_machine_log_rq ON g_machine_log (g_request_id);
CREATE INDEX g_machine_log_tx ON g_machine_log (g_transaction_id);

CREATE INDEX g_project_user_pk ON g_project_user (g_project, g_name);
CREATE INDEX g_project_user_rq ON g_project_user (g_request_id);
CREATE INDEX g_project_user_tx ON g_project_user (g_transaction_id);
CREATE INDEX g_project_user_log_pk ON g_project_user_log (g_project, g_name);
CREATE INDEX g_project_user_log_rq ON g_project_user_log (g_request_id);
CREATE INDEX g_project_user_log_tx ON g_project_user_log (g_transaction_id);

CREATE INDEX g_project_machine_pk ON g_project_machine (g_project, g_name);
CREATE INDEX g_project_machine_rq ON g_project_machine (g_request_id);
CREATE INDEX g_project_machine_tx ON g_project_machine (g_transaction_id);
CREATE INDEX g_project_machine_log_pk ON g_project_machine_log (g_project, g_name);
CREATE INDEX g_project_machine_log_rq ON g_project_machine_log (g_request_id);
CREATE INDEX g_project_machine_log_tx ON g_project_machine_log (g_transaction_id);

CREATE INDEX g_account_pk ON g_account (g_id);
CREATE INDEX g_account_rq ON g_account (g_request_id);
CREATE INDEX g_account_tx ON g_account (g_transaction_id);
CREATE INDEX g_account_log_pk ON g_account_log (g_id);
CREATE INDEX g_account_log_rq ON g_account_log (g_request_id);
CREATE INDEX g_account_log_tx ON g_account_log (g_transaction_id);

CREATE INDEX g_account_project_pk ON g_account_project (g_account, g_name);
CREATE INDEX g_account_project_rq ON g_account_project (g_request_id);
CREATE INDEX g_account_project_tx ON g_account_project (g_transaction_id);
CREATE INDEX g_account_project_log_pk ON g_account_project_log (g_account, g_name);
CREATE INDEX g_account_project_log_rq ON g_account_project_log (g_request_id);
CREATE INDEX g_account_project_log_tx ON g_account_project_log (g_transaction_id);

CREATE INDEX g_account_user_pk ON g_account_user (g_account, g_name);
CREATE INDEX g_account_user_rq ON g_account_user (g_request_id);
CREATE INDEX g_account_user_tx ON g_account_user (g_transaction_id);
CREATE INDEX g_account_user_log_pk ON g_account_user_log (g_account, g_name);
CREATE INDEX g_account_user_log_rq ON g_account_user_log (g_request_id);
CREATE INDEX g_account_user_log_tx ON g_account_user_log (g_transaction_id);

CREATE INDEX g_account_machine_pk ON g_account_machine (g_account, g_name);
CREATE INDEX g_account_machine_rq ON g_account_machine (g_request_id);
CREATE INDEX g_account_machine_tx ON g_account_machine (g_transaction_id);
CREATE INDEX g_account_machine_log_pk ON g_account_machine_log (g_account, g_name);
CREATE INDEX g_account_machine_log_rq ON g_account_machine_log (g_request_id);
CREATE INDEX g_account_machine_log_tx ON g_account_machine_log (g_transaction_id);

CREATE INDEX g_account_organization_pk ON g_account_organization (g_account, g_name);
CREATE INDEX g_account_organization_rq ON g_account_organization (g_request_id);
CREATE INDEX g_account_organization_tx ON g_account_organization (g_transaction_id);
CREATE INDEX g_account_organization_log_pk ON g_account_organization_log (g_account, g_name);
CREATE INDEX g_account_organization_log_rq ON g_account_organization_log (g_request_id);
CREATE INDEX g_account_organization_log_tx ON g_account_organization_log (g_transaction_id);

CREATE INDEX g_allocation_pk ON g_allocation (g_id);
CREATE INDEX g_allocation_rq ON g_allocation (g_request_id);
CREATE INDEX g_allocation_tx ON g_allocation (g_transaction_id);
CREATE INDEX g_allocation_log_pk ON g_allocation_log (g_id);
CREATE INDEX g_allocation_log_rq ON g_allocation_log (g_request_id);
CREATE INDEX g_allocation_log_tx ON g_allocation_log (g_transaction_id);

CREATE INDEX g_reservation_pk ON g_reservation (g_id);
CREATE INDEX g_reservation_rq ON g_reservation (g_request_id);
CREATE INDEX g_reservation_tx ON g_reservation (g_transaction_id);
CREATE INDEX g_reservation_log_pk ON g_reservation_log (g_id);
CREATE INDEX g_reservation_log_rq ON g_reservation_log (g_request_id);
CREATE INDEX g_reservation_log_tx ON g_reservation_log (g_transaction_id);

CREATE INDEX g_reservation_allocation_pk ON g_reservation_allocation (g_reservation, g_id);
CREATE INDEX g_reservation_allocation_rq ON g_reservation_allocation (g_request_id);
CREATE INDEX g_reservation_allocation_tx ON g_reservation_allocation (g_transaction_id);
CREATE INDEX g_reservation_allocation_log_pk ON g_reservation_allocation_log (g_reservation, g_id);
CREATE INDEX g_reservation_allocation_log_rq ON g_reservation_allocation_log (g_request_id);
CREATE INDEX g_reservation_allocation_log_tx ON g_reservation_allocation_log (g_transaction_id);

CREATE INDEX g_quotation_pk ON g_quotation (g_id);
CREATE INDEX g_quotation_rq ON g_quotation (g_request_id);
CREATE INDEX g_quotation_tx ON g_quotation (g_transaction_id);
CREATE INDEX g_quotation_log_pk ON g_quotation_log (g_id);
CREATE INDEX g_quotation_log_rq ON g_quotation_log (g_request_id);
CREATE INDEX g_quotation_log_tx ON g_quotation_log (g_transaction_id);

CREATE INDEX g_charge_rate_pk ON g_charge_rate (g_type, g_name);
CREATE INDEX g_charge_rate_rq ON g_charge_rate (g_request_id);
CREATE INDEX g_charge_rate_tx ON g_charge_rate (g_transaction_id);
CREATE INDEX g_charge_rate_log_pk ON g_charge_rate_log (g_type, g_name);
CREATE INDEX g_charge_rate_log_rq ON g_charge_rate_log (g_request_id);
CREATE INDEX g_charge_rate_log_tx ON g_charge_rate_log (g_transaction_id);

CREATE INDEX g_quotation_charge_rate_pk ON g_quotation_charge_rate (g_quotation, g_type, g_name);
CREATE INDEX g_quotation_charge_rate_rq ON g_quotation_charge_rate (g_request_id);
CREATE INDEX g_quotation_charge_rate_tx ON g_quotation_charge_rate (g_transaction_id);
CREATE INDEX g_quotation_charge_rate_log_pk ON g_quotation_charge_rate_log (g_quotation, g_type, g_name);
CREATE INDEX g_quotation_charge_rate_log_rq ON g_quotation_charge_rate_log (g_request_id);
CREATE INDEX g_quotation_charge_rate_log_tx ON g_quotation_charge_rate_log (g_transaction_id);

CREATE INDEX g_job_pk ON g_job (g_id);
CREATE INDEX g_job_rq ON g_job (g_request_id);
CREATE INDEX g_job_tx ON g_job (g_transaction_id);
CREATE INDEX g_job_log_pk ON g_job_log (g_id);
CREATE INDEX g_job_log_rq ON g_job_log (g_request_id);
CREATE INDEX g_job_log_tx ON g_job_log (g_transaction_id);

CREATE INDEX g_account_account_pk ON g_account_account (g_account, g_id);
CREATE INDEX g_account_account_rq ON g_account_account (g_request_id);
CREATE INDEX g_account_account_tx ON g_account_account (g_transaction_id);
CREATE INDEX g_account_account_log_pk ON g_account_account_log (g_account, g_id);
CREATE INDEX g_account_account_log_rq ON g_account_account_log (g_request_id);
CREATE INDEX g_account_account_log_tx ON g_account_account_log (g_transaction_id);

-- Statements and usage reports select journal rows by these columns.
CREATE INDEX g_transaction_object ON g_transaction (g_object);
CREATE INDEX g_transaction_action ON g_transaction (g_action);
CREATE INDEX g_transaction_name ON g_transaction (g_name);
CREATE INDEX g_transaction_account ON g_transaction (g_account);
CREATE INDEX g_transaction_creation_time ON g_transaction (g_creation_time);

-- Bank lookups by non-key columns (association tables whose key starts with
-- g_account or g_reservation are already served by their _pk index).
CREATE INDEX g_allocation_account ON g_allocation (g_account);
CREATE INDEX g_job_job_id ON g_job (g_job_id);
CREATE INDEX g_reservation_name ON g_reservation (g_name);
CREATE INDEX g_reservation_allocation_id ON g_reservation_allocation (g_id);

-- Balance reads only the accounts whose access lists name the request's user,
-- project or machine, their links up to the ancestors and their holds.
CREATE INDEX g_account_project_name ON g_account_project (g_name);
CREATE INDEX g_account_user_name ON g_account_user (g_name);
CREATE INDEX g_account_machine_name ON g_account_machine (g_name);
CREATE INDEX g_project_user_name ON g_project_user (g_name);
CREATE INDEX g_project_machine_name ON g_project_machine (g_name);
CREATE INDEX g_account_account_id ON g_account_account (g_id);
CREATE INDEX g_reservation_allocation_account ON g_reservation_allocation (g_account);

-- Refresh reads only the allocations that are inactive or may be out of their window.
CREATE INDEX g_allocation_active ON g_allocation (g_active);
CREATE INDEX g_allocation_start_time ON g_allocation (g_start_time);
CREATE INDEX g_allocation_end_time ON g_allocation (g_end_time);

-- ===========================================================================
-- 3. Metadata (docs/data-model.md, Metadata): 30 objects, 313 attributes, 150 actions.
--    Base objects carry request/transaction 0/0; the bank objects and the
--    attributes the bank script added carry the ids of their creating
--    transaction (see section 5 below).
-- ===========================================================================

-- Objects
INSERT INTO g_object (g_name, g_association, g_parent, g_child, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Object', 'False', NULL, NULL, 'Object', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'False', NULL, NULL, 'Attribute', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'False', NULL, NULL, 'Action', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'False', NULL, NULL, 'Transaction Log', 'False', 'False', :now, :now, 0, 0),
  ('System', 'False', NULL, NULL, 'System', 'False', 'False', :now, :now, 0, 0),
  ('User', 'False', NULL, NULL, 'User', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'False', NULL, NULL, 'Role', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'True', 'Role', 'Action', 'Role Action Association', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'True', 'Role', 'User', 'Role User Association', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'False', NULL, NULL, 'Password', 'False', 'False', :now, :now, 0, 0),
  ('ANY', 'False', NULL, NULL, 'Any Object', 'True', 'False', :now, :now, 0, 0),
  ('NONE', 'False', NULL, NULL, 'No Object', 'True', 'False', :now, :now, 0, 0),
  ('Organization', 'False', NULL, NULL, 'Virtual Organization', 'False', 'False', :now, :now, 9, 9),
  ('Project', 'False', NULL, NULL, 'Project', 'False', 'False', :now, :now, 27, 27),
  ('Machine', 'False', NULL, NULL, 'Machine', 'False', 'False', :now, :now, 38, 38),
  ('ProjectUser', 'True', 'Project', 'User', 'Membership mapping Users to Projects', 'False', 'False', :now, :now, 51, 51),
  ('ProjectMachine', 'True', 'Project', 'Machine', 'Membership mapping Machines to Projects', 'False', 'False', :now, :now, 61, 61),
  ('Account', 'False', NULL, NULL, 'Account', 'False', 'False', :now, :now, 70, 70),
  ('AccountProject', 'True', 'Account', 'Project', 'Project Access control List', 'False', 'False', :now, :now, 83, 83),
  ('AccountUser', 'True', 'Account', 'User', 'User Access control List', 'False', 'False', :now, :now, 92, 92),
  ('AccountMachine', 'True', 'Account', 'Machine', 'Machine Access control List', 'False', 'False', :now, :now, 101, 101),
  ('AccountOrganization', 'True', 'Account', 'Organization', 'Forwarding Account Information', 'False', 'False', :now, :now, 110, 110),
  ('Allocation', 'False', NULL, NULL, 'Allocation', 'False', 'False', :now, :now, 122, 122),
  ('Reservation', 'False', NULL, NULL, 'Reservation', 'False', 'False', :now, :now, 139, 139),
  ('ReservationAllocation', 'True', 'Reservation', 'Allocation', 'Reservation Allocation Association', 'False', 'False', :now, :now, 155, 155),
  ('Quotation', 'False', NULL, NULL, 'Quotation', 'False', 'False', :now, :now, 165, 165),
  ('ChargeRate', 'False', NULL, NULL, 'Charge Rates', 'False', 'False', :now, :now, 183, 183),
  ('QuotationChargeRate', 'True', 'Quotation', 'ChargeRate', 'Charge Rate guaranteed by the associated Quotation', 'False', 'False', :now, :now, 193, 193),
  ('Job', 'False', NULL, NULL, 'Job', 'False', 'False', :now, :now, 203, 203),
  ('AccountAccount', 'True', 'Account', 'Account', 'Account Deposit Linkage', 'False', 'False', :now, :now, 233, 233);

-- Attributes of Object
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Object', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Object Name', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Association', 'Boolean', 'False', 'False', 'False', NULL, 'False', 20, 'False', 'Is this an association?', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Parent', 'String', 'False', 'False', 'False', '@Object', NULL, 30, 'False', 'Parent Association', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Child', 'String', 'False', 'False', 'False', '@Object', NULL, 40, 'False', 'Child Association', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 910, 'True', 'Is this a special object?', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('Object', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of Attribute
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Attribute', 'Object', 'String', 'True', 'True', 'True', '@Object', NULL, 10, 'False', 'Object name', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 20, 'False', 'Attribute Name', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'DataType', 'String', 'False', 'False', 'True', '(AutoGen,TimeStamp,Boolean,Float,Integer,Currency,String)', 'String', 30, 'False', 'Data Type', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'PrimaryKey', 'Boolean', 'False', 'False', 'False', NULL, 'False', 50, 'False', 'Is this a primary key?', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Required', 'Boolean', 'False', 'False', 'False', NULL, 'False', 60, 'False', 'Must this be non-null?', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Fixed', 'Boolean', 'False', 'False', 'False', NULL, 'False', 70, 'False', 'Is the Attribute Fixed?', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Values', 'String', 'False', 'False', 'False', NULL, NULL, 80, 'False', 'List of allowed values', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'DefaultValue', 'String', 'False', 'False', 'False', NULL, NULL, 90, 'False', 'Default value', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Sequence', 'Integer', 'False', 'False', 'False', NULL, NULL, 100, 'False', 'Specifies ordering of attributes', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Hidden', 'Boolean', 'False', 'False', 'False', NULL, 'False', 110, 'False', 'Is the Attribute Hidden by default?', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 910, 'True', 'Is this a special action?', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of Action
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Action', 'Object', 'String', 'True', 'True', 'True', '@Object', NULL, 10, 'False', 'Object Name', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 20, 'False', 'Action Name', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Display', 'Boolean', 'False', 'False', 'False', NULL, 'False', 30, 'False', 'Should this action be displayed?', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 910, 'True', 'Is this a special action?', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('Action', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of Transaction
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Transaction', 'Id', 'AutoGen', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Transaction Record Id', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Object', 'String', 'False', 'True', 'False', NULL, NULL, 20, 'False', 'Object', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Action', 'String', 'False', 'True', 'False', NULL, NULL, 30, 'False', 'Action', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Actor', 'String', 'False', 'True', 'False', NULL, NULL, 40, 'False', 'Authenticated User making the request', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Name', 'String', 'False', 'False', 'False', NULL, NULL, 50, 'False', 'Object Name', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Child', 'String', 'False', 'False', 'False', NULL, NULL, 60, 'False', 'Child Name', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Count', 'Integer', 'False', 'False', 'False', NULL, NULL, 130, 'False', 'Object Count', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Details', 'String', 'False', 'False', 'False', NULL, NULL, 170, 'True', 'Transaction Details', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Project', 'String', 'False', 'False', 'False', NULL, NULL, 180, 'False', 'Project Name', 'False', 'False', :now, :now, 1, 1),
  ('Transaction', 'User', 'String', 'False', 'False', 'False', NULL, NULL, 190, 'False', 'User Name', 'False', 'False', :now, :now, 2, 2),
  ('Transaction', 'Machine', 'String', 'False', 'False', 'False', NULL, NULL, 200, 'False', 'Machine Name', 'False', 'False', :now, :now, 3, 3),
  ('Transaction', 'JobId', 'String', 'False', 'False', 'False', NULL, NULL, 210, 'False', 'Job Id', 'False', 'False', :now, :now, 4, 4),
  ('Transaction', 'Amount', 'Currency', 'False', 'False', 'False', NULL, NULL, 220, 'False', 'Amount', 'False', 'False', :now, :now, 5, 5),
  ('Transaction', 'Delta', 'Currency', 'False', 'False', 'False', NULL, NULL, 230, 'False', 'Account Delta', 'False', 'False', :now, :now, 6, 6),
  ('Transaction', 'Account', 'Integer', 'False', 'False', 'False', NULL, NULL, 240, 'False', 'Account Id', 'False', 'False', :now, :now, 7, 7),
  ('Transaction', 'Allocation', 'Integer', 'False', 'False', 'False', NULL, NULL, 250, 'False', 'Allocation Id', 'False', 'False', :now, :now, 8, 8),
  ('Transaction', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of System
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('System', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'System Name', 'False', 'False', :now, :now, 0, 0),
  ('System', 'Version', 'String', 'False', 'True', 'False', NULL, NULL, 20, 'False', 'System Version', 'False', 'False', :now, :now, 0, 0),
  ('System', 'Organization', 'String', 'False', 'False', 'False', '@Organization', NULL, 30, 'False', 'Organization Name', 'False', 'False', :now, :now, 20, 20),
  ('System', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('System', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('System', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('System', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this Object Deleted?', 'False', 'False', :now, :now, 0, 0),
  ('System', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('System', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of User
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('User', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'User Name', 'False', 'False', :now, :now, 0, 0),
  ('User', 'Active', 'Boolean', 'False', 'False', 'False', NULL, 'True', 20, 'False', 'Is the User Active?', 'False', 'False', :now, :now, 21, 21),
  ('User', 'CommonName', 'String', 'False', 'False', 'False', NULL, NULL, 30, 'False', 'Full Name', 'False', 'False', :now, :now, 22, 22),
  ('User', 'PhoneNumber', 'String', 'False', 'False', 'False', NULL, NULL, 40, 'False', 'Phone Number', 'False', 'False', :now, :now, 23, 23),
  ('User', 'EmailAddress', 'String', 'False', 'False', 'False', NULL, NULL, 50, 'False', 'Email Address', 'False', 'False', :now, :now, 24, 24),
  ('User', 'DefaultProject', 'String', 'False', 'False', 'False', '@Project', NULL, 60, 'False', 'Default Project', 'False', 'False', :now, :now, 25, 25),
  ('User', 'Organization', 'String', 'False', 'False', 'False', '@Organization', NULL, 70, 'False', 'Organization', 'False', 'False', :now, :now, 26, 26),
  ('User', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('User', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 910, 'True', 'Is this a special user?', 'False', 'False', :now, :now, 0, 0),
  ('User', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('User', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('User', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this Object Deleted?', 'False', 'False', :now, :now, 0, 0),
  ('User', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('User', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of Role
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Role', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Role Name', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this Object Deleted?', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('Role', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of RoleAction
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('RoleAction', 'Role', 'String', 'True', 'True', 'True', '@Role', NULL, 10, 'False', 'Parent Role Name', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Object', 'String', 'True', 'True', 'True', '@Object', NULL, 20, 'False', 'Child Object Name', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 30, 'False', 'Child Action Name', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Instance', 'String', 'False', 'False', 'False', NULL, 'ANY', 40, 'False', 'Object Instance Name', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this Object Deleted?', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of RoleUser
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('RoleUser', 'Role', 'String', 'True', 'True', 'True', '@Role', NULL, 10, 'False', 'Parent Role Name', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Name', 'String', 'True', 'True', 'True', '@User', NULL, 20, 'False', 'Child User Name', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this Object Deleted?', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of Password
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Password', 'User', 'String', 'True', 'True', 'True', '@User', NULL, 10, 'False', 'User Name', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Password', 'String', 'False', 'False', 'False', NULL, NULL, 20, 'False', 'Password', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'CreationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 950, 'True', 'Time Created', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'ModificationTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Deleted', 'Boolean', 'False', 'False', 'False', NULL, 'False', 970, 'True', 'Is this Object Deleted?', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'RequestId', 'Integer', 'False', 'False', 'False', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 0, 0),
  ('Password', 'TransactionId', 'Integer', 'False', 'False', 'False', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 0, 0);

-- Attributes of Organization
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Organization', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Organization Name', 'False', 'False', :now, :now, 10, 10),
  ('Organization', 'Host', 'String', 'False', 'False', 'False', NULL, NULL, 20, 'False', 'Host Name', 'False', 'False', :now, :now, 11, 11),
  ('Organization', 'Port', 'String', 'False', 'False', 'False', NULL, NULL, 30, 'False', 'Port Number', 'False', 'False', :now, :now, 12, 12),
  ('Organization', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 200, 'True', 'Is this a Special Organization?', 'False', 'False', :now, :now, 13, 13),
  ('Organization', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 14, 14),
  ('Organization', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 9, 9),
  ('Organization', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 9, 9),
  ('Organization', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 9, 9),
  ('Organization', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 9, 9),
  ('Organization', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 9, 9);

-- Attributes of Project
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Project', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Project Name', 'False', 'False', :now, :now, 28, 28),
  ('Project', 'Active', 'Boolean', 'False', 'False', 'False', NULL, 'True', 20, 'False', 'Is the Project Active?', 'False', 'False', :now, :now, 29, 29),
  ('Project', 'Organization', 'String', 'False', 'False', 'False', '@Organization', NULL, 30, 'False', 'Organization', 'False', 'False', :now, :now, 30, 30),
  ('Project', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 200, 'True', 'Is this a Special Project?', 'False', 'False', :now, :now, 31, 31),
  ('Project', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 32, 32),
  ('Project', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 27, 27),
  ('Project', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 27, 27),
  ('Project', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 27, 27),
  ('Project', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 27, 27),
  ('Project', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 27, 27);

-- Attributes of Machine
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Machine', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Machine Name', 'False', 'False', :now, :now, 39, 39),
  ('Machine', 'Active', 'Boolean', 'False', 'False', 'False', NULL, 'True', 20, 'False', 'Is the Machine Active?', 'False', 'False', :now, :now, 40, 40),
  ('Machine', 'Architecture', 'String', 'False', 'False', 'False', NULL, NULL, 30, 'False', 'System Architecture', 'False', 'False', :now, :now, 41, 41),
  ('Machine', 'OperatingSystem', 'String', 'False', 'False', 'False', NULL, NULL, 40, 'False', 'Operating System', 'False', 'False', :now, :now, 42, 42),
  ('Machine', 'Organization', 'String', 'False', 'False', 'False', '@Organization', NULL, 50, 'False', 'Organization', 'False', 'False', :now, :now, 43, 43),
  ('Machine', 'Special', 'Boolean', 'False', 'False', 'False', NULL, 'False', 200, 'True', 'Is this a Special Machine?', 'False', 'False', :now, :now, 44, 44),
  ('Machine', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 45, 45),
  ('Machine', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 38, 38),
  ('Machine', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 38, 38),
  ('Machine', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 38, 38),
  ('Machine', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 38, 38),
  ('Machine', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 38, 38);

-- Attributes of ProjectUser
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('ProjectUser', 'Project', 'String', 'True', 'True', 'True', '@Project', NULL, 10, 'False', 'Parent Project Name', 'False', 'False', :now, :now, 52, 52),
  ('ProjectUser', 'Name', 'String', 'True', 'True', 'True', '@User', NULL, 20, 'False', 'Member User Name', 'False', 'False', :now, :now, 53, 53),
  ('ProjectUser', 'Active', 'Boolean', 'False', 'False', 'False', NULL, 'True', 30, 'False', 'Is this subProject Active?', 'False', 'False', :now, :now, 54, 54),
  ('ProjectUser', 'Admin', 'Boolean', 'False', 'False', 'False', NULL, 'False', 40, 'False', 'Is this user a Project Administrator?', 'False', 'False', :now, :now, 55, 55),
  ('ProjectUser', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 51, 51),
  ('ProjectUser', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 51, 51),
  ('ProjectUser', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 51, 51),
  ('ProjectUser', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 51, 51),
  ('ProjectUser', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 51, 51);

-- Attributes of ProjectMachine
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('ProjectMachine', 'Project', 'String', 'True', 'True', 'True', '@Project', NULL, 10, 'False', 'Parent Project Name', 'False', 'False', :now, :now, 62, 62),
  ('ProjectMachine', 'Name', 'String', 'True', 'True', 'True', '@Machine', NULL, 20, 'False', 'Member Machine Name', 'False', 'False', :now, :now, 63, 63),
  ('ProjectMachine', 'Active', 'Boolean', 'False', 'False', 'False', NULL, 'True', 30, 'False', 'Is this subProject Active?', 'False', 'False', :now, :now, 64, 64),
  ('ProjectMachine', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 61, 61),
  ('ProjectMachine', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 61, 61),
  ('ProjectMachine', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 61, 61),
  ('ProjectMachine', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 61, 61),
  ('ProjectMachine', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 61, 61);

-- Attributes of Account
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Account', 'Id', 'AutoGen', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Account Id', 'False', 'False', :now, :now, 71, 71),
  ('Account', 'Name', 'String', 'False', 'False', 'False', NULL, NULL, 20, 'False', 'Account Name', 'False', 'False', :now, :now, 72, 72),
  ('Account', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 73, 73),
  ('Account', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 70, 70),
  ('Account', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 70, 70),
  ('Account', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 70, 70),
  ('Account', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 70, 70),
  ('Account', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 70, 70);

-- Attributes of AccountProject
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('AccountProject', 'Account', 'Integer', 'True', 'True', 'True', '@Account', NULL, 10, 'False', 'Parent Account Id', 'False', 'False', :now, :now, 84, 84),
  ('AccountProject', 'Name', 'String', 'True', 'True', 'True', '@Project', NULL, 20, 'False', 'Child Project Name', 'False', 'False', :now, :now, 85, 85),
  ('AccountProject', 'Access', 'Boolean', 'False', 'False', 'False', NULL, 'True', 30, 'False', 'Access Allowed? (vs Denied)', 'False', 'False', :now, :now, 86, 86),
  ('AccountProject', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 83, 83),
  ('AccountProject', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 83, 83),
  ('AccountProject', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 83, 83),
  ('AccountProject', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 83, 83),
  ('AccountProject', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 83, 83);

-- Attributes of AccountUser
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('AccountUser', 'Account', 'Integer', 'True', 'True', 'True', '@Account', NULL, 10, 'False', 'Parent Account Id', 'False', 'False', :now, :now, 93, 93),
  ('AccountUser', 'Name', 'String', 'True', 'True', 'True', '@User', NULL, 20, 'False', 'Child User Name', 'False', 'False', :now, :now, 94, 94),
  ('AccountUser', 'Access', 'Boolean', 'False', 'False', 'False', NULL, 'True', 30, 'False', 'Access Allowed? (vs Denied)', 'False', 'False', :now, :now, 95, 95),
  ('AccountUser', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 92, 92),
  ('AccountUser', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 92, 92),
  ('AccountUser', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 92, 92),
  ('AccountUser', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 92, 92),
  ('AccountUser', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 92, 92);

-- Attributes of AccountMachine
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('AccountMachine', 'Account', 'Integer', 'True', 'True', 'True', '@Account', NULL, 10, 'False', 'Parent Account Id', 'False', 'False', :now, :now, 102, 102),
  ('AccountMachine', 'Name', 'String', 'True', 'True', 'True', '@Machine', NULL, 20, 'False', 'Child Machine Name', 'False', 'False', :now, :now, 103, 103),
  ('AccountMachine', 'Access', 'Boolean', 'False', 'False', 'False', NULL, 'True', 30, 'False', 'Access Allowed? (vs Denied)', 'False', 'False', :now, :now, 104, 104),
  ('AccountMachine', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 101, 101),
  ('AccountMachine', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 101, 101),
  ('AccountMachine', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 101, 101),
  ('AccountMachine', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 101, 101),
  ('AccountMachine', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 101, 101);

-- Attributes of AccountOrganization
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('AccountOrganization', 'Account', 'Integer', 'True', 'True', 'True', '@Account', NULL, 10, 'False', 'Parent Account Id', 'False', 'False', :now, :now, 111, 111),
  ('AccountOrganization', 'Name', 'String', 'True', 'True', 'True', '@Organization', NULL, 20, 'False', 'Child Organization Name', 'False', 'False', :now, :now, 112, 112),
  ('AccountOrganization', 'User', 'String', 'False', 'False', 'False', NULL, NULL, 30, 'False', 'Forwarding User', 'False', 'False', :now, :now, 113, 113),
  ('AccountOrganization', 'Project', 'String', 'False', 'False', 'False', NULL, NULL, 40, 'False', 'Forwarding Project', 'False', 'False', :now, :now, 114, 114),
  ('AccountOrganization', 'Machine', 'String', 'False', 'False', 'False', NULL, NULL, 50, 'False', 'Forwarding Machine', 'False', 'False', :now, :now, 115, 115),
  ('AccountOrganization', 'Type', 'String', 'False', 'False', 'False', NULL, 'Forward', 60, 'False', 'Service Type', 'False', 'False', :now, :now, 116, 116),
  ('AccountOrganization', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 110, 110),
  ('AccountOrganization', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 110, 110),
  ('AccountOrganization', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 110, 110),
  ('AccountOrganization', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 110, 110),
  ('AccountOrganization', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 110, 110);

-- Attributes of Allocation
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Allocation', 'Id', 'AutoGen', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Allocation Id', 'False', 'False', :now, :now, 123, 123),
  ('Allocation', 'Account', 'Integer', 'False', 'True', 'True', '@Account', NULL, 20, 'False', 'Account Id', 'False', 'False', :now, :now, 124, 124),
  ('Allocation', 'StartTime', 'TimeStamp', 'False', 'False', 'False', NULL, '-infinity', 30, 'False', 'Start Time', 'False', 'False', :now, :now, 125, 125),
  ('Allocation', 'EndTime', 'TimeStamp', 'False', 'False', 'False', NULL, 'infinity', 40, 'False', 'End Time', 'False', 'False', :now, :now, 126, 126),
  ('Allocation', 'Amount', 'Currency', 'False', 'True', 'False', NULL, NULL, 50, 'False', 'Amount', 'False', 'False', :now, :now, 127, 127),
  ('Allocation', 'CreditLimit', 'Currency', 'False', 'False', 'False', NULL, '0', 60, 'False', 'Credit Limit', 'False', 'False', :now, :now, 128, 128),
  ('Allocation', 'Deposited', 'Currency', 'False', 'False', 'False', NULL, '0', 70, 'False', 'Total Deposited', 'False', 'False', :now, :now, 129, 129),
  ('Allocation', 'Active', 'Boolean', 'False', 'False', 'False', NULL, 'True', 80, 'False', 'Is the Allocation Active?', 'False', 'False', :now, :now, 130, 130),
  ('Allocation', 'CallType', 'String', 'False', 'False', 'False', '(Back,Forward,Normal)', 'Normal', 200, 'True', 'Call Type', 'False', 'False', :now, :now, 131, 131),
  ('Allocation', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 132, 132),
  ('Allocation', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 122, 122),
  ('Allocation', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 122, 122),
  ('Allocation', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 122, 122),
  ('Allocation', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 122, 122),
  ('Allocation', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 122, 122);

-- Attributes of Reservation
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Reservation', 'Id', 'AutoGen', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Reservation Id', 'False', 'False', :now, :now, 140, 140),
  ('Reservation', 'Name', 'String', 'False', 'False', 'False', NULL, NULL, 20, 'False', 'Reservation Name', 'False', 'False', :now, :now, 141, 141),
  ('Reservation', 'Job', 'String', 'False', 'False', 'False', '@Job', NULL, 30, 'False', 'Gold Job Id', 'False', 'False', :now, :now, 142, 142),
  ('Reservation', 'User', 'String', 'False', 'False', 'False', '@User', NULL, 40, 'False', 'User Name', 'False', 'False', :now, :now, 143, 143),
  ('Reservation', 'Project', 'String', 'False', 'False', 'False', '@Project', NULL, 50, 'False', 'Project Name', 'False', 'False', :now, :now, 144, 144),
  ('Reservation', 'Machine', 'String', 'False', 'False', 'False', '@Machine', NULL, 60, 'False', 'Machine Name', 'False', 'False', :now, :now, 145, 145),
  ('Reservation', 'StartTime', 'TimeStamp', 'False', 'False', 'False', NULL, '-infinity', 70, 'False', 'When does this Reservation start?', 'False', 'False', :now, :now, 146, 146),
  ('Reservation', 'EndTime', 'TimeStamp', 'False', 'False', 'False', NULL, 'infinity', 80, 'False', 'When does this Reservation expire?', 'False', 'False', :now, :now, 147, 147),
  ('Reservation', 'CallType', 'String', 'False', 'False', 'False', '(Back,Forward,Normal)', 'Normal', 200, 'True', 'Call Type', 'False', 'False', :now, :now, 148, 148),
  ('Reservation', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 149, 149),
  ('Reservation', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 139, 139),
  ('Reservation', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 139, 139),
  ('Reservation', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 139, 139),
  ('Reservation', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 139, 139),
  ('Reservation', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 139, 139);

-- Attributes of ReservationAllocation
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('ReservationAllocation', 'Reservation', 'Integer', 'True', 'True', 'True', '@Reservation', NULL, 10, 'False', 'Parent Reservation Id', 'False', 'False', :now, :now, 156, 156),
  ('ReservationAllocation', 'Id', 'Integer', 'True', 'True', 'True', '@Allocation', NULL, 20, 'False', 'Child Allocation Id', 'False', 'False', :now, :now, 157, 157),
  ('ReservationAllocation', 'Account', 'Integer', 'False', 'True', 'False', '@Account', NULL, 30, 'False', 'Account Id', 'False', 'False', :now, :now, 158, 158),
  ('ReservationAllocation', 'Amount', 'Currency', 'False', 'True', 'False', NULL, NULL, 40, 'False', 'Resource Credits', 'False', 'False', :now, :now, 159, 159),
  ('ReservationAllocation', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 155, 155),
  ('ReservationAllocation', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 155, 155),
  ('ReservationAllocation', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 155, 155),
  ('ReservationAllocation', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 155, 155),
  ('ReservationAllocation', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 155, 155);

-- Attributes of Quotation
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Quotation', 'Id', 'AutoGen', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Quotation Id', 'False', 'False', :now, :now, 166, 166),
  ('Quotation', 'Amount', 'Currency', 'False', 'False', 'False', NULL, NULL, 20, 'False', 'Charge Estimate (calculated)', 'False', 'False', :now, :now, 167, 167),
  ('Quotation', 'StartTime', 'TimeStamp', 'False', 'True', 'False', NULL, NULL, 30, 'False', 'When does this Quotation start?', 'False', 'False', :now, :now, 168, 168),
  ('Quotation', 'EndTime', 'TimeStamp', 'False', 'True', 'False', NULL, NULL, 40, 'False', 'When does this Quotation expire?', 'False', 'False', :now, :now, 169, 169),
  ('Quotation', 'WallDuration', 'Integer', 'False', 'False', 'False', NULL, NULL, 50, 'False', 'WallTime Estimate', 'False', 'False', :now, :now, 170, 170),
  ('Quotation', 'Job', 'String', 'False', 'False', 'False', '@Job', NULL, 60, 'False', 'Gold Job Id', 'False', 'False', :now, :now, 171, 171),
  ('Quotation', 'User', 'String', 'False', 'False', 'False', '@User', NULL, 70, 'False', 'User Name', 'False', 'False', :now, :now, 172, 172),
  ('Quotation', 'Project', 'String', 'False', 'False', 'False', '@Project', NULL, 80, 'False', 'Project Name', 'False', 'False', :now, :now, 173, 173),
  ('Quotation', 'Machine', 'String', 'False', 'False', 'False', '@Machine', NULL, 90, 'False', 'Machine Name', 'False', 'False', :now, :now, 174, 174),
  ('Quotation', 'Uses', 'Integer', 'False', 'False', 'False', NULL, '1', 100, 'False', 'Number of Times Quote can be Used', 'False', 'False', :now, :now, 175, 175),
  ('Quotation', 'CallType', 'String', 'False', 'False', 'False', '(Back,Forward,Normal)', 'Normal', 200, 'True', 'Call Type', 'False', 'False', :now, :now, 176, 176),
  ('Quotation', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 177, 177),
  ('Quotation', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 165, 165),
  ('Quotation', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 165, 165),
  ('Quotation', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 165, 165),
  ('Quotation', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 165, 165),
  ('Quotation', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 165, 165);

-- Attributes of ChargeRate
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('ChargeRate', 'Type', 'String', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Charge Rate Type', 'False', 'False', :now, :now, 184, 184),
  ('ChargeRate', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 20, 'False', 'Name of Instance of Charge Type', 'False', 'False', :now, :now, 185, 185),
  ('ChargeRate', 'Rate', 'Float', 'False', 'True', 'False', NULL, NULL, 30, 'False', 'Charge Rate', 'False', 'False', :now, :now, 186, 186),
  ('ChargeRate', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 187, 187),
  ('ChargeRate', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 183, 183),
  ('ChargeRate', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 183, 183),
  ('ChargeRate', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 183, 183),
  ('ChargeRate', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 183, 183),
  ('ChargeRate', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 183, 183);

-- Attributes of QuotationChargeRate
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('QuotationChargeRate', 'Quotation', 'Integer', 'True', 'True', 'True', '@Quotation', NULL, 10, 'False', 'Parent Quotation Id', 'False', 'False', :now, :now, 194, 194),
  ('QuotationChargeRate', 'Type', 'String', 'True', 'True', 'True', NULL, NULL, 20, 'False', 'Charge Rate Type', 'False', 'False', :now, :now, 195, 195),
  ('QuotationChargeRate', 'Name', 'String', 'True', 'True', 'True', NULL, NULL, 30, 'False', 'Charge Rate Name', 'False', 'False', :now, :now, 196, 196),
  ('QuotationChargeRate', 'Rate', 'Float', 'False', 'True', 'False', NULL, NULL, 40, 'False', 'Charge Rate', 'False', 'False', :now, :now, 197, 197),
  ('QuotationChargeRate', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 193, 193),
  ('QuotationChargeRate', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 193, 193),
  ('QuotationChargeRate', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 193, 193),
  ('QuotationChargeRate', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 193, 193),
  ('QuotationChargeRate', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 193, 193);

-- Attributes of Job
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Job', 'Id', 'AutoGen', 'True', 'True', 'True', NULL, NULL, 10, 'False', 'Instance Id', 'False', 'False', :now, :now, 204, 204),
  ('Job', 'JobId', 'String', 'False', 'True', 'False', NULL, NULL, 20, 'False', 'Job Id', 'False', 'False', :now, :now, 205, 205),
  ('Job', 'User', 'String', 'False', 'False', 'False', NULL, NULL, 30, 'False', 'User Name', 'False', 'False', :now, :now, 206, 206),
  ('Job', 'Project', 'String', 'False', 'False', 'False', NULL, NULL, 40, 'False', 'Project Name', 'False', 'False', :now, :now, 207, 207),
  ('Job', 'Machine', 'String', 'False', 'False', 'False', NULL, NULL, 50, 'False', 'Machine Name', 'False', 'False', :now, :now, 208, 208),
  ('Job', 'Charge', 'Currency', 'False', 'False', 'False', NULL, '0', 60, 'False', 'Amount Charged for Job', 'False', 'False', :now, :now, 209, 209),
  ('Job', 'Queue', 'String', 'False', 'False', 'False', NULL, NULL, 70, 'False', 'Class or Queue', 'False', 'False', :now, :now, 210, 210),
  ('Job', 'Type', 'String', 'False', 'False', 'False', NULL, NULL, 80, 'False', 'Job Type', 'False', 'False', :now, :now, 211, 211),
  ('Job', 'Stage', 'String', 'False', 'False', 'False', '(Charge,Quote,Reserve)', NULL, 90, 'False', 'Last Job Stage', 'False', 'False', :now, :now, 212, 212),
  ('Job', 'QualityOfService', 'String', 'False', 'False', 'False', NULL, NULL, 100, 'False', 'Quality of Service', 'False', 'False', :now, :now, 213, 213),
  ('Job', 'Nodes', 'Integer', 'False', 'False', 'False', NULL, NULL, 110, 'False', 'Number of Nodes for the Job', 'False', 'False', :now, :now, 214, 214),
  ('Job', 'Processors', 'Integer', 'False', 'False', 'False', NULL, NULL, 120, 'False', 'Number of Processors for the Job', 'False', 'False', :now, :now, 215, 215),
  ('Job', 'Executable', 'String', 'False', 'False', 'False', NULL, NULL, 130, 'False', 'Executable', 'False', 'False', :now, :now, 216, 216),
  ('Job', 'Application', 'String', 'False', 'False', 'False', '(Gaussian,Nwchem)', NULL, 140, 'False', 'Application', 'False', 'False', :now, :now, 217, 217),
  ('Job', 'StartTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 150, 'False', 'Start Time', 'False', 'False', :now, :now, 218, 218),
  ('Job', 'EndTime', 'TimeStamp', 'False', 'False', 'False', NULL, NULL, 160, 'False', 'Completion Time', 'False', 'False', :now, :now, 219, 219),
  ('Job', 'WallDuration', 'Integer', 'False', 'False', 'False', NULL, NULL, 170, 'False', 'Wallclock Time in seconds', 'False', 'False', :now, :now, 220, 220),
  ('Job', 'QuoteId', 'String', 'False', 'False', 'False', NULL, NULL, 180, 'False', 'Quote Id', 'False', 'False', :now, :now, 221, 221),
  ('Job', 'CallType', 'String', 'False', 'False', 'False', '(Back,Forward,Normal)', 'Normal', 200, 'True', 'Call Type', 'False', 'False', :now, :now, 222, 222),
  ('Job', 'Description', 'String', 'False', 'False', 'False', NULL, NULL, 900, 'False', 'Description', 'False', 'False', :now, :now, 223, 223),
  ('Job', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 203, 203),
  ('Job', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 203, 203),
  ('Job', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 203, 203),
  ('Job', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 203, 203),
  ('Job', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 203, 203);

-- Attributes of AccountAccount
INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values, g_default_value, g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('AccountAccount', 'Account', 'String', 'True', 'True', 'True', '@Account', NULL, 10, 'False', 'Parent Account Id', 'False', 'False', :now, :now, 234, 234),
  ('AccountAccount', 'Id', 'String', 'True', 'True', 'True', '@Account', NULL, 20, 'False', 'Child Account Id', 'False', 'False', :now, :now, 235, 235),
  ('AccountAccount', 'DepositShare', 'Integer', 'False', 'True', 'False', NULL, '0', 30, 'False', 'Deposit Share', 'False', 'False', :now, :now, 236, 236),
  ('AccountAccount', 'Overflow', 'Boolean', 'False', 'False', 'False', NULL, 'False', 40, 'False', 'Do descendant charges overflow into this Account?', 'False', 'False', :now, :now, 237, 237),
  ('AccountAccount', 'CreationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 950, 'True', 'First Created', 'False', 'False', :now, :now, 233, 233),
  ('AccountAccount', 'ModificationTime', 'TimeStamp', 'False', 'False', 'True', NULL, NULL, 960, 'True', 'Last Updated', 'False', 'False', :now, :now, 233, 233),
  ('AccountAccount', 'Deleted', 'Boolean', 'False', 'False', 'True', NULL, NULL, 970, 'True', 'Is this object deleted?', 'False', 'False', :now, :now, 233, 233),
  ('AccountAccount', 'RequestId', 'Integer', 'False', 'False', 'True', NULL, NULL, 980, 'True', 'Last Modifying Request Id', 'False', 'False', :now, :now, 233, 233),
  ('AccountAccount', 'TransactionId', 'Integer', 'False', 'False', 'True', NULL, NULL, 990, 'True', 'Last Modifying Transaction Id', 'False', 'False', :now, :now, 233, 233);

-- Actions
INSERT INTO g_action (g_object, g_name, g_display, g_description, g_special, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Object', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Object', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Attribute', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Action', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Query', 'True', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Undo', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Transaction', 'Redo', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('System', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('System', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('System', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('System', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('System', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('System', 'Refresh', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('User', 'Create', 'True', NULL, 'False', 'False', :now, :now, 0, 0),
  ('User', 'Query', 'True', NULL, 'False', 'False', :now, :now, 0, 0),
  ('User', 'Modify', 'True', NULL, 'False', 'False', :now, :now, 0, 0),
  ('User', 'Delete', 'True', NULL, 'False', 'False', :now, :now, 0, 0),
  ('User', 'Undelete', 'True', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Role', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleAction', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('RoleUser', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Create', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Query', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Modify', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Delete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('Password', 'Undelete', 'False', NULL, 'False', 'False', :now, :now, 0, 0),
  ('ANY', 'ANY', 'False', 'Any Action', 'True', 'False', :now, :now, 0, 0),
  ('NONE', 'NONE', 'False', 'No Action', 'True', 'False', :now, :now, 0, 0),
  ('Organization', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 15, 15),
  ('Organization', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 16, 16),
  ('Organization', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 17, 17),
  ('Organization', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 18, 18),
  ('Organization', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 19, 19),
  ('Project', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 33, 33),
  ('Project', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 34, 34),
  ('Project', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 35, 35),
  ('Project', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 36, 36),
  ('Project', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 37, 37),
  ('Machine', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 46, 46),
  ('Machine', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 47, 47),
  ('Machine', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 48, 48),
  ('Machine', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 49, 49),
  ('Machine', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 50, 50),
  ('ProjectUser', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 56, 56),
  ('ProjectUser', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 57, 57),
  ('ProjectUser', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 58, 58),
  ('ProjectUser', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 59, 59),
  ('ProjectUser', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 60, 60),
  ('ProjectMachine', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 65, 65),
  ('ProjectMachine', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 66, 66),
  ('ProjectMachine', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 67, 67),
  ('ProjectMachine', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 68, 68),
  ('ProjectMachine', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 69, 69),
  ('Account', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 74, 74),
  ('Account', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 75, 75),
  ('Account', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 76, 76),
  ('Account', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 77, 77),
  ('Account', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 78, 78),
  ('Account', 'Withdraw', 'True', 'Withdraw', 'False', 'False', :now, :now, 79, 79),
  ('Account', 'Balance', 'True', 'Balance', 'False', 'False', :now, :now, 80, 80),
  ('Account', 'Deposit', 'True', 'Deposit', 'False', 'False', :now, :now, 81, 81),
  ('Account', 'Transfer', 'True', 'Transfer', 'False', 'False', :now, :now, 82, 82),
  ('AccountProject', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 87, 87),
  ('AccountProject', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 88, 88),
  ('AccountProject', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 89, 89),
  ('AccountProject', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 90, 90),
  ('AccountProject', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 91, 91),
  ('AccountUser', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 96, 96),
  ('AccountUser', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 97, 97),
  ('AccountUser', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 98, 98),
  ('AccountUser', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 99, 99),
  ('AccountUser', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 100, 100),
  ('AccountMachine', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 105, 105),
  ('AccountMachine', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 106, 106),
  ('AccountMachine', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 107, 107),
  ('AccountMachine', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 108, 108),
  ('AccountMachine', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 109, 109),
  ('AccountOrganization', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 117, 117),
  ('AccountOrganization', 'Query', 'False', 'Query', 'False', 'False', :now, :now, 118, 118),
  ('AccountOrganization', 'Modify', 'False', 'Modify', 'False', 'False', :now, :now, 119, 119),
  ('AccountOrganization', 'Delete', 'False', 'Delete', 'False', 'False', :now, :now, 120, 120),
  ('AccountOrganization', 'Undelete', 'False', 'Undelete', 'False', 'False', :now, :now, 121, 121),
  ('Allocation', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 133, 133),
  ('Allocation', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 134, 134),
  ('Allocation', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 135, 135),
  ('Allocation', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 136, 136),
  ('Allocation', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 137, 137),
  ('Allocation', 'Refresh', 'False', 'Refresh', 'False', 'False', :now, :now, 138, 138),
  ('Reservation', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 150, 150),
  ('Reservation', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 151, 151),
  ('Reservation', 'Modify', 'False', 'Modify', 'False', 'False', :now, :now, 152, 152),
  ('Reservation', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 153, 153),
  ('Reservation', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 154, 154),
  ('ReservationAllocation', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 160, 160),
  ('ReservationAllocation', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 161, 161),
  ('ReservationAllocation', 'Modify', 'False', 'Modify', 'False', 'False', :now, :now, 162, 162),
  ('ReservationAllocation', 'Delete', 'False', 'Delete', 'False', 'False', :now, :now, 163, 163),
  ('ReservationAllocation', 'Undelete', 'False', 'Undelete', 'False', 'False', :now, :now, 164, 164),
  ('Quotation', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 178, 178),
  ('Quotation', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 179, 179),
  ('Quotation', 'Modify', 'False', 'Modify', 'False', 'False', :now, :now, 180, 180),
  ('Quotation', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 181, 181),
  ('Quotation', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 182, 182),
  ('ChargeRate', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 188, 188),
  ('ChargeRate', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 189, 189),
  ('ChargeRate', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 190, 190),
  ('ChargeRate', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 191, 191),
  ('ChargeRate', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 192, 192),
  ('QuotationChargeRate', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 198, 198),
  ('QuotationChargeRate', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 199, 199),
  ('QuotationChargeRate', 'Modify', 'False', 'Modify', 'False', 'False', :now, :now, 200, 200),
  ('QuotationChargeRate', 'Delete', 'False', 'Delete', 'False', 'False', :now, :now, 201, 201),
  ('QuotationChargeRate', 'Undelete', 'False', 'Undelete', 'False', 'False', :now, :now, 202, 202),
  ('Job', 'Create', 'True', 'Create', 'False', 'False', :now, :now, 224, 224),
  ('Job', 'Query', 'True', 'Query', 'False', 'False', :now, :now, 225, 225),
  ('Job', 'Modify', 'True', 'Modify', 'False', 'False', :now, :now, 226, 226),
  ('Job', 'Delete', 'True', 'Delete', 'False', 'False', :now, :now, 227, 227),
  ('Job', 'Undelete', 'True', 'Undelete', 'False', 'False', :now, :now, 228, 228),
  ('Job', 'Charge', 'False', 'Charge', 'False', 'False', :now, :now, 229, 229),
  ('Job', 'Reserve', 'False', 'Reserve', 'False', 'False', :now, :now, 230, 230),
  ('Job', 'Quote', 'False', 'Quote', 'False', 'False', :now, :now, 231, 231),
  ('Job', 'Refund', 'True', 'Refund', 'False', 'False', :now, :now, 232, 232),
  ('AccountAccount', 'Create', 'False', 'Create', 'False', 'False', :now, :now, 238, 238),
  ('AccountAccount', 'Query', 'False', 'Query', 'False', 'False', :now, :now, 239, 239),
  ('AccountAccount', 'Modify', 'False', 'Modify', 'False', 'False', :now, :now, 240, 240),
  ('AccountAccount', 'Delete', 'False', 'Delete', 'False', 'False', :now, :now, 241, 241),
  ('AccountAccount', 'Undelete', 'False', 'Undelete', 'False', 'False', :now, :now, 242, 242);

-- ===========================================================================
-- 4. Bootstrap data (docs/data-model.md, Metadata, docs/data-model.md, Authorization).
--    Request/transaction ids are those of the classic bootstrap script.
-- ===========================================================================

-- The System row (the version of the classic release this bank is compatible with).
INSERT INTO g_system (g_name, g_version, g_description, g_organization, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Gold', '2.0.0.4', 'Beta Release', NULL, 'False', :now, :now, 0, 0);

-- Users: the administrator and the special users. The administrator was made
-- active by User Modify 263 (request 264); ANY, NONE and SELF inactive by
-- User Modify 264 (request 265); MEMBERS was created by transaction 265.
INSERT INTO g_user (g_name, g_description, g_special, g_active, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  (:'admin', 'Gold Admin', 'False', 'True', 'False', :now, :now, 264, 263),
  ('ANY', 'Any User', 'True', 'False', 'False', :now, :now, 265, 264),
  ('NONE', 'No User', 'True', 'False', 'False', :now, :now, 265, 264),
  ('SELF', 'Authenticated User', 'True', 'False', 'False', :now, :now, 265, 264),
  ('MEMBERS', 'Any User which is a member of the Project', 'True', 'False', 'False', :now, :now, 266, 265);

-- Journal of those two User Modifies: the versions they replaced (created
-- before the Active attribute existed, hence Active NULL).
INSERT INTO g_user_log (g_name, g_description, g_special, g_active, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  (:'admin', 'Gold Admin', 'False', NULL, 'False', :now, :now, 0, 0),
  ('ANY', 'Any User', 'True', NULL, 'False', :now, :now, 0, 0),
  ('NONE', 'No User', 'True', NULL, 'False', :now, :now, 0, 0),
  ('SELF', 'Authenticated User', 'True', NULL, 'False', :now, :now, 0, 0);

-- Roles
INSERT INTO g_role (g_name, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('SystemAdmin', 'Can update or view any object', 'False', :now, :now, 0, 0),
  ('Anonymous', 'Things that can be done by anybody', 'False', :now, :now, 0, 0),
  ('OVERRIDE', 'A custom authorization method will be invoked', 'False', :now, :now, 0, 0),
  ('ProjectAdmin', 'Can update or view a project they are admin for', 'False', :now, :now, 244, 244),
  ('UserServices', 'User Services', 'False', :now, :now, 246, 246),
  ('Scheduler', 'Scheduler relevant Transactions', 'False', :now, :now, 253, 253);

-- Privileges: (Role, Object, action Name, Instance)
INSERT INTO g_role_action (g_role, g_object, g_name, g_instance, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('SystemAdmin', 'ANY', 'ANY', 'ANY', 'False', :now, :now, 0, 0),
  ('Anonymous', 'ANY', 'Query', 'ANY', 'False', :now, :now, 0, 0),
  ('Anonymous', 'Password', 'ANY', 'SELF', 'False', :now, :now, 0, 0),
  ('Anonymous', 'Account', 'Balance', 'ANY', 'False', :now, :now, 243, 243),
  ('ProjectAdmin', 'Project', 'ANY', 'ADMIN', 'False', :now, :now, 245, 245),
  ('UserServices', 'Job', 'Refund', 'ANY', 'False', :now, :now, 247, 247),
  ('UserServices', 'User', 'ANY', 'ANY', 'False', :now, :now, 248, 248),
  ('UserServices', 'Machine', 'ANY', 'ANY', 'False', :now, :now, 249, 249),
  ('UserServices', 'Project', 'ANY', 'ANY', 'False', :now, :now, 250, 250),
  ('UserServices', 'ProjectUser', 'ANY', 'ANY', 'False', :now, :now, 251, 251),
  ('UserServices', 'ProjectMachine', 'ANY', 'ANY', 'False', :now, :now, 252, 252),
  ('Scheduler', 'Job', 'Charge', 'ANY', 'False', :now, :now, 254, 254),
  ('Scheduler', 'Job', 'Quote', 'ANY', 'False', :now, :now, 255, 255),
  ('Scheduler', 'Job', 'Reserve', 'ANY', 'False', :now, :now, 256, 256),
  ('OVERRIDE', 'Account', 'Balance', 'ANY', 'False', :now, :now, 258, 258);

-- Role holders: the administrator is SystemAdmin; everybody is Anonymous and OVERRIDE.
INSERT INTO g_role_user (g_role, g_name, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('SystemAdmin', :'admin', 'False', :now, :now, 0, 0),
  ('Anonymous', 'ANY', 'False', :now, :now, 0, 0),
  ('OVERRIDE', 'ANY', 'False', :now, :now, 257, 257);

-- Special projects and machines (wildcards, docs/data-model.md, Metadata)
INSERT INTO g_project (g_name, g_active, g_organization, g_special, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('NONE', 'False', NULL, 'True', 'No Project', 'False', :now, :now, 260, 259),
  ('ADMIN', 'False', NULL, 'True', 'Any Project which the User is an admin for', 'False', :now, :now, 261, 260),
  ('MEMBERS', 'False', NULL, 'True', 'Any Project the User is a member of', 'False', :now, :now, 262, 261),
  ('ANY', 'False', NULL, 'True', 'Any Project', 'False', :now, :now, 263, 262);

INSERT INTO g_machine (g_name, g_active, g_architecture, g_operating_system, g_organization, g_special, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('NONE', 'False', NULL, NULL, NULL, 'True', 'No Machine', 'False', :now, :now, 267, 266),
  ('MEMBERS', 'False', NULL, NULL, NULL, 'True', 'Any Machine which is a member of the Project', 'False', :now, :now, 268, 267),
  ('ADMIN', 'False', NULL, NULL, NULL, 'True', 'Any Machine which the User is an admin for', 'False', :now, :now, 269, 268),
  ('ANY', 'False', NULL, NULL, NULL, 'True', 'Any Machine', 'False', :now, :now, 270, 269);

-- The default charge rate: Resource Processors, rate 1.
INSERT INTO g_charge_rate (g_type, g_name, g_rate, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id) VALUES
  ('Resource', 'Processors', 1, NULL, 'False', :now, :now, 271, 270);

-- Id generators: g_next_id is the next id to hand out. Request 272 and
-- Transaction 271 continue the numbering of the bootstrap journal below.
INSERT INTO g_key_generator (g_name, g_next_id) VALUES
  ('Account', 1),
  ('Allocation', 1),
  ('Reservation', 1),
  ('Quotation', 1),
  ('Job', 1),
  ('Request', 272),
  ('Transaction', 271);

-- ===========================================================================
-- 5. The Transaction journal of the bootstrap (270 rows, ids 1..270, from
--    bootstrap-transactions.tsv). Rows 263/264 named the administrator of the
--    machine the classic dump came from (gold); the real one is used here.
-- ===========================================================================
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_details, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES
  (1, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=String,Sequence=180', 'Project Name', 'False', :now, :now, 1, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (2, 'Attribute', 'Create', :'admin', 'User', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=String,Sequence=190', 'User Name', 'False', :now, :now, 2, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (3, 'Attribute', 'Create', :'admin', 'Machine', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=String,Sequence=200', 'Machine Name', 'False', :now, :now, 3, 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (4, 'Attribute', 'Create', :'admin', 'JobId', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=String,Sequence=210', 'Job Id', 'False', :now, :now, 4, 4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (5, 'Attribute', 'Create', :'admin', 'Amount', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=Currency,Sequence=220', 'Amount', 'False', :now, :now, 5, 5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (6, 'Attribute', 'Create', :'admin', 'Delta', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=Currency,Sequence=230', 'Account Delta', 'False', :now, :now, 6, 6, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (7, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=Integer,Sequence=240', 'Account Id', 'False', :now, :now, 7, 7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (8, 'Attribute', 'Create', :'admin', 'Allocation', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Transaction,DataType=Integer,Sequence=250', 'Allocation Id', 'False', :now, :now, 8, 8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (9, 'Object', 'Create', :'admin', 'Organization', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Virtual Organization', 'False', :now, :now, 9, 9, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (10, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Organization,DataType=String,Sequence=10', 'Organization Name', 'False', :now, :now, 10, 10, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (11, 'Attribute', 'Create', :'admin', 'Host', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Organization,DataType=String,Sequence=20', 'Host Name', 'False', :now, :now, 11, 11, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (12, 'Attribute', 'Create', :'admin', 'Port', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Organization,DataType=String,Sequence=30', 'Port Number', 'False', :now, :now, 12, 12, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (13, 'Attribute', 'Create', :'admin', 'Special', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Object=Organization,Hidden=True,DataType=Boolean,DefaultValue=False,Sequence=200', 'Is this a Special Organization?', 'False', :now, :now, 13, 13, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (14, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Organization,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 14, 14, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (15, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=Organization,Special=False', 'Create', 'False', :now, :now, 15, 15, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (16, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Organization,Special=False', 'Query', 'False', :now, :now, 16, 16, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (17, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Organization,Special=False', 'Modify', 'False', :now, :now, 17, 17, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (18, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Organization,Special=False', 'Delete', 'False', :now, :now, 18, 18, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (19, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Organization,Special=False', 'Undelete', 'False', :now, :now, 19, 19, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (20, 'Attribute', 'Create', :'admin', 'Organization', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Organization,Deleted=False,Hidden=False,Object=System,DataType=String,Sequence=30', 'Organization Name', 'False', :now, :now, 20, 20, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (21, 'Attribute', 'Create', :'admin', 'Active', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=User,DataType=Boolean,DefaultValue=True,Sequence=20', 'Is the User Active?', 'False', :now, :now, 21, 21, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (22, 'Attribute', 'Create', :'admin', 'CommonName', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=User,DataType=String,Sequence=30', 'Full Name', 'False', :now, :now, 22, 22, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (23, 'Attribute', 'Create', :'admin', 'PhoneNumber', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=User,DataType=String,Sequence=40', 'Phone Number', 'False', :now, :now, 23, 23, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (24, 'Attribute', 'Create', :'admin', 'EmailAddress', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=User,DataType=String,Sequence=50', 'Email Address', 'False', :now, :now, 24, 24, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (25, 'Attribute', 'Create', :'admin', 'DefaultProject', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Project,Deleted=False,Hidden=False,Object=User,DataType=String,Sequence=60', 'Default Project', 'False', :now, :now, 25, 25, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (26, 'Attribute', 'Create', :'admin', 'Organization', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Organization,Deleted=False,Hidden=False,Object=User,DataType=String,Sequence=70', 'Organization', 'False', :now, :now, 26, 26, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (27, 'Object', 'Create', :'admin', 'Project', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Project', 'False', :now, :now, 27, 27, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (28, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Project,DataType=String,Sequence=10', 'Project Name', 'False', :now, :now, 28, 28, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (29, 'Attribute', 'Create', :'admin', 'Active', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Project,DataType=Boolean,DefaultValue=True,Sequence=20', 'Is the Project Active?', 'False', :now, :now, 29, 29, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (30, 'Attribute', 'Create', :'admin', 'Organization', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Organization,Deleted=False,Hidden=False,Object=Project,DataType=String,Sequence=30', 'Organization', 'False', :now, :now, 30, 30, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (31, 'Attribute', 'Create', :'admin', 'Special', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Object=Project,Hidden=True,DataType=Boolean,DefaultValue=False,Sequence=200', 'Is this a Special Project?', 'False', :now, :now, 31, 31, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (32, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Project,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 32, 32, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (33, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=Project,Special=False', 'Create', 'False', :now, :now, 33, 33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (34, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Project,Special=False', 'Query', 'False', :now, :now, 34, 34, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (35, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Project,Special=False', 'Modify', 'False', :now, :now, 35, 35, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (36, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Project,Special=False', 'Delete', 'False', :now, :now, 36, 36, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (37, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Project,Special=False', 'Undelete', 'False', :now, :now, 37, 37, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (38, 'Object', 'Create', :'admin', 'Machine', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Machine', 'False', :now, :now, 38, 38, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (39, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Machine,DataType=String,Sequence=10', 'Machine Name', 'False', :now, :now, 39, 39, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (40, 'Attribute', 'Create', :'admin', 'Active', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Machine,DataType=Boolean,DefaultValue=True,Sequence=20', 'Is the Machine Active?', 'False', :now, :now, 40, 40, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (41, 'Attribute', 'Create', :'admin', 'Architecture', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Machine,DataType=String,Sequence=30', 'System Architecture', 'False', :now, :now, 41, 41, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (42, 'Attribute', 'Create', :'admin', 'OperatingSystem', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Machine,DataType=String,Sequence=40', 'Operating System', 'False', :now, :now, 42, 42, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (43, 'Attribute', 'Create', :'admin', 'Organization', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Organization,Deleted=False,Hidden=False,Object=Machine,DataType=String,Sequence=50', 'Organization', 'False', :now, :now, 43, 43, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (44, 'Attribute', 'Create', :'admin', 'Special', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Object=Machine,Hidden=True,DataType=Boolean,DefaultValue=False,Sequence=200', 'Is this a Special Machine?', 'False', :now, :now, 44, 44, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (45, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Machine,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 45, 45, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (46, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=Machine,Special=False', 'Create', 'False', :now, :now, 46, 46, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (47, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Machine,Special=False', 'Query', 'False', :now, :now, 47, 47, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (48, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Machine,Special=False', 'Modify', 'False', :now, :now, 48, 48, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (49, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Machine,Special=False', 'Delete', 'False', :now, :now, 49, 49, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (50, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Machine,Special=False', 'Undelete', 'False', :now, :now, 50, 50, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_details, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES
  (51, 'Object', 'Create', :'admin', 'ProjectUser', NULL, 1, 'Deleted=False,Child=User,Special=False,Parent=Project,Association=True', 'Membership mapping Users to Projects', 'False', :now, :now, 51, 51, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (52, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Project,Deleted=False,Hidden=False,Object=ProjectUser,DataType=String,Sequence=10', 'Parent Project Name', 'False', :now, :now, 52, 52, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (53, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@User,Deleted=False,Hidden=False,Object=ProjectUser,DataType=String,Sequence=20', 'Member User Name', 'False', :now, :now, 53, 53, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (54, 'Attribute', 'Create', :'admin', 'Active', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=ProjectUser,DataType=Boolean,DefaultValue=True,Sequence=30', 'Is this subProject Active?', 'False', :now, :now, 54, 54, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (55, 'Attribute', 'Create', :'admin', 'Admin', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=ProjectUser,DataType=Boolean,DefaultValue=False,Sequence=40', 'Is this user a Project Administrator?', 'False', :now, :now, 55, 55, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (56, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=ProjectUser,Special=False', 'Create', 'False', :now, :now, 56, 56, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (57, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=ProjectUser,Special=False', 'Query', 'False', :now, :now, 57, 57, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (58, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=ProjectUser,Special=False', 'Modify', 'False', :now, :now, 58, 58, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (59, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=ProjectUser,Special=False', 'Delete', 'False', :now, :now, 59, 59, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (60, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=ProjectUser,Special=False', 'Undelete', 'False', :now, :now, 60, 60, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (61, 'Object', 'Create', :'admin', 'ProjectMachine', NULL, 1, 'Deleted=False,Child=Machine,Special=False,Parent=Project,Association=True', 'Membership mapping Machines to Projects', 'False', :now, :now, 61, 61, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (62, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Project,Deleted=False,Hidden=False,Object=ProjectMachine,DataType=String,Sequence=10', 'Parent Project Name', 'False', :now, :now, 62, 62, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (63, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Machine,Deleted=False,Hidden=False,Object=ProjectMachine,DataType=String,Sequence=20', 'Member Machine Name', 'False', :now, :now, 63, 63, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (64, 'Attribute', 'Create', :'admin', 'Active', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=ProjectMachine,DataType=Boolean,DefaultValue=True,Sequence=30', 'Is this subProject Active?', 'False', :now, :now, 64, 64, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (65, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=ProjectMachine,Special=False', 'Create', 'False', :now, :now, 65, 65, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (66, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=ProjectMachine,Special=False', 'Query', 'False', :now, :now, 66, 66, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (67, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=ProjectMachine,Special=False', 'Modify', 'False', :now, :now, 67, 67, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (68, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=ProjectMachine,Special=False', 'Delete', 'False', :now, :now, 68, 68, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (69, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=ProjectMachine,Special=False', 'Undelete', 'False', :now, :now, 69, 69, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (70, 'Object', 'Create', :'admin', 'Account', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Account', 'False', :now, :now, 70, 70, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (71, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Account,DataType=AutoGen,Sequence=10', 'Account Id', 'False', :now, :now, 71, 71, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (72, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Account,DataType=String,Sequence=20', 'Account Name', 'False', :now, :now, 72, 72, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (73, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Account,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 73, 73, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (74, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Create', 'False', :now, :now, 74, 74, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (75, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Query', 'False', :now, :now, 75, 75, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (76, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Modify', 'False', :now, :now, 76, 76, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (77, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Delete', 'False', :now, :now, 77, 77, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (78, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Undelete', 'False', :now, :now, 78, 78, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (79, 'Action', 'Create', :'admin', 'Withdraw', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Withdraw', 'False', :now, :now, 79, 79, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (80, 'Action', 'Create', :'admin', 'Balance', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Balance', 'False', :now, :now, 80, 80, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (81, 'Action', 'Create', :'admin', 'Deposit', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Deposit', 'False', :now, :now, 81, 81, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (82, 'Action', 'Create', :'admin', 'Transfer', NULL, 1, 'Display=True,Deleted=False,Object=Account,Special=False', 'Transfer', 'False', :now, :now, 82, 82, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (83, 'Object', 'Create', :'admin', 'AccountProject', NULL, 1, 'Deleted=False,Child=Project,Special=False,Parent=Account,Association=True', 'Project Access control List', 'False', :now, :now, 83, 83, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (84, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=AccountProject,DataType=Integer,Sequence=10', 'Parent Account Id', 'False', :now, :now, 84, 84, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (85, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Project,Deleted=False,Hidden=False,Object=AccountProject,DataType=String,Sequence=20', 'Child Project Name', 'False', :now, :now, 85, 85, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (86, 'Attribute', 'Create', :'admin', 'Access', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountProject,DataType=Boolean,DefaultValue=True,Sequence=30', 'Access Allowed? (vs Denied)', 'False', :now, :now, 86, 86, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (87, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=AccountProject,Special=False', 'Create', 'False', :now, :now, 87, 87, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (88, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=AccountProject,Special=False', 'Query', 'False', :now, :now, 88, 88, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (89, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=AccountProject,Special=False', 'Modify', 'False', :now, :now, 89, 89, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (90, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=AccountProject,Special=False', 'Delete', 'False', :now, :now, 90, 90, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (91, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=AccountProject,Special=False', 'Undelete', 'False', :now, :now, 91, 91, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (92, 'Object', 'Create', :'admin', 'AccountUser', NULL, 1, 'Deleted=False,Child=User,Special=False,Parent=Account,Association=True', 'User Access control List', 'False', :now, :now, 92, 92, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (93, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=AccountUser,DataType=Integer,Sequence=10', 'Parent Account Id', 'False', :now, :now, 93, 93, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (94, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@User,Deleted=False,Hidden=False,Object=AccountUser,DataType=String,Sequence=20', 'Child User Name', 'False', :now, :now, 94, 94, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (95, 'Attribute', 'Create', :'admin', 'Access', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountUser,DataType=Boolean,DefaultValue=True,Sequence=30', 'Access Allowed? (vs Denied)', 'False', :now, :now, 95, 95, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (96, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=AccountUser,Special=False', 'Create', 'False', :now, :now, 96, 96, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (97, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=AccountUser,Special=False', 'Query', 'False', :now, :now, 97, 97, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (98, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=AccountUser,Special=False', 'Modify', 'False', :now, :now, 98, 98, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (99, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=AccountUser,Special=False', 'Delete', 'False', :now, :now, 99, 99, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (100, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=AccountUser,Special=False', 'Undelete', 'False', :now, :now, 100, 100, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_details, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES
  (101, 'Object', 'Create', :'admin', 'AccountMachine', NULL, 1, 'Deleted=False,Child=Machine,Special=False,Parent=Account,Association=True', 'Machine Access control List', 'False', :now, :now, 101, 101, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (102, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=AccountMachine,DataType=Integer,Sequence=10', 'Parent Account Id', 'False', :now, :now, 102, 102, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (103, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Machine,Deleted=False,Hidden=False,Object=AccountMachine,DataType=String,Sequence=20', 'Child Machine Name', 'False', :now, :now, 103, 103, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (104, 'Attribute', 'Create', :'admin', 'Access', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountMachine,DataType=Boolean,DefaultValue=True,Sequence=30', 'Access Allowed? (vs Denied)', 'False', :now, :now, 104, 104, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (105, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=AccountMachine,Special=False', 'Create', 'False', :now, :now, 105, 105, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (106, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=AccountMachine,Special=False', 'Query', 'False', :now, :now, 106, 106, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (107, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=AccountMachine,Special=False', 'Modify', 'False', :now, :now, 107, 107, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (108, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=AccountMachine,Special=False', 'Delete', 'False', :now, :now, 108, 108, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (109, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=AccountMachine,Special=False', 'Undelete', 'False', :now, :now, 109, 109, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (110, 'Object', 'Create', :'admin', 'AccountOrganization', NULL, 1, 'Deleted=False,Child=Organization,Special=False,Parent=Account,Association=True', 'Forwarding Account Information', 'False', :now, :now, 110, 110, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (111, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=AccountOrganization,DataType=Integer,Sequence=10', 'Parent Account Id', 'False', :now, :now, 111, 111, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (112, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Organization,Deleted=False,Hidden=False,Object=AccountOrganization,DataType=String,Sequence=20', 'Child Organization Name', 'False', :now, :now, 112, 112, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (113, 'Attribute', 'Create', :'admin', 'User', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountOrganization,DataType=String,Sequence=30', 'Forwarding User', 'False', :now, :now, 113, 113, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (114, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountOrganization,DataType=String,Sequence=40', 'Forwarding Project', 'False', :now, :now, 114, 114, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (115, 'Attribute', 'Create', :'admin', 'Machine', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountOrganization,DataType=String,Sequence=50', 'Forwarding Machine', 'False', :now, :now, 115, 115, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (116, 'Attribute', 'Create', :'admin', 'Type', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountOrganization,DataType=String,DefaultValue=Forward,Sequence=60', 'Service Type', 'False', :now, :now, 116, 116, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (117, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=AccountOrganization,Special=False', 'Create', 'False', :now, :now, 117, 117, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (118, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=False,Deleted=False,Object=AccountOrganization,Special=False', 'Query', 'False', :now, :now, 118, 118, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (119, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=False,Deleted=False,Object=AccountOrganization,Special=False', 'Modify', 'False', :now, :now, 119, 119, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (120, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=False,Deleted=False,Object=AccountOrganization,Special=False', 'Delete', 'False', :now, :now, 120, 120, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (121, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=False,Deleted=False,Object=AccountOrganization,Special=False', 'Undelete', 'False', :now, :now, 121, 121, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (122, 'Object', 'Create', :'admin', 'Allocation', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Allocation', 'False', :now, :now, 122, 122, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (123, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Allocation,DataType=AutoGen,Sequence=10', 'Allocation Id', 'False', :now, :now, 123, 123, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (124, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=Allocation,DataType=Integer,Sequence=20', 'Account Id', 'False', :now, :now, 124, 124, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (125, 'Attribute', 'Create', :'admin', 'StartTime', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=TimeStamp,DefaultValue=-infinity,Sequence=30', 'Start Time', 'False', :now, :now, 125, 125, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (126, 'Attribute', 'Create', :'admin', 'EndTime', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=TimeStamp,DefaultValue=infinity,Sequence=40', 'End Time', 'False', :now, :now, 126, 126, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (127, 'Attribute', 'Create', :'admin', 'Amount', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=Currency,Sequence=50', 'Amount', 'False', :now, :now, 127, 127, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (128, 'Attribute', 'Create', :'admin', 'CreditLimit', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=Currency,DefaultValue=0,Sequence=60', 'Credit Limit', 'False', :now, :now, 128, 128, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (129, 'Attribute', 'Create', :'admin', 'Deposited', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=Currency,DefaultValue=0,Sequence=70', 'Total Deposited', 'False', :now, :now, 129, 129, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (130, 'Attribute', 'Create', :'admin', 'Active', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=Boolean,DefaultValue=True,Sequence=80', 'Is the Allocation Active?', 'False', :now, :now, 130, 130, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (131, 'Attribute', 'Create', :'admin', 'CallType', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=(Back,Forward,Normal),Deleted=False,Object=Allocation,Hidden=True,DataType=String,DefaultValue=Normal,Sequence=200', 'Call Type', 'False', :now, :now, 131, 131, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (132, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Allocation,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 132, 132, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (133, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=Allocation,Special=False', 'Create', 'False', :now, :now, 133, 133, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (134, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Allocation,Special=False', 'Query', 'False', :now, :now, 134, 134, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (135, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Allocation,Special=False', 'Modify', 'False', :now, :now, 135, 135, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (136, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Allocation,Special=False', 'Delete', 'False', :now, :now, 136, 136, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (137, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Allocation,Special=False', 'Undelete', 'False', :now, :now, 137, 137, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (138, 'Action', 'Create', :'admin', 'Refresh', NULL, 1, 'Display=False,Deleted=False,Object=Allocation,Special=False', 'Refresh', 'False', :now, :now, 138, 138, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (139, 'Object', 'Create', :'admin', 'Reservation', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Reservation', 'False', :now, :now, 139, 139, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (140, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Reservation,DataType=AutoGen,Sequence=10', 'Reservation Id', 'False', :now, :now, 140, 140, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (141, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Reservation,DataType=String,Sequence=20', 'Reservation Name', 'False', :now, :now, 141, 141, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (142, 'Attribute', 'Create', :'admin', 'Job', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Job,Deleted=False,Hidden=False,Object=Reservation,DataType=String,Sequence=30', 'Gold Job Id', 'False', :now, :now, 142, 142, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (143, 'Attribute', 'Create', :'admin', 'User', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@User,Deleted=False,Hidden=False,Object=Reservation,DataType=String,Sequence=40', 'User Name', 'False', :now, :now, 143, 143, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (144, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Project,Deleted=False,Hidden=False,Object=Reservation,DataType=String,Sequence=50', 'Project Name', 'False', :now, :now, 144, 144, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (145, 'Attribute', 'Create', :'admin', 'Machine', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Machine,Deleted=False,Hidden=False,Object=Reservation,DataType=String,Sequence=60', 'Machine Name', 'False', :now, :now, 145, 145, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (146, 'Attribute', 'Create', :'admin', 'StartTime', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Reservation,DataType=TimeStamp,DefaultValue=-infinity,Sequence=70', 'When does this Reservation start?', 'False', :now, :now, 146, 146, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (147, 'Attribute', 'Create', :'admin', 'EndTime', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Reservation,DataType=TimeStamp,DefaultValue=infinity,Sequence=80', 'When does this Reservation expire?', 'False', :now, :now, 147, 147, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (148, 'Attribute', 'Create', :'admin', 'CallType', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=(Back,Forward,Normal),Deleted=False,Object=Reservation,Hidden=True,DataType=String,DefaultValue=Normal,Sequence=200', 'Call Type', 'False', :now, :now, 148, 148, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (149, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Reservation,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 149, 149, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (150, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=Reservation,Special=False', 'Create', 'False', :now, :now, 150, 150, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_details, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES
  (151, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Reservation,Special=False', 'Query', 'False', :now, :now, 151, 151, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (152, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Reservation,Special=False', 'Modify', 'False', :now, :now, 152, 152, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (153, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Reservation,Special=False', 'Delete', 'False', :now, :now, 153, 153, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (154, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Reservation,Special=False', 'Undelete', 'False', :now, :now, 154, 154, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (155, 'Object', 'Create', :'admin', 'ReservationAllocation', NULL, 1, 'Deleted=False,Child=Allocation,Special=False,Parent=Reservation,Association=True', 'Reservation Allocation Association', 'False', :now, :now, 155, 155, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (156, 'Attribute', 'Create', :'admin', 'Reservation', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Reservation,Deleted=False,Hidden=False,Object=ReservationAllocation,DataType=Integer,Sequence=10', 'Parent Reservation Id', 'False', :now, :now, 156, 156, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (157, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Allocation,Deleted=False,Hidden=False,Object=ReservationAllocation,DataType=Integer,Sequence=20', 'Child Allocation Id', 'False', :now, :now, 157, 157, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (158, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Values=@Account,Deleted=False,Hidden=False,Object=ReservationAllocation,DataType=Integer,Sequence=30', 'Account Id', 'False', :now, :now, 158, 158, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (159, 'Attribute', 'Create', :'admin', 'Amount', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=ReservationAllocation,DataType=Currency,Sequence=40', 'Resource Credits', 'False', :now, :now, 159, 159, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (160, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=ReservationAllocation,Special=False', 'Create', 'False', :now, :now, 160, 160, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (161, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=ReservationAllocation,Special=False', 'Query', 'False', :now, :now, 161, 161, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (162, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=False,Deleted=False,Object=ReservationAllocation,Special=False', 'Modify', 'False', :now, :now, 162, 162, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (163, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=False,Deleted=False,Object=ReservationAllocation,Special=False', 'Delete', 'False', :now, :now, 163, 163, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (164, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=False,Deleted=False,Object=ReservationAllocation,Special=False', 'Undelete', 'False', :now, :now, 164, 164, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (165, 'Object', 'Create', :'admin', 'Quotation', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Quotation', 'False', :now, :now, 165, 165, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (166, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Quotation,DataType=AutoGen,Sequence=10', 'Quotation Id', 'False', :now, :now, 166, 166, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (167, 'Attribute', 'Create', :'admin', 'Amount', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Quotation,DataType=Currency,Sequence=20', 'Charge Estimate (calculated)', 'False', :now, :now, 167, 167, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (168, 'Attribute', 'Create', :'admin', 'StartTime', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Quotation,DataType=TimeStamp,Sequence=30', 'When does this Quotation start?', 'False', :now, :now, 168, 168, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (169, 'Attribute', 'Create', :'admin', 'EndTime', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Quotation,DataType=TimeStamp,Sequence=40', 'When does this Quotation expire?', 'False', :now, :now, 169, 169, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (170, 'Attribute', 'Create', :'admin', 'WallDuration', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Quotation,DataType=Integer,Sequence=50', 'WallTime Estimate', 'False', :now, :now, 170, 170, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (171, 'Attribute', 'Create', :'admin', 'Job', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Job,Deleted=False,Hidden=False,Object=Quotation,DataType=String,Sequence=60', 'Gold Job Id', 'False', :now, :now, 171, 171, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (172, 'Attribute', 'Create', :'admin', 'User', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@User,Deleted=False,Hidden=False,Object=Quotation,DataType=String,Sequence=70', 'User Name', 'False', :now, :now, 172, 172, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (173, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Project,Deleted=False,Hidden=False,Object=Quotation,DataType=String,Sequence=80', 'Project Name', 'False', :now, :now, 173, 173, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (174, 'Attribute', 'Create', :'admin', 'Machine', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=@Machine,Deleted=False,Hidden=False,Object=Quotation,DataType=String,Sequence=90', 'Machine Name', 'False', :now, :now, 174, 174, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (175, 'Attribute', 'Create', :'admin', 'Uses', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Quotation,DataType=Integer,DefaultValue=1,Sequence=100', 'Number of Times Quote can be Used', 'False', :now, :now, 175, 175, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (176, 'Attribute', 'Create', :'admin', 'CallType', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=(Back,Forward,Normal),Deleted=False,Object=Quotation,Hidden=True,DataType=String,DefaultValue=Normal,Sequence=200', 'Call Type', 'False', :now, :now, 176, 176, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (177, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Quotation,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 177, 177, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (178, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=Quotation,Special=False', 'Create', 'False', :now, :now, 178, 178, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (179, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Quotation,Special=False', 'Query', 'False', :now, :now, 179, 179, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (180, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Quotation,Special=False', 'Modify', 'False', :now, :now, 180, 180, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (181, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Quotation,Special=False', 'Delete', 'False', :now, :now, 181, 181, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (182, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Quotation,Special=False', 'Undelete', 'False', :now, :now, 182, 182, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (183, 'Object', 'Create', :'admin', 'ChargeRate', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Charge Rates', 'False', :now, :now, 183, 183, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (184, 'Attribute', 'Create', :'admin', 'Type', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=ChargeRate,DataType=String,Sequence=10', 'Charge Rate Type', 'False', :now, :now, 184, 184, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (185, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=ChargeRate,DataType=String,Sequence=20', 'Name of Instance of Charge Type', 'False', :now, :now, 185, 185, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (186, 'Attribute', 'Create', :'admin', 'Rate', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=ChargeRate,DataType=Float,Sequence=30', 'Charge Rate', 'False', :now, :now, 186, 186, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (187, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=ChargeRate,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 187, 187, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (188, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=ChargeRate,Special=False', 'Create', 'False', :now, :now, 188, 188, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (189, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=ChargeRate,Special=False', 'Query', 'False', :now, :now, 189, 189, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (190, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=ChargeRate,Special=False', 'Modify', 'False', :now, :now, 190, 190, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (191, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=ChargeRate,Special=False', 'Delete', 'False', :now, :now, 191, 191, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (192, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=ChargeRate,Special=False', 'Undelete', 'False', :now, :now, 192, 192, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (193, 'Object', 'Create', :'admin', 'QuotationChargeRate', NULL, 1, 'Deleted=False,Child=ChargeRate,Special=False,Parent=Quotation,Association=True', 'Charge Rate guaranteed by the associated Quotation', 'False', :now, :now, 193, 193, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (194, 'Attribute', 'Create', :'admin', 'Quotation', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Quotation,Deleted=False,Hidden=False,Object=QuotationChargeRate,DataType=Integer,Sequence=10', 'Parent Quotation Id', 'False', :now, :now, 194, 194, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (195, 'Attribute', 'Create', :'admin', 'Type', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=QuotationChargeRate,DataType=String,Sequence=20', 'Charge Rate Type', 'False', :now, :now, 195, 195, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (196, 'Attribute', 'Create', :'admin', 'Name', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=QuotationChargeRate,DataType=String,Sequence=30', 'Charge Rate Name', 'False', :now, :now, 196, 196, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (197, 'Attribute', 'Create', :'admin', 'Rate', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=QuotationChargeRate,DataType=Float,Sequence=40', 'Charge Rate', 'False', :now, :now, 197, 197, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (198, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=QuotationChargeRate,Special=False', 'Create', 'False', :now, :now, 198, 198, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (199, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=QuotationChargeRate,Special=False', 'Query', 'False', :now, :now, 199, 199, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (200, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=False,Deleted=False,Object=QuotationChargeRate,Special=False', 'Modify', 'False', :now, :now, 200, 200, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_details, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES
  (201, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=False,Deleted=False,Object=QuotationChargeRate,Special=False', 'Delete', 'False', :now, :now, 201, 201, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (202, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=False,Deleted=False,Object=QuotationChargeRate,Special=False', 'Undelete', 'False', :now, :now, 202, 202, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (203, 'Object', 'Create', :'admin', 'Job', NULL, 1, 'Deleted=False,Association=False,Special=False', 'Job', 'False', :now, :now, 203, 203, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (204, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Deleted=False,Hidden=False,Object=Job,DataType=AutoGen,Sequence=10', 'Instance Id', 'False', :now, :now, 204, 204, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (205, 'Attribute', 'Create', :'admin', 'JobId', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=20', 'Job Id', 'False', :now, :now, 205, 205, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (206, 'Attribute', 'Create', :'admin', 'User', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=30', 'User Name', 'False', :now, :now, 206, 206, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (207, 'Attribute', 'Create', :'admin', 'Project', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=40', 'Project Name', 'False', :now, :now, 207, 207, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (208, 'Attribute', 'Create', :'admin', 'Machine', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=50', 'Machine Name', 'False', :now, :now, 208, 208, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (209, 'Attribute', 'Create', :'admin', 'Charge', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=Currency,DefaultValue=0,Sequence=60', 'Amount Charged for Job', 'False', :now, :now, 209, 209, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (210, 'Attribute', 'Create', :'admin', 'Queue', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=70', 'Class or Queue', 'False', :now, :now, 210, 210, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (211, 'Attribute', 'Create', :'admin', 'Type', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=80', 'Job Type', 'False', :now, :now, 211, 211, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (212, 'Attribute', 'Create', :'admin', 'Stage', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=(Charge,Quote,Reserve),Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=90', 'Last Job Stage', 'False', :now, :now, 212, 212, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (213, 'Attribute', 'Create', :'admin', 'QualityOfService', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=100', 'Quality of Service', 'False', :now, :now, 213, 213, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (214, 'Attribute', 'Create', :'admin', 'Nodes', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=Integer,Sequence=110', 'Number of Nodes for the Job', 'False', :now, :now, 214, 214, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (215, 'Attribute', 'Create', :'admin', 'Processors', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=Integer,Sequence=120', 'Number of Processors for the Job', 'False', :now, :now, 215, 215, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (216, 'Attribute', 'Create', :'admin', 'Executable', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=130', 'Executable', 'False', :now, :now, 216, 216, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (217, 'Attribute', 'Create', :'admin', 'Application', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=(Gaussian,Nwchem),Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=140', 'Application', 'False', :now, :now, 217, 217, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (218, 'Attribute', 'Create', :'admin', 'StartTime', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=TimeStamp,Sequence=150', 'Start Time', 'False', :now, :now, 218, 218, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (219, 'Attribute', 'Create', :'admin', 'EndTime', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=TimeStamp,Sequence=160', 'Completion Time', 'False', :now, :now, 219, 219, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (220, 'Attribute', 'Create', :'admin', 'WallDuration', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=Integer,Sequence=170', 'Wallclock Time in seconds', 'False', :now, :now, 220, 220, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (221, 'Attribute', 'Create', :'admin', 'QuoteId', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=180', 'Quote Id', 'False', :now, :now, 221, 221, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (222, 'Attribute', 'Create', :'admin', 'CallType', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Values=(Back,Forward,Normal),Deleted=False,Object=Job,Hidden=True,DataType=String,DefaultValue=Normal,Sequence=200', 'Call Type', 'False', :now, :now, 222, 222, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (223, 'Attribute', 'Create', :'admin', 'Description', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=Job,DataType=String,Sequence=900', 'Description', 'False', :now, :now, 223, 223, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (224, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Create', 'False', :now, :now, 224, 224, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (225, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Query', 'False', :now, :now, 225, 225, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (226, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Modify', 'False', :now, :now, 226, 226, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (227, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Delete', 'False', :now, :now, 227, 227, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (228, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Undelete', 'False', :now, :now, 228, 228, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (229, 'Action', 'Create', :'admin', 'Charge', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Charge', 'False', :now, :now, 229, 229, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (230, 'Action', 'Create', :'admin', 'Reserve', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Reserve', 'False', :now, :now, 230, 230, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (231, 'Action', 'Create', :'admin', 'Quote', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Quote', 'False', :now, :now, 231, 231, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (232, 'Action', 'Create', :'admin', 'Refund', NULL, 1, 'Display=True,Deleted=False,Object=Job,Special=False', 'Refund', 'False', :now, :now, 232, 232, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (233, 'Object', 'Create', :'admin', 'AccountAccount', NULL, 1, 'Deleted=False,Child=Account,Special=False,Parent=Account,Association=True', 'Account Deposit Linkage', 'False', :now, :now, 233, 233, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (234, 'Attribute', 'Create', :'admin', 'Account', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=AccountAccount,DataType=String,Sequence=10', 'Parent Account Id', 'False', :now, :now, 234, 234, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (235, 'Attribute', 'Create', :'admin', 'Id', NULL, 1, 'Required=True,Special=False,PrimaryKey=True,Fixed=True,Values=@Account,Deleted=False,Hidden=False,Object=AccountAccount,DataType=String,Sequence=20', 'Child Account Id', 'False', :now, :now, 235, 235, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (236, 'Attribute', 'Create', :'admin', 'DepositShare', NULL, 1, 'Required=True,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountAccount,DataType=Integer,DefaultValue=0,Sequence=30', 'Deposit Share', 'False', :now, :now, 236, 236, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (237, 'Attribute', 'Create', :'admin', 'Overflow', NULL, 1, 'Required=False,Special=False,PrimaryKey=False,Fixed=False,Deleted=False,Hidden=False,Object=AccountAccount,DataType=Boolean,DefaultValue=False,Sequence=40', 'Do descendant charges overflow into this Account?', 'False', :now, :now, 237, 237, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (238, 'Action', 'Create', :'admin', 'Create', NULL, 1, 'Display=False,Deleted=False,Object=AccountAccount,Special=False', 'Create', 'False', :now, :now, 238, 238, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (239, 'Action', 'Create', :'admin', 'Query', NULL, 1, 'Display=False,Deleted=False,Object=AccountAccount,Special=False', 'Query', 'False', :now, :now, 239, 239, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (240, 'Action', 'Create', :'admin', 'Modify', NULL, 1, 'Display=False,Deleted=False,Object=AccountAccount,Special=False', 'Modify', 'False', :now, :now, 240, 240, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (241, 'Action', 'Create', :'admin', 'Delete', NULL, 1, 'Display=False,Deleted=False,Object=AccountAccount,Special=False', 'Delete', 'False', :now, :now, 241, 241, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (242, 'Action', 'Create', :'admin', 'Undelete', NULL, 1, 'Display=False,Deleted=False,Object=AccountAccount,Special=False', 'Undelete', 'False', :now, :now, 242, 242, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (243, 'RoleAction', 'Create', :'admin', 'Anonymous', 'Balance', 1, 'Instance=ANY,Deleted=False,Object=Account', NULL, 'False', :now, :now, 243, 243, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (244, 'Role', 'Create', :'admin', 'ProjectAdmin', NULL, 1, 'Deleted=False', 'Can update or view a project they are admin for', 'False', :now, :now, 244, 244, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (245, 'RoleAction', 'Create', :'admin', 'ProjectAdmin', 'ANY', 1, 'Instance=ADMIN,Deleted=False,Object=Project', NULL, 'False', :now, :now, 245, 245, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (246, 'Role', 'Create', :'admin', 'UserServices', NULL, 1, 'Deleted=False', 'User Services', 'False', :now, :now, 246, 246, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (247, 'RoleAction', 'Create', :'admin', 'UserServices', 'Refund', 1, 'Instance=ANY,Deleted=False,Object=Job', NULL, 'False', :now, :now, 247, 247, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (248, 'RoleAction', 'Create', :'admin', 'UserServices', 'ANY', 1, 'Instance=ANY,Deleted=False,Object=User', NULL, 'False', :now, :now, 248, 248, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (249, 'RoleAction', 'Create', :'admin', 'UserServices', 'ANY', 1, 'Instance=ANY,Deleted=False,Object=Machine', NULL, 'False', :now, :now, 249, 249, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (250, 'RoleAction', 'Create', :'admin', 'UserServices', 'ANY', 1, 'Instance=ANY,Deleted=False,Object=Project', NULL, 'False', :now, :now, 250, 250, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_details, g_description, g_deleted, g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id, g_amount, g_delta, g_account, g_allocation) VALUES
  (251, 'RoleAction', 'Create', :'admin', 'UserServices', 'ANY', 1, 'Instance=ANY,Deleted=False,Object=ProjectUser', NULL, 'False', :now, :now, 251, 251, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (252, 'RoleAction', 'Create', :'admin', 'UserServices', 'ANY', 1, 'Instance=ANY,Deleted=False,Object=ProjectMachine', NULL, 'False', :now, :now, 252, 252, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (253, 'Role', 'Create', :'admin', 'Scheduler', NULL, 1, 'Deleted=False', 'Scheduler relevant Transactions', 'False', :now, :now, 253, 253, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (254, 'RoleAction', 'Create', :'admin', 'Scheduler', 'Charge', 1, 'Instance=ANY,Deleted=False,Object=Job', NULL, 'False', :now, :now, 254, 254, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (255, 'RoleAction', 'Create', :'admin', 'Scheduler', 'Quote', 1, 'Instance=ANY,Deleted=False,Object=Job', NULL, 'False', :now, :now, 255, 255, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (256, 'RoleAction', 'Create', :'admin', 'Scheduler', 'Reserve', 1, 'Instance=ANY,Deleted=False,Object=Job', NULL, 'False', :now, :now, 256, 256, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (257, 'RoleUser', 'Create', :'admin', 'OVERRIDE', 'ANY', 1, 'Deleted=False', NULL, 'False', :now, :now, 257, 257, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (258, 'RoleAction', 'Create', :'admin', 'OVERRIDE', 'Balance', 1, 'Instance=ANY,Deleted=False,Object=Account', NULL, 'False', :now, :now, 258, 258, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (259, 'Project', 'Create', :'admin', 'NONE', NULL, 1, 'Active=False,Special=True', 'No Project', 'False', :now, :now, 260, 259, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (260, 'Project', 'Create', :'admin', 'ADMIN', NULL, 1, 'Active=False,Special=True', 'Any Project which the User is an admin for', 'False', :now, :now, 261, 260, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (261, 'Project', 'Create', :'admin', 'MEMBERS', NULL, 1, 'Active=False,Special=True', 'Any Project the User is a member of', 'False', :now, :now, 262, 261, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (262, 'Project', 'Create', :'admin', 'ANY', NULL, 1, 'Active=False,Special=True', 'Any Project', 'False', :now, :now, 263, 262, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (263, 'User', 'Modify', :'admin', :'admin', NULL, 1, 'Active=True', NULL, 'False', :now, :now, 264, 263, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (264, 'User', 'Modify', :'admin', :'admin', NULL, 3, 'Active=False', NULL, 'False', :now, :now, 265, 264, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (265, 'User', 'Create', :'admin', 'MEMBERS', NULL, 1, 'Deleted=False,Active=False,Special=True', 'Any User which is a member of the Project', 'False', :now, :now, 266, 265, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (266, 'Machine', 'Create', :'admin', 'NONE', NULL, 1, 'Active=False,Special=True', 'No Machine', 'False', :now, :now, 267, 266, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (267, 'Machine', 'Create', :'admin', 'MEMBERS', NULL, 1, 'Active=False,Special=True', 'Any Machine which is a member of the Project', 'False', :now, :now, 268, 267, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (268, 'Machine', 'Create', :'admin', 'ADMIN', NULL, 1, 'Active=False,Special=True', 'Any Machine which the User is an admin for', 'False', :now, :now, 269, 268, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (269, 'Machine', 'Create', :'admin', 'ANY', NULL, 1, 'Active=False,Special=True', 'Any Machine', 'False', :now, :now, 270, 269, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (270, 'ChargeRate', 'Create', :'admin', 'Processors', NULL, 1, 'Type=Resource,Rate=1', NULL, 'False', :now, :now, 271, 270, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

COMMIT;
