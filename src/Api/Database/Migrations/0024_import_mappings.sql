-- Field mappings saved by name, so that the same kind of third-party file (a bureau's shapefile, a
-- city's open-data GeoJSON) imports again without writing the mapping anew. The mapping is the JSON
-- of docs/import-formats.md ("Mapping file"); the layer it was written for is checked by the service.
CREATE TABLE import_mappings (
    name        text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
    layer       text NOT NULL,
    mapping     jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
    updated_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
CREATE TRIGGER import_mappings_touch BEFORE UPDATE ON import_mappings FOR EACH ROW EXECUTE FUNCTION touch_row();
