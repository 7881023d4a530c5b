-- The text of each stored article, so that the API can give an article back with its annotations
-- (the coded JSON points into the text by offsets but does not hold it). Articles stored before
-- this migration have no row here.

CREATE TABLE article_texts (
  article_key    BIGINT PRIMARY KEY,
  text           VARCHAR NOT NULL
);
