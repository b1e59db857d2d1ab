/// The schema a region's server holds (docs/region.md): every agreement's records as JSON, one row a record, with its
/// version; the audit trail, written only by the server's own trigger, which records the session's role and chains each
/// row's hash to the one before; row-level security that lets each account read the agreements it is among and write
/// only what its roles there allow; and a notification on every change.
enum ServerSchema {
    /// The schema's version; `s75 server init` and `move` install it when the server has none.
    static let version = 1

    /// The group role every person's login role is granted: the privileges, which the policies then narrow.
    static let userRole = "s75_user"

    static let statements = """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 's75_user') THEN CREATE ROLE s75_user NOLOGIN; END IF;
        END $$;
        CREATE SCHEMA s75;
        GRANT USAGE ON SCHEMA s75 TO s75_user;
        CREATE TABLE s75.schema (version integer NOT NULL);
        INSERT INTO s75.schema VALUES (\(version));
        GRANT SELECT ON s75.schema TO s75_user;

        CREATE TABLE s75.agreement (
          id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
          title text NOT NULL DEFAULT '',
          owner name NOT NULL DEFAULT session_user,
          revision bigint NOT NULL DEFAULT 0,
          -- the transaction that made it: the records written in it are the agreement's making, audited as one row
          made_in xid8 NOT NULL DEFAULT pg_current_xact_id()
        );
        CREATE SEQUENCE s75.record_position;
        CREATE TABLE s75.record (
          agreement text NOT NULL REFERENCES s75.agreement (id) ON DELETE CASCADE,
          entity text NOT NULL,
          id text NOT NULL,
          position bigint NOT NULL DEFAULT nextval('s75.record_position'),
          version integer NOT NULL DEFAULT 1 CHECK (version > 0),
          body jsonb NOT NULL,
          PRIMARY KEY (agreement, entity, id)
        );
        CREATE INDEX record_order ON s75.record (agreement, position);
        CREATE TABLE s75.audit (
          sequence bigserial PRIMARY KEY,
          agreement text NOT NULL,
          at text NOT NULL,
          role name NOT NULL,
          client text NOT NULL,
          entity text NOT NULL,
          entity_id text NOT NULL,
          old jsonb,
          new jsonb,
          hash text NOT NULL DEFAULT '',
          -- the transaction that wrote it: a session tells its own changes from others'
          made_in xid8 NOT NULL DEFAULT pg_current_xact_id()
        );
        CREATE INDEX audit_by_agreement ON s75.audit (agreement, sequence);
        -- the trail an agreement brought with it when it was moved in from a file, kept as it was
        CREATE TABLE s75.earlier_audit (
          agreement text NOT NULL REFERENCES s75.agreement (id) ON DELETE CASCADE,
          sequence bigint NOT NULL,
          at text NOT NULL, "user" text NOT NULL, client text NOT NULL, entity text NOT NULL, entity_id text NOT NULL,
          field text NOT NULL, old text, new text, hash text,
          PRIMARY KEY (agreement, sequence)
        );

        -- a partner's general-ledger exports, imported, and their transactions: a batch is there whole or not at all (one
        -- transaction), a transaction already in the agreement (the same partner, date, cost centre, account, supplier,
        -- document, description and amount) is not added twice
        CREATE TABLE s75.ledger_batch (
          id bigserial PRIMARY KEY,
          agreement text NOT NULL REFERENCES s75.agreement (id) ON DELETE CASCADE,
          partner text NOT NULL, file_name text NOT NULL, digest text NOT NULL DEFAULT '',
          imported_at text NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
          role name NOT NULL DEFAULT session_user,
          rows bigint NOT NULL DEFAULT 0, total_pence bigint NOT NULL DEFAULT 0
        );
        -- byte order ("C") for the ledger's text, as an agreement file sorts it: faster to index, the same order
        CREATE TABLE s75.ledger (
          id bigserial PRIMARY KEY,
          agreement text COLLATE "C" NOT NULL,
          batch bigint NOT NULL REFERENCES s75.ledger_batch (id) ON DELETE CASCADE,
          posting_date text COLLATE "C" NOT NULL, period text COLLATE "C" NOT NULL, cost_centre text COLLATE "C" NOT NULL,
          cost_centre_name text COLLATE "C" NOT NULL, account text COLLATE "C" NOT NULL, account_name text COLLATE "C" NOT NULL,
          supplier text COLLATE "C" NOT NULL, description text COLLATE "C" NOT NULL, document text COLLATE "C" NOT NULL,
          amount_pence bigint NOT NULL, line text COLLATE "C",
          -- MD5 of the partner and the fields that make a transaction the same, as 16 bytes
          row_key uuid NOT NULL
        );
        CREATE UNIQUE INDEX ledger_once ON s75.ledger (agreement, row_key);
        CREATE INDEX ledger_by_date ON s75.ledger (agreement, posting_date, id);
        CREATE INDEX ledger_by_cost_centre ON s75.ledger (agreement, cost_centre, account, id);
        CREATE INDEX ledger_by_amount ON s75.ledger (agreement, amount_pence, id);
        CREATE INDEX ledger_by_line ON s75.ledger (agreement, line, period);

        -- the person the session's account is in agreement `a`, read past row-level security
        CREATE FUNCTION s75.person(a text) RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = s75, pg_temp AS $$
          SELECT body FROM s75.record WHERE agreement = a AND entity = 'person'
            AND (id = session_user::text OR body -> 'otherAccounts' ? session_user::text) LIMIT 1
        $$;
        CREATE FUNCTION s75.has_people(a text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = s75, pg_temp AS $$
          SELECT EXISTS (SELECT 1 FROM s75.record WHERE agreement = a AND entity = 'person')
        $$;
        CREATE FUNCTION s75.is_owner(a text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = s75, pg_temp AS $$
          SELECT EXISTS (SELECT 1 FROM s75.agreement WHERE id = a AND owner = session_user)
        $$;
        -- an agreement being made in this transaction
        CREATE FUNCTION s75.being_made(a text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = s75, pg_temp AS $$
          SELECT coalesce((SELECT made_in = pg_current_xact_id() FROM s75.agreement WHERE id = a), false)
        $$;
        CREATE FUNCTION s75.may_read(a text) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT s75.is_owner(a) OR s75.person(a) IS NOT NULL
        $$;
        -- whether the session may hold record (e, i, b) in agreement `a` as written: the permission table of docs/people.md
        CREATE FUNCTION s75.may_write(a text, e text, i text, b jsonb) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = s75, pg_temp AS $$
        DECLARE p jsonb; r jsonb; lead text;
        BEGIN
          IF NOT s75.has_people(a) THEN RETURN s75.is_owner(a); END IF;
          p := s75.person(a);
          IF p IS NULL THEN RETURN false; END IF;
          r := p -> 'roles';
          CASE e
          WHEN 'monitoring' THEN
            IF r ? 'pfm' THEN RETURN true; END IF;
            SELECT body -> 'line' ->> 'leadCommissioner' INTO lead FROM s75.record
              WHERE agreement = a AND entity = 'line' AND id = b ->> 'line';
            RETURN (r ? 'finance-lead' AND lead = p ->> 'partner') OR (r ? 'scheme-lead' AND p -> 'lines' ? (b ->> 'line'));
          WHEN 'meeting' THEN RETURN r ?| array['chair', 'member', 'pfm'];
          WHEN 'minute' THEN
            IF b -> 'minute' ->> 'kind' = 'decision' THEN RETURN r ? 'chair'; END IF;
            RETURN r ?| array['chair', 'pfm'];
          WHEN 'risk' THEN RETURN r ?| array['chair', 'pfm'];
          WHEN 'sign-off' THEN
            CASE split_part(i, ' ', 1)
            WHEN 'submitted' THEN RETURN r ? 'finance-lead' AND split_part(i, ' ', 3) = p ->> 'partner';
            WHEN 'minutes' THEN RETURN r ? 'chair';
            WHEN 'year-end' THEN RETURN r ? 'signatory' AND split_part(i, ' ', 3) = p ->> 'partner';
            ELSE RETURN r ? 'pfm';
            END CASE;
          ELSE RETURN r ? 'pfm';
          END CASE;
        END $$;

        -- whether the session may import (or remove) partner `p`'s ledger in agreement `a`
        CREATE FUNCTION s75.may_import(a text, p text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = s75, pg_temp AS $$
        DECLARE person jsonb;
        BEGIN
          IF NOT s75.has_people(a) THEN RETURN s75.is_owner(a); END IF;
          person := s75.person(a);
          RETURN person IS NOT NULL AND (person -> 'roles' ? 'pfm' OR (person -> 'roles' ? 'finance-lead' AND person ->> 'partner' = p));
        END $$;
        ALTER TABLE s75.ledger_batch ENABLE ROW LEVEL SECURITY;
        CREATE POLICY seen ON s75.ledger_batch FOR SELECT USING (s75.may_read(agreement));
        CREATE POLICY imported ON s75.ledger_batch FOR INSERT WITH CHECK (s75.may_import(agreement, partner) AND role = session_user);
        CREATE POLICY counted ON s75.ledger_batch FOR UPDATE USING (s75.may_import(agreement, partner));
        CREATE POLICY removed ON s75.ledger_batch FOR DELETE USING (s75.may_import(agreement, partner));
        ALTER TABLE s75.ledger ENABLE ROW LEVEL SECURITY;
        CREATE POLICY seen ON s75.ledger FOR SELECT USING (s75.may_read(agreement));
        -- a row goes only into an import this session made (which the batch's own policy let it make) in the same agreement
        CREATE FUNCTION s75.own_batch(b bigint, a text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = s75, pg_temp AS $$
          SELECT EXISTS (SELECT 1 FROM s75.ledger_batch WHERE id = b AND agreement = a AND role = session_user)
        $$;
        CREATE POLICY imported ON s75.ledger FOR INSERT WITH CHECK (s75.own_batch(batch, agreement));
        CREATE POLICY mapped ON s75.ledger FOR UPDATE USING (s75.may_write(agreement, 'ledger rule', '', NULL));
        GRANT SELECT, INSERT, UPDATE, DELETE ON s75.ledger_batch TO s75_user;
        GRANT SELECT, INSERT, UPDATE ON s75.ledger TO s75_user;
        GRANT USAGE ON SEQUENCE s75.ledger_batch_id_seq, s75.ledger_id_seq TO s75_user;
        ALTER TABLE s75.agreement ENABLE ROW LEVEL SECURITY;
        CREATE POLICY seen ON s75.agreement FOR SELECT USING (s75.may_read(id));
        CREATE POLICY made ON s75.agreement FOR INSERT WITH CHECK (owner = session_user AND made_in = pg_current_xact_id() AND revision = 0);
        ALTER TABLE s75.record ENABLE ROW LEVEL SECURITY;
        CREATE POLICY seen ON s75.record FOR SELECT USING (s75.may_read(agreement));
        CREATE POLICY added ON s75.record FOR INSERT WITH CHECK (s75.may_write(agreement, entity, id, body));
        CREATE POLICY changed ON s75.record FOR UPDATE USING (s75.may_write(agreement, entity, id, body))
          WITH CHECK (s75.may_write(agreement, entity, id, body));
        CREATE POLICY removed ON s75.record FOR DELETE USING (s75.may_write(agreement, entity, id, body));
        ALTER TABLE s75.audit ENABLE ROW LEVEL SECURITY;
        CREATE POLICY seen ON s75.audit FOR SELECT USING (s75.may_read(agreement));
        ALTER TABLE s75.earlier_audit ENABLE ROW LEVEL SECURITY;
        CREATE POLICY seen ON s75.earlier_audit FOR SELECT USING (s75.may_read(agreement));
        CREATE POLICY moved ON s75.earlier_audit FOR INSERT WITH CHECK (s75.is_owner(agreement) AND s75.being_made(agreement));
        GRANT SELECT, INSERT ON s75.earlier_audit TO s75_user;
        GRANT SELECT, INSERT ON s75.agreement TO s75_user;
        GRANT SELECT, INSERT, UPDATE, DELETE ON s75.record TO s75_user;
        GRANT USAGE ON SEQUENCE s75.record_position TO s75_user;
        GRANT SELECT ON s75.audit TO s75_user;

        -- closing a meeting or recording its approval of minutes is the chair's, whatever else the role may do
        CREATE FUNCTION s75.check_transition() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = s75, pg_temp AS $$
        BEGIN
          IF NEW.entity = 'meeting' AND s75.has_people(NEW.agreement)
             AND NOT coalesce(s75.person(NEW.agreement) -> 'roles' ? 'chair', false)
             AND ((NEW.body ? 'closed' AND (TG_OP = 'INSERT' OR NOT OLD.body ? 'closed'))
                  OR NEW.body -> 'approves' IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.body -> 'approves' END)) THEN
            RAISE EXCEPTION 'only the chair closes a meeting or records the approval of minutes' USING ERRCODE = '42501';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER transition BEFORE INSERT OR UPDATE ON s75.record FOR EACH ROW EXECUTE FUNCTION s75.check_transition();

        -- one audit row's hash: SHA-256 over the previous row's hash and each field, length-prefixed
        CREATE FUNCTION s75.audit_hash(previous text, s bigint, a text, at text, role text, client text, e text, i text,
                                       old jsonb, new jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT encode(sha256(convert_to(coalesce(previous, '') || (
            SELECT string_agg(coalesce(length(f)::text || ':' || f || ';', '-;'), '' ORDER BY n)
            FROM unnest(array[s::text, a, at, role, client, e, i, old::text, new::text]) WITH ORDINALITY AS u(f, n)), 'UTF8')), 'hex')
        $$;
        -- one row of an agreement's trail, chained to the row before it and announced to every session listening
        CREATE FUNCTION s75.append_audit(a text, e text, i text, was jsonb, now jsonb) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = s75, pg_temp AS $$
        DECLARE
          t text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
          c text := coalesce(current_setting('s75.client', true), '');
          previous text; s bigint;
        BEGIN
          SELECT hash INTO previous FROM s75.audit WHERE agreement = a ORDER BY sequence DESC LIMIT 1;
          INSERT INTO s75.audit (agreement, at, role, client, entity, entity_id, old, new)
            VALUES (a, t, session_user, c, e, i, was, now) RETURNING sequence INTO s;
          UPDATE s75.audit SET hash = s75.audit_hash(previous, s, a, t, session_user::text, c, e, i, was, now) WHERE sequence = s;
          PERFORM pg_notify('s75_changes', a || ':' || s);
        END $$;
        REVOKE ALL ON FUNCTION s75.append_audit(text, text, text, jsonb, jsonb) FROM PUBLIC;
        -- every change to a record, audited in its transaction by the server: who (the session's role), when, and the
        -- record before and after; the agreement's writers take turns on its row, so its chain grows one row at a time
        CREATE FUNCTION s75.audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = s75, pg_temp AS $$
        DECLARE
          a text := coalesce(NEW.agreement, OLD.agreement);
          making boolean;
        BEGIN
          UPDATE s75.agreement SET revision = revision + 1 WHERE id = a RETURNING made_in = pg_current_xact_id() INTO making;
          IF NOT coalesce(making, false) THEN
            PERFORM s75.append_audit(a, coalesce(NEW.entity, OLD.entity), coalesce(NEW.id, OLD.id), OLD.body, NEW.body);
          END IF;
          RETURN NULL;
        END $$;
        -- an agreement's making: one row, "created", with its title
        CREATE FUNCTION s75.audit_making() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = s75, pg_temp AS $$
        BEGIN
          PERFORM s75.append_audit(NEW.id, 'agreement', NEW.id, NULL, jsonb_build_object('created', NEW.title));
          RETURN NULL;
        END $$;
        CREATE TRIGGER made AFTER INSERT ON s75.agreement FOR EACH ROW EXECUTE FUNCTION s75.audit_making();
        -- a ledger import, once its rows are counted, and its removal: one row each
        CREATE FUNCTION s75.audit_batch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = s75, pg_temp AS $$
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            PERFORM s75.append_audit(NEW.agreement, 'ledger import', NEW.id::text, NULL,
              jsonb_build_object('file', NEW.file_name, 'partner', NEW.partner, 'rows', NEW.rows, 'pence', NEW.total_pence));
          ELSE
            PERFORM s75.append_audit(OLD.agreement, 'ledger import', OLD.id::text,
              jsonb_build_object('file', OLD.file_name, 'partner', OLD.partner, 'rows', OLD.rows, 'pence', OLD.total_pence), NULL);
          END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER counted AFTER UPDATE OF rows ON s75.ledger_batch FOR EACH ROW EXECUTE FUNCTION s75.audit_batch();
        CREATE TRIGGER removed AFTER DELETE ON s75.ledger_batch FOR EACH ROW EXECUTE FUNCTION s75.audit_batch();
        CREATE TRIGGER audited AFTER INSERT OR UPDATE OR DELETE ON s75.record FOR EACH ROW EXECUTE FUNCTION s75.audit_change();

        -- the first audit row of agreement `a` whose hash does not follow from the rows before it; null when all do
        CREATE FUNCTION s75.broken_link(a text) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
        DECLARE row s75.audit; previous text := '';
        BEGIN
          FOR row IN SELECT * FROM s75.audit WHERE agreement = a ORDER BY sequence LOOP
            IF row.hash <> s75.audit_hash(previous, row.sequence, row.agreement, row.at, row.role::text, row.client, row.entity,
                                          row.entity_id, row.old, row.new) THEN
              RETURN row.sequence;
            END IF;
            previous := row.hash;
          END LOOP;
          RETURN NULL;
        END $$;
        """
}
