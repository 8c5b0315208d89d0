package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A real {@code SpringApplication} whose start-up a migration error stops: Spring Boot reports the runtime's one-line
 * message through the starter's failure analyzer (what it prints under APPLICATION FAILED TO START), not a stack trace.
 */
class StartupFailureTest {

    @Test
    void aMigrationErrorIsReportedAsOneLineAndWhatToDo() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            App.url = db.url();
            Reported.analyses.clear();
            assertThatThrownBy(() -> new SpringApplicationBuilder(App.class)
                            .web(WebApplicationType.NONE)
                            .bannerMode(Banner.Mode.OFF)
                            .properties("autogen.migrations-package=com.example.nothing_here")
                            .run())
                    .rootCause()
                    .hasMessageStartingWith("No migration of package com.example.nothing_here is listed");
            assertThat(Reported.analyses).singleElement().satisfies(analysis -> {
                assertThat(analysis.getDescription())
                        .startsWith("Autogen could not migrate the database at start-up: No migration of package"
                                + " com.example.nothing_here is listed")
                        .doesNotContain("\n");
                assertThat(analysis.getAction())
                        .isEqualTo(
                                "Do what the message says, or set autogen.enabled=false to start without migrating.");
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(AutogenAutoConfiguration.class)
    static class App {

        static String url;

        @Bean
        DataSource dataSource() {
            return new SimpleDriverDataSource(new org.h2.Driver(), url);
        }
    }

    /** Registered in the tests' {@code META-INF/spring.factories}: keeps each analysis Spring Boot would print. */
    public static final class Reported implements FailureAnalysisReporter {

        static final List<FailureAnalysis> analyses = new ArrayList<>();

        @Override
        public void report(FailureAnalysis analysis) {
            analyses.add(analysis);
        }
    }
}
