package dev.autogen.runtime.internal.migration.graph;

import dev.autogen.runtime.internal.migration.version.VersionTable;

/**
 * What a revision id may be: the loader refuses a migration whose id breaks these rules, so a command that writes a
 * new revision checks its id by the same rules first, before a file exists that every later command would refuse.
 */
public final class RevisionIds {

    private RevisionIds() {}

    /** Why {@code id} cannot be a revision id ("is reserved for targets", ...), or null when it can. */
    public static String problem(String id) {
        if (id.isBlank()) {
            return "is blank";
        }
        if (id.length() > VersionTable.MAX_REVISION_LENGTH) {
            return "is longer than " + VersionTable.MAX_REVISION_LENGTH + " characters";
        }
        for (int k = 0; k < id.length(); k++) {
            char ch = id.charAt(k);
            if (Character.isWhitespace(ch) || ch == ',' || ch == '@' || ch == ':') {
                return "contains blanks, commas, @ or :";
            }
        }
        if (id.equals(RevisionTarget.HEAD)
                || id.equals(RevisionTarget.HEADS)
                || id.equals(RevisionTarget.BASE)
                || id.startsWith("+")
                || id.startsWith("-")) {
            return "is reserved for targets";
        }
        return null;
    }
}
