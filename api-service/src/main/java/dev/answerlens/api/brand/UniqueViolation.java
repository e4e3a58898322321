package dev.answerlens.api.brand;

import io.vertx.sqlclient.DatabaseException;

/** Recognises PostgreSQL's unique-violation (SQLSTATE 23505) under whatever Hibernate wrapped it in. */
final class UniqueViolation {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseException db && UNIQUE_VIOLATION.equals(db.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException hibernate
                    && UNIQUE_VIOLATION.equals(hibernate.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
