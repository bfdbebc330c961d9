package org.jigai.matching;

/** Field names of the index; one index holds needs, solutions and providers, told apart by {@link #TYPE}. */
final class Fields {

    private Fields() {}

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String ORG = "org";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_WORDS = "title_w";
    static final String BODY_WORDS = "body_w";
    static final String ALL_BIGRAMS = "all_bi";
    /** Title and body in one word field, for the plain BM25 reference point only. */
    static final String PLAIN = "plain";
    static final String INDUSTRY = "industry";
    static final String DIRECTION = "direction";
    static final String CATEGORY = "category";
    /** Where the record is: a need's region, a provider's registered region (also on its solutions). */
    static final String REGION = "region";
    /** Regions a provider says it serves (also on its solutions). */
    static final String SERVES = "serves";
    static final String VISIBILITY = "visibility";
    /** Who may find the record: terms of {@link org.jigai.account.Audience}, from the record module's access policy. */
    static final String AUDIENCE = "audience";
    static final String UPDATED = "updated";

    static final String NEED = "need";
    static final String SOLUTION = "solution";
    static final String PROVIDER = "provider";
    /** A published excellent case (优秀案例): public. */
    static final String CASE = "case";

    /**
     * A text field of one record type (for example {@code solution.body_w}): each type has its own text fields, so a
     * query for solutions is a plain disjunction over solution fields (no type filter in the way of early
     * termination) and term statistics are those of its own type.
     */
    static String text(String type, String field) {
        return type + "." + field;
    }

    static String key(String type, long id) {
        return type + ":" + id;
    }
}
