-- The overview counts a workspace's failed collections by failure class over a range of days: a small index over
-- the jobs that failed (retrying or parked), so that count never scans the jobs table.
CREATE INDEX jobs_failed ON jobs (workspace_id, day) WHERE state IN ('retrying', 'parked');
