package dev.autogen.core.model;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords, for example {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    /** The action SQL keywords name ({@code cascade}, {@code SET NULL}, any case); none or unknown is NO ACTION. */
    public static ReferentialAction fromSql(String keywords) {
        if (keywords != null) {
            for (ReferentialAction action : values()) {
                if (action.sql.equalsIgnoreCase(keywords.trim())) {
                    return action;
                }
            }
        }
        return NO_ACTION;
    }
}
