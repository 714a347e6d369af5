-- The grid reads (calendar_days) count every item of a range's days and read
-- whole only the few a cell draws: with the wall-clock time in the index, the
-- count and the order come from the index alone, for one client's calendar
-- and for the agency's overview (which also needs the client).
DROP INDEX content_items_by_client_time;
CREATE INDEX content_items_by_client_time ON content_items (client_id, planned_at, planned_local)
    WHERE deleted_at IS NULL;
DROP INDEX content_items_by_time;
CREATE INDEX content_items_by_time ON content_items (planned_at, planned_local, client_id)
    WHERE deleted_at IS NULL;
