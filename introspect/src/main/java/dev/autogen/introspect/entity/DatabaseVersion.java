package dev.autogen.introspect.entity;

/**
 * The version of the target database Hibernate's dialect is configured for. It changes the rendered types (MariaDB
 * renders {@code UUID} as {@code uuid} from 10.7 and as {@code binary(16)} before).
 *
 * @param major the major version
 * @param minor the minor version
 */
public record DatabaseVersion(int major, int minor) {

    public DatabaseVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("database version must not be negative: " + major + "." + minor);
        }
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
