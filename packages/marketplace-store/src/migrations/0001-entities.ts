import type { Migration } from './migration.js';

/**
 * Every entity of the marketplace model. Each table keeps the entity as the model defines it in
 * `document` (JSONB, validated by the model before it is written) and copies into columns what
 * the database must index, join, constrain or derive a status from. `version` counts changes
 * and guards concurrent ones (optimistic concurrency).
 */
export const entitiesMigration: Migration = {
  name: '0001-entities',
  sql: `
CREATE TABLE parties (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('buyer', 'supplier')),
  name text NOT NULL,
  active boolean NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  document jsonb NOT NULL
);
CREATE INDEX parties_kind_name ON parties (kind, name, id);

-- An organisation identifier ({ scheme, id }) names one party only.
CREATE TABLE party_identifiers (
  scheme text NOT NULL,
  identifier text NOT NULL,
  party_id text NOT NULL REFERENCES parties (id),
  PRIMARY KEY (scheme, identifier)
);
CREATE INDEX party_identifiers_party ON party_identifiers (party_id);

CREATE TABLE frameworks (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  family text NOT NULL,
  applications_open_at timestamptz NOT NULL,
  applications_close_at timestamptz NOT NULL,
  intention_to_award_at timestamptz NOT NULL,
  live_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  document jsonb NOT NULL
);

CREATE TABLE lots (
  id text PRIMARY KEY,
  framework_id text NOT NULL REFERENCES frameworks (id),
  slug text NOT NULL,
  one_service_limit boolean NOT NULL,
  allows_opportunities boolean NOT NULL,
  document jsonb NOT NULL,
  UNIQUE (framework_id, slug)
);

CREATE TABLE applications (
  id text PRIMARY KEY,
  supplier_id text NOT NULL REFERENCES parties (id),
  framework_id text NOT NULL REFERENCES frameworks (id),
  declaration_status text NOT NULL,
  result text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  document jsonb NOT NULL,
  UNIQUE (supplier_id, framework_id)
);
CREATE INDEX applications_framework ON applications (framework_id, result);

CREATE TABLE agreements (
  id text PRIMARY KEY,
  application_id text NOT NULL REFERENCES applications (id),
  supplier_id text NOT NULL REFERENCES parties (id),
  framework_id text NOT NULL REFERENCES frameworks (id),
  status text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  document jsonb NOT NULL
);
CREATE INDEX agreements_supplier ON agreements (supplier_id, framework_id);

CREATE TABLE services (
  id text PRIMARY KEY,
  supplier_id text NOT NULL REFERENCES parties (id),
  framework_id text NOT NULL,
  lot_slug text NOT NULL,
  status text NOT NULL,
  name text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  document jsonb NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, name), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(document #>> '{data,serviceDescription}', '') || ' ' || coalesce(document #>> '{data,serviceSummary}', '')), 'B')
  ) STORED,
  FOREIGN KEY (framework_id, lot_slug) REFERENCES lots (framework_id, slug)
);
CREATE INDEX services_supplier ON services (supplier_id, framework_id, lot_slug);
CREATE INDEX services_published_order ON services (name, id) WHERE status = 'published';
CREATE INDEX services_published_lot ON services (lot_slug, name, id) WHERE status = 'published';
CREATE INDEX services_published_search ON services USING gin (search) WHERE status = 'published';

-- Every change to a service keeps the version it replaced.
CREATE TABLE service_archives (
  id text PRIMARY KEY,
  service_id text NOT NULL REFERENCES services (id),
  version integer NOT NULL,
  archived_at timestamptz NOT NULL,
  archived_by text,
  document jsonb NOT NULL,
  UNIQUE (service_id, version)
);

CREATE TABLE opportunities (
  id text PRIMARY KEY,
  buyer_id text NOT NULL REFERENCES parties (id),
  framework_id text NOT NULL,
  lot_slug text NOT NULL,
  title text NOT NULL,
  location text,
  published_at timestamptz,
  closes_at timestamptz,
  withdrawn_at timestamptz,
  -- The result of the completed outcome, copied here in the outcome's transaction so that the
  -- status can be derived from this row alone.
  outcome_result text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  document jsonb NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(document ->> 'summary', '')), 'B')
  ) STORED,
  FOREIGN KEY (framework_id, lot_slug) REFERENCES lots (framework_id, slug),
  CHECK (closes_at IS NULL OR published_at IS NOT NULL)
);
-- The SQL twin of the model's opportunityStatusAt: the status is derived, never stored.
CREATE FUNCTION opportunity_status(published_at timestamptz, closes_at timestamptz, withdrawn_at timestamptz, outcome_result text, at timestamptz)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN withdrawn_at IS NOT NULL AND withdrawn_at <= at THEN 'withdrawn'
    WHEN published_at IS NULL OR published_at > at THEN 'draft'
    WHEN closes_at IS NULL OR at < closes_at THEN 'live'
    WHEN outcome_result = 'awarded' THEN 'awarded'
    WHEN outcome_result = 'cancelled' THEN 'cancelled'
    WHEN outcome_result = 'none-suitable' THEN 'unsuccessful'
    ELSE 'closed'
  END
$$;
CREATE INDEX opportunities_buyer ON opportunities (buyer_id, created_at);
-- Search covers published, not withdrawn opportunities without an outcome, ordered by closing time.
CREATE INDEX opportunities_open_order ON opportunities (closes_at, id) WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
CREATE INDEX opportunities_open_lot ON opportunities (lot_slug, closes_at, id) WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
CREATE INDEX opportunities_open_location ON opportunities (location, closes_at, id) WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
CREATE INDEX opportunities_open_search ON opportunities USING gin (search) WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
CREATE INDEX opportunities_updated ON opportunities (updated_at, id);

CREATE TABLE questions (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id),
  supplier_id text NOT NULL REFERENCES parties (id),
  asked_at timestamptz NOT NULL,
  answered_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  document jsonb NOT NULL
);
CREATE INDEX questions_opportunity ON questions (opportunity_id, asked_at);

CREATE TABLE responses (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id),
  supplier_id text NOT NULL REFERENCES parties (id),
  service_id text NOT NULL REFERENCES services (id),
  status text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  document jsonb NOT NULL
);
CREATE INDEX responses_opportunity ON responses (opportunity_id, status);
CREATE INDEX responses_supplier ON responses (supplier_id);
-- At most one response per opportunity is pending award or awarded (so at most one awarded),
-- whatever the code above the database does.
CREATE UNIQUE INDEX responses_one_award ON responses (opportunity_id) WHERE status IN ('pending-award', 'awarded');

CREATE TABLE outcomes (
  id text PRIMARY KEY,
  opportunity_id text REFERENCES opportunities (id),
  direct_award_project_id text,
  response_id text REFERENCES responses (id),
  result text NOT NULL CHECK (result IN ('awarded', 'cancelled', 'none-suitable')),
  completed boolean NOT NULL,
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  document jsonb NOT NULL,
  CHECK (num_nonnulls(opportunity_id, direct_award_project_id) = 1),
  -- Award details when a completed outcome is an award, and never for another result.
  CHECK (NOT (result = 'awarded' AND completed) OR jsonb_typeof(document -> 'award') = 'object'),
  CHECK (result = 'awarded' OR document -> 'award' IS NULL)
);
CREATE UNIQUE INDEX outcomes_one_completed_per_opportunity ON outcomes (opportunity_id) WHERE completed AND opportunity_id IS NOT NULL;

CREATE TABLE roles (
  name text PRIMARY KEY,
  document jsonb NOT NULL
);

CREATE TABLE audit_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id text,
  action text NOT NULL,
  object_kind text NOT NULL,
  object_id text NOT NULL,
  from_status text,
  to_status text,
  data jsonb NOT NULL
);
CREATE INDEX audit_events_object ON audit_events (object_kind, object_id, seq);
`,
};
