package dev.autogen.cli;

import static dev.autogen.cli.BranchingTest.A1;
import static dev.autogen.cli.BranchingTest.B1;
import static dev.autogen.cli.BranchingTest.B2;
import static dev.autogen.cli.BranchingTest.C1;
import static dev.autogen.cli.BranchingTest.D1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every revision-graph error on the command line: one line, {@code autogen: error: <problem>; <what to do>}, exit 2,
 * nothing changed. On the branches of {@link BranchingTest} (SQLite), and on broken versions folders written by hand.
 */
class GraphErrorTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private Cli cli;
    private Path versions;

    @BeforeAll
    static void writeOnce() throws Exception {
        BranchingTest.writeBranches(new Cli(shared), shared.resolve("migrations/versions"));
    }

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir).env("AUTOGEN_URL", "jdbc:sqlite:" + dir.resolve("app.db"));
        versions = dir.resolve("migrations/versions");
        BranchingTest.copyBranches(shared, dir);
    }

    @Test
    void unknownAmbiguousAndPartialRevisions() {
        assertEquals(
                "Revision 77aa is not in " + versions + ": run history to list the revisions",
                cli.run("upgrade", "77aa").userError());
        assertEquals(
                "Revision prefix 2000 matches 2 revisions (" + B1 + ", " + B2 + "): give more characters of the id",
                cli.run("upgrade", "2000").userError());
        assertEquals(
                "Revision prefix 2000 matches 2 revisions (" + B1 + ", " + B2 + "): give more characters of the id",
                cli.run("show", "2000").userError());
        assertEquals(
                "Target orders@ is incomplete: write branch@head, branch@base, branch@REV or branch@+N",
                cli.run("upgrade", "orders@").userError());
        assertEquals(
                "Target @head is incomplete: write branch@head, branch@base, branch@REV or branch@+N",
                cli.run("downgrade", "@head").userError());
        assertEquals(
                "Target orders@heads mixes a branch with heads: use orders@head, or heads for every branch",
                cli.run("upgrade", "orders@heads").userError());
        assertEquals(
                "Target +0 moves 0 revisions: give a step count of 1 or more",
                cli.run("upgrade", "+0").userError());
        assertEquals(
                "No revision in " + versions + " declares the branch label nope: run heads to see the branch"
                        + " labels",
                cli.run("upgrade", "nope@head").userError());
        assertEquals(
                "Revision " + C1 + " is not on branch orders: run history to see the branches, or drop the orders@",
                cli.run("upgrade", "orders@" + C1).userError());
        assertEquals(
                "-r 1000 is not a range; use A:B, A: or :B, for example -r base:head or -r current:",
                cli.run("history", "-r", "1000").userError());
    }

    @Test
    void severalHeadsWhereOneIsNeeded() {
        String heads = "Multiple head revisions in " + versions + ": " + B2 + " ("
                + versions.resolve(B2 + "_add_order_lines.java") + "), " + C1 + " ("
                + versions.resolve(C1 + "_add_invoices.java") + "); merge them with 'autogen merge -m MSG " + B2 + " "
                + C1 + "', or target heads, one of them, or a branch@head";
        assertEquals(heads, cli.run("upgrade").userError());
        assertEquals(heads, cli.run("stamp", "head").userError());
        assertEquals(heads, cli.run("show", "head").userError());
        cli.run("upgrade", "-q", A1).ok();
        assertEquals(
                "Relative target +1 is ambiguous: the next revision could be " + B1 + " or " + C1 + "; name the"
                        + " target revision, or use a branch label (label@+1)",
                cli.run("upgrade", "+1").userError());
        assertEquals(
                "Target base+2 is ambiguous: the history branches at " + A1 + " into " + B1 + ", " + C1 + "; name"
                        + " the revision, or use a branch label (label@+N)",
                cli.run("upgrade", "base+2").userError());
        cli.run("upgrade", "-q", "heads").ok();
        assertEquals(
                "Relative target -1 is ambiguous: the revision to undo could be " + B2 + " or " + C1 + "; name"
                        + " the target revision, or use a branch label (label@-1)",
                cli.run("downgrade", "-1").userError());

        cli.run("merge", "-m", "merge", "heads", "--rev-id", D1).ok();
        assertEquals(
                "Target head-1 is ambiguous: " + D1 + " merges " + B2 + ", " + C1 + "; name the revision, or use"
                        + " a branch label (label@-N)",
                cli.run("downgrade", "head-1").userError());
    }

    @Test
    void wrongDirectionAndOutOfRange() {
        cli.run("upgrade", "-q", "orders@head").ok();
        assertEquals(
                "Cannot upgrade to " + A1 + ": the database is at " + B2 + ", above it; use downgrade " + A1,
                cli.run("upgrade", A1).userError());
        assertEquals(
                "Cannot downgrade to " + C1 + ": the database is at " + B2 + ", which does not include it; use"
                        + " upgrade " + C1,
                cli.run("downgrade", C1).userError());
        assertEquals(
                "Relative target orders@+1 goes past the head of branch orders: the database is at " + B2
                        + ", already at its head",
                cli.run("upgrade", "orders@+1").userError());
        assertEquals(
                "Relative target -4 goes below base: the database is at " + B2 + ", 3 revisions above base",
                cli.run("downgrade", "-4").userError());
        assertEquals(
                "Target " + B1 + "+2 goes past head: " + B1 + " is only 1 revision below it; give a smaller step"
                        + " count",
                cli.run("upgrade", B1 + "+2").userError());
        assertEquals(B2 + " (head)\n", cli.run("current").ok().out(), "refused targets change nothing");
    }

    @Test
    void commandsThatNeedNamedRevisions() {
        assertEquals(
                "the migrations have 2 heads (" + B2 + ", " + C1 + "); merge them with 'autogen merge -m MSG"
                        + " heads', or name the parent with --head REV",
                cli.run("revision", "-m", "x").userError());
        assertEquals(
                "--head +1 is relative to the database; name the revision (an id, prefix, head or branch@head)",
                cli.run("revision", "-m", "x", "--head", "+1").userError());
        assertEquals(
                "--head heads names 2 revisions (" + B2 + ", " + C1 + "); name one of them",
                cli.run("revision", "-m", "x", "--head", "heads").userError());
        assertEquals(
                "branch label orders is already declared by revision " + B1 + "; choose another --branch-label",
                cli.run("revision", "-m", "x", "--head", C1, "--branch-label", "orders")
                        .userError());
        assertEquals(
                "branch label \"9x\" must start with a letter or _ and hold only letters, digits, _ and - (at"
                        + " most 64)",
                cli.run("revision", "-m", "x", "--head", C1, "--branch-label", "9x")
                        .userError());
        assertEquals(
                "merge needs two or more revisions, but " + B2 + " names only " + B2 + "; name the heads to merge,"
                        + " or use 'heads' (run 'autogen heads' to list them)",
                cli.run("merge", "-m", "x", B2).userError());
        assertEquals(
                "cannot merge " + A1 + " with " + B2 + ": " + B2 + " already builds on " + A1 + "; merge only"
                        + " revisions on separate branches, such as the heads",
                cli.run("merge", "-m", "x", A1, B2).userError());
        assertEquals(
                "show +1 is relative to the database; name the revision (an id, prefix, head or branch@head)",
                cli.run("show", "+1").userError());
        assertEquals(
                "the database is at base, not at " + C1 + " that the new revision builds on; upgrade or"
                        + " downgrade it there first (autogenerate compares the entities with the database as it is)",
                cli.run("revision", "--autogenerate", "-m", "x", "--head", C1).userError());
        assertEquals(2, cli.run("heads").ok().outLines().size(), "nothing was written");
    }

    @Test
    void databaseAtAnUnknownRevision() throws Exception {
        cli.run("stamp", "-q", "orders@head").ok();
        Files.delete(versions.resolve(B2 + "_add_order_lines.java"));
        String unknown = "The database is at revision " + B2 + ", which is not in " + versions + ": restore that"
                + " migration, use the versions folder the database was migrated with, or reset the version table with"
                + " stamp --purge";
        assertEquals(unknown, cli.run("upgrade", "heads").userError());
        assertEquals(unknown, cli.run("downgrade", "base").userError());
        assertEquals(unknown, cli.run("current").userError(), "current says so too, with exit 2");
        assertEquals(
                "Running stamp " + B2 + " -> " + C1 + "\n",
                cli.run("stamp", "--purge", "invoices").ok().out());
    }

    @Test
    void cycleThroughDependsOn() throws Exception {
        write("aaaaaaaaaaa1", "", "dependsOn = {\"aaaaaaaaaaa2\"}");
        write("aaaaaaaaaaa2", "\"aaaaaaaaaaa1\"", "");
        assertEquals(
                "Revisions in " + other() + " form a cycle: aaaaaaaaaaa1 depends on aaaaaaaaaaa2 revises"
                        + " aaaaaaaaaaa1; fix the revises or dependsOn of one of them",
                onOther("heads").userError());
    }

    @Test
    void cycleThroughRevises() throws Exception {
        write("aaaaaaaaaaa1", "\"aaaaaaaaaaa2\"", "");
        write("aaaaaaaaaaa2", "\"aaaaaaaaaaa1\"", "");
        assertEquals(
                "Revisions in " + other() + " form a cycle: aaaaaaaaaaa1 revises aaaaaaaaaaa2 revises aaaaaaaaaaa1;"
                        + " fix the revises of one of them",
                onOther("upgrade").userError());
    }

    @Test
    void missingParentAndMissingDependency() throws Exception {
        Path file = write("aaaaaaaaaaa1", "\"999999999999\"", "");
        assertEquals(
                "Revision aaaaaaaaaaa1 revises 999999999999, which is not in " + other() + ": restore the"
                        + " migration 999999999999 or fix the revises of " + file,
                onOther("history").userError());
        Files.delete(file);
        file = write("aaaaaaaaaaa1", "", "dependsOn = {\"999999999999\"}");
        assertEquals(
                "Revision aaaaaaaaaaa1 depends on 999999999999, which is not in " + other() + ": restore the"
                        + " migration 999999999999 or fix the dependsOn of " + file,
                onOther("upgrade", "heads").userError());
    }

    @Test
    void branchLabelDeclaredTwice() throws Exception {
        Path first = write("aaaaaaaaaaa1", "", "branchLabels = {\"reports\"}");
        Path second = write("aaaaaaaaaaa2", "\"aaaaaaaaaaa1\"", "branchLabels = {\"reports\"}");
        assertEquals(
                "Branch label \"reports\" of revision aaaaaaaaaaa2 in " + second + " is already the branch label"
                        + " of aaaaaaaaaaa1 (" + first + "): give one of them another label",
                onOther("heads").userError());
    }

    @Test
    void branchWithTwoHeads() throws Exception {
        write("aaaaaaaaaaa1", "", "branchLabels = {\"trunk\"}");
        write("aaaaaaaaaaa2", "\"aaaaaaaaaaa1\"", "");
        write("aaaaaaaaaaa3", "\"aaaaaaaaaaa1\"", "");
        assertEquals(
                "Branch trunk has 2 heads in " + other() + ": aaaaaaaaaaa2, aaaaaaaaaaa3; merge them with"
                        + " 'autogen merge -m MSG aaaaaaaaaaa2 aaaaaaaaaaa3', or target one of them",
                onOther("upgrade", "trunk@head").userError());
    }

    private Path other() {
        return dir.resolve("other/versions");
    }

    private Cli.Result onOther(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--migrations";
        all[1] = "other";
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    /** A hand-written migration in {@code other/versions}, with extra {@code @Revision} attributes. */
    private Path write(String id, String revises, String extra) throws Exception {
        Files.createDirectories(other());
        Path file = other().resolve(id + "_m.java");
        Files.writeString(
                file, """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%s", revises = {%s}%s, message = "m")
                final class M_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {}

                    @Override
                    public void downgrade(Operations op) {}
                }
                """.formatted(id, revises, extra.isEmpty() ? "" : ", " + extra, id), StandardCharsets.UTF_8);
        return file;
    }
}
