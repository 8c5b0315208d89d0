package dev.autogen.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code autogen.*} properties. */
@ConfigurationProperties("autogen")
public class AutogenProperties {

    /** What to do when the database is at a revision that the application's migrations do not know. */
    public enum OnUnknownRevision {
        /** Stop the start-up, naming the revision. */
        FAIL,
        /** Log a warning and start without migrating. */
        WARN
    }

    /** Whether to apply the migrations at start-up. */
    private boolean enabled = true;

    /**
     * The package the migration classes are compiled into, for example com.example.app.migrations. Required unless an
     * AutogenMigrationStrategy bean names the migrations itself.
     */
    private String migrationsPackage;

    /** The revision to upgrade to at start-up: head, a revision id or unique prefix, or +N. */
    private String target = "head";

    /**
     * JDBC URL of the database to migrate, when it is not the application's DataSource. Migrations then run on
     * connections of their own.
     */
    private String url;

    /** User for the migrations: with autogen.url, or instead of the DataSource's own user. */
    private String user;

    /** Password of autogen.user. */
    private String password;

    /** How long to wait for another instance's migration lock (the runtime's default is five minutes). */
    private Duration lockTimeout;

    /** Whether the whole start-up upgrade is one transaction instead of one per migration. */
    private boolean transactionPerRun;

    /**
     * How long one statement waits for a lock another session holds on what it changes, so that the application's
     * queries never queue behind it for longer (the runtime's default is 5 s; 0 leaves the database's own setting).
     */
    private Duration ddlLockTimeout;

    /** How many times a migration whose statement gave up waiting for a lock is tried again (the runtime's default: 3). */
    private Integer ddlRetries;

    /**
     * Whether the start-up upgrade first checks that the migrations the database has applied are unchanged since (their
     * checksums), and fails the start-up, naming them, when one changed.
     */
    private boolean validateOnMigrate = true;

    /**
     * What to do when the database is at a revision the application's migrations do not know, for example after a
     * newer version of the application migrated it: fail the start-up, or warn and start without migrating.
     */
    private OnUnknownRevision onUnknownRevision = OnUnknownRevision.FAIL;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isTransactionPerRun() {
        return transactionPerRun;
    }

    public void setTransactionPerRun(boolean transactionPerRun) {
        this.transactionPerRun = transactionPerRun;
    }

    public OnUnknownRevision getOnUnknownRevision() {
        return onUnknownRevision;
    }

    public void setOnUnknownRevision(OnUnknownRevision onUnknownRevision) {
        this.onUnknownRevision = onUnknownRevision;
    }

    public Duration getDdlLockTimeout() {
        return ddlLockTimeout;
    }

    public void setDdlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = ddlLockTimeout;
    }

    public boolean isValidateOnMigrate() {
        return validateOnMigrate;
    }

    public void setValidateOnMigrate(boolean validateOnMigrate) {
        this.validateOnMigrate = validateOnMigrate;
    }

    public Integer getDdlRetries() {
        return ddlRetries;
    }

    public void setDdlRetries(Integer ddlRetries) {
        this.ddlRetries = ddlRetries;
    }
}
