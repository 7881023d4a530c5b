-- The first schema: articles with their full coded JSON, and the rows the API filters on.
-- Offsets are Java String character offsets into the article text (FORMAT.md).

CREATE SEQUENCE article_keys START 1;

CREATE TABLE articles (
  article_key     BIGINT PRIMARY KEY DEFAULT nextval('article_keys'),
  article_id      VARCHAR NOT NULL,
  content_hash    VARCHAR NOT NULL UNIQUE,
  source          VARCHAR,
  url             VARCHAR,
  title           VARCHAR,
  published       DATE,
  status          VARCHAR NOT NULL CHECK (status IN ('ok', 'failed')),
  coded_at        TIMESTAMP NOT NULL,
  tidings_version VARCHAR NOT NULL,
  knowledge_id    VARCHAR NOT NULL,
  focus_country   VARCHAR,
  event_count     INTEGER NOT NULL,
  coded_json      VARCHAR NOT NULL
);

CREATE TABLE sentences (
  article_key    BIGINT NOT NULL,
  sentence       INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  text           VARCHAR NOT NULL,
  PRIMARY KEY (article_key, sentence)
);

CREATE TABLE mentions (
  article_key    BIGINT NOT NULL,
  mention        INTEGER NOT NULL,
  sentence       INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  text           VARCHAR NOT NULL,
  kind           VARCHAR NOT NULL,
  person         BOOLEAN NOT NULL,
  actor_code     VARCHAR NOT NULL,
  actor_name     VARCHAR,
  actor_country  VARCHAR,
  actor_sector   VARCHAR,
  antecedent     VARCHAR,
  PRIMARY KEY (article_key, mention)
);

CREATE TABLE events (
  article_key      BIGINT NOT NULL,
  event_id         VARCHAR NOT NULL,
  event_group      VARCHAR,
  sentence         INTEGER NOT NULL,
  evidence_text    VARCHAR NOT NULL,
  evidence_start   INTEGER NOT NULL,
  evidence_end     INTEGER NOT NULL,
  trigger_text     VARCHAR NOT NULL,
  trigger_start    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  source_code      VARCHAR NOT NULL,
  source_name      VARCHAR,
  source_country   VARCHAR,
  source_sector    VARCHAR,
  source_text      VARCHAR NOT NULL,
  source_start     INTEGER NOT NULL,
  source_end       INTEGER NOT NULL,
  target_code      VARCHAR,
  target_name      VARCHAR,
  target_country   VARCHAR,
  target_sector    VARCHAR,
  target_text      VARCHAR,
  target_start     INTEGER,
  target_end       INTEGER,
  cameo            VARCHAR NOT NULL,
  cameo_name       VARCHAR,
  root_code        VARCHAR NOT NULL,
  plover           VARCHAR,
  quad_class       INTEGER NOT NULL,
  goldstein        DOUBLE NOT NULL,
  mode             VARCHAR NOT NULL,
  reported_by_code VARCHAR,
  reported_by_name VARCHAR,
  reported_by_text VARCHAR,
  event_date       VARCHAR,
  date_from        DATE,
  date_to          DATE,
  date_basis       VARCHAR NOT NULL,
  place_name       VARCHAR,
  place_country    VARCHAR,
  place_lat        DOUBLE,
  place_lon        DOUBLE,
  place_start      INTEGER,
  place_end        INTEGER,
  confidence       DOUBLE NOT NULL,
  pattern          VARCHAR,
  event_json       VARCHAR NOT NULL,
  PRIMARY KEY (article_key, event_id)
);

CREATE TABLE quotes (
  article_key    BIGINT NOT NULL,
  quote          INTEGER NOT NULL,
  text           VARCHAR NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  kind           VARCHAR NOT NULL,
  cue            VARCHAR,
  note           VARCHAR,
  speaker_code   VARCHAR,
  speaker_name   VARCHAR,
  speaker_text   VARCHAR,
  event_id       VARCHAR,
  PRIMARY KEY (article_key, quote)
);

CREATE TABLE failures (
  article_key    BIGINT NOT NULL,
  code           VARCHAR NOT NULL,
  message        VARCHAR NOT NULL,
  failed_at      TIMESTAMP NOT NULL
);

-- Rebuilt as a whole by Stories.rebuild(): no unique keys, so a rebuild deletes and inserts freely.
CREATE TABLE stories (
  story_id       VARCHAR NOT NULL,
  source_code    VARCHAR NOT NULL,
  target_code    VARCHAR,
  cameo          VARCHAR NOT NULL,
  first_day      DATE NOT NULL,
  last_day       DATE NOT NULL,
  mention_count  INTEGER NOT NULL,
  article_count  INTEGER NOT NULL,
  source_count   INTEGER NOT NULL
);

CREATE TABLE story_events (
  story_id       VARCHAR NOT NULL,
  article_key    BIGINT NOT NULL,
  event_id       VARCHAR NOT NULL
);

CREATE INDEX events_date ON events (date_from);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_place_country ON events (place_country);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX mentions_actor ON mentions (actor_code);
CREATE INDEX failures_article ON failures (article_key);
CREATE INDEX story_events_story ON story_events (story_id);
