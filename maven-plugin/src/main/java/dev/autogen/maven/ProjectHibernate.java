package dev.autogen.maven;

import dev.autogen.introspect.entity.EntityModels;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The Hibernate ORM that reads the project's entities: the one the project depends on ({@code hibernate-core} and what
 * it brings, and {@code hibernate-community-dialects} of the same version for SQLite), so that the schema is the one
 * the application's Hibernate creates; Autogen's own where the project has none or the same version. A Hibernate
 * Autogen cannot read with (6.6 and older) is refused in one line.
 */
final class ProjectHibernate {

    private static final String GROUP = "org.hibernate.orm";
    private static final String CORE = "hibernate-core";
    private static final String COMMUNITY_DIALECTS = "hibernate-community-dialects";
    private static final int MAJOR = 7;
    private static final int OLDEST_MINOR = 2;
    private static final int NEWEST_MINOR = 4;

    private ProjectHibernate() {}

    static EntityModels choose(
            MavenProject project, RepositorySystem repositories, RepositorySystemSession session, Log log)
            throws MojoExecutionException {
        Artifact core = null;
        for (Artifact artifact : project.getArtifacts()) {
            if (CORE.equals(artifact.getArtifactId())
                    && (GROUP.equals(artifact.getGroupId()) || "org.hibernate".equals(artifact.getGroupId()))) {
                core = artifact;
            }
        }
        EntityModels bundled = EntityModels.bundled();
        if (core == null || core.getFile() == null) {
            log.debug("The project does not depend on Hibernate ORM: reading the entities with Autogen's own, "
                    + bundled.hibernateVersion());
            return bundled;
        }
        String version = core.getVersion();
        int[] minor = majorMinor(version);
        if (minor[0] < MAJOR || (minor[0] == MAJOR && minor[1] < OLDEST_MINOR)) {
            throw new MojoExecutionException("the project depends on Hibernate ORM " + version + " ("
                    + core.getGroupId() + ":" + CORE + "); Autogen reads entities with Hibernate ORM "
                    + EntityModels.SUPPORTED_VERSIONS + ": move the project to one of those (Spring Boot 4.0 brings"
                    + " 7.2, 4.1 brings 7.4)");
        }
        if (minor[0] > MAJOR || minor[1] > NEWEST_MINOR) {
            log.warn("The project depends on Hibernate ORM " + version + ", newer than those Autogen was tested with ("
                    + EntityModels.SUPPORTED_VERSIONS + "); reading the entities with it");
        }
        if (version.equals(bundled.hibernateVersion())) {
            log.debug("The project's Hibernate ORM " + version + " is Autogen's own");
            return bundled;
        }
        List<Path> classPath = new ArrayList<>();
        boolean dialects = false;
        String coreId = core.getGroupId() + ":" + CORE + ":";
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() == null) {
                continue;
            }
            boolean hibernate = GROUP.equals(artifact.getGroupId())
                    && artifact.getArtifactId().startsWith("hibernate-");
            boolean needed = hibernate
                    || artifact.getDependencyTrail() != null
                            && artifact.getDependencyTrail().stream().anyMatch(t -> t.startsWith(coreId));
            if (needed) {
                classPath.add(artifact.getFile().toPath());
                dialects |= hibernate && COMMUNITY_DIALECTS.equals(artifact.getArtifactId());
            }
        }
        if (!dialects) {
            classPath.add(communityDialects(version, project, repositories, session, log));
        }
        log.info("Reading the entities with the project's Hibernate ORM " + version);
        return EntityModels.withHibernate(classPath);
    }

    /**
     * {@code hibernate-community-dialects} of the project's version (SQLite's dialect is there), from the project's
     * repositories; where it cannot be had (offline, say), Autogen's own, which may not fit.
     */
    private static Path communityDialects(
            String version,
            MavenProject project,
            RepositorySystem repositories,
            RepositorySystemSession session,
            Log log)
            throws MojoExecutionException {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(GROUP, COMMUNITY_DIALECTS, "jar", version),
                project.getRemoteProjectRepositories(),
                null);
        try {
            File file =
                    repositories.resolveArtifact(session, request).getArtifact().getFile();
            return file.toPath();
        } catch (ArtifactResolutionException e) {
            log.warn("Cannot resolve " + GROUP + ":" + COMMUNITY_DIALECTS + ":" + version + " (" + e.getMessage()
                    + "); using Autogen's own for the community dialects (SQLite)");
            try {
                var source = Class.forName("org.hibernate.community.dialect.SQLiteDialect")
                        .getProtectionDomain()
                        .getCodeSource();
                return Path.of(source.getLocation().toURI());
            } catch (ClassNotFoundException | URISyntaxException | RuntimeException missing) {
                throw new MojoExecutionException("cannot find " + GROUP + ":" + COMMUNITY_DIALECTS + ":" + version
                        + " for the project's Hibernate ORM; add it to the project's dependencies");
            }
        }
    }

    /** {@code 7.2.19.Final} as {7, 2}; what cannot be read as {0, 0}. */
    static int[] majorMinor(String version) {
        String[] parts = version.split("[.-]");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            return new int[] {0, 0};
        }
    }
}
