-- Text search reads a write-once copy of each case's title and description (issue 15). On `cases` the two
-- trigram indexes took a new entry for every trigram of both texts at each of a case's seven changes, because
-- every change moves an indexed column (status) and so writes a new row version into every index; the texts
-- never change after intake, and here they are indexed once.
-- The copy is lower(title, U+001F (the unit separator, which no one types into a search box), description), and
-- a search is `text LIKE lower(pattern)`: what ILIKE does, without lowering every candidate row again (five to six
-- times faster over twenty thousand matches); a pattern without U+001F matches the copy exactly when it matches the
-- title or the description.
CREATE TABLE case_texts (
    case_id bigint PRIMARY KEY CONSTRAINT case_texts_case_fk REFERENCES cases (id) ON DELETE CASCADE,
    text    text   NOT NULL
);

INSERT INTO case_texts (case_id, text) SELECT id, lower(title || chr(31) || description) FROM cases;
CREATE INDEX case_texts_trgm_idx ON case_texts USING gin (text gin_trgm_ops);

DROP INDEX cases_title_trgm_idx;
DROP INDEX cases_description_trgm_idx;

-- Kept in the writing statement's own transaction: one INSERT for all rows a statement adds (intake adds one,
-- a bulk load many), and a row's copy rewritten if a later statement changes its texts (none does today).
CREATE FUNCTION case_texts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_texts (case_id, text) SELECT id, lower(title || chr(31) || description) FROM new_cases;
    RETURN NULL;
END $$;

CREATE FUNCTION case_texts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_texts SET text = lower(NEW.title || chr(31) || NEW.description) WHERE case_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER case_texts_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_texts_inserted();
CREATE TRIGGER case_texts_update AFTER UPDATE OF title, description ON cases FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description)
    EXECUTE FUNCTION case_texts_changed();
