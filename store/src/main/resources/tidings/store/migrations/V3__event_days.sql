-- Events per day by CAMEO root and mode, for the timeline: a summary of the events table that
-- EventDays.rebuild() makes again as a whole. event_days_state says how many events it was made
-- from, so that a reader can tell whether it is current (the store only adds events).

CREATE TABLE event_days (
  day            DATE NOT NULL,
  root_code      VARCHAR NOT NULL,
  quad_class     INTEGER NOT NULL,
  mode           VARCHAR NOT NULL,
  events         BIGINT NOT NULL,
  goldstein_sum  DOUBLE NOT NULL
);

CREATE TABLE event_days_state (
  events_counted BIGINT NOT NULL
);
