package dev.autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.ops.Safety;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailOnTest {

    @Test
    void driftAndAnyFailOnEveryChange() throws MojoExecutionException {
        assertEquals(Safety.SAFE, FailOn.parse("drift").least());
        assertEquals(Safety.SAFE, FailOn.parse(" ANY ").least());
        assertEquals(Safety.SAFE, FailOn.parse(null).least());
        assertEquals(Safety.DATA_DEPENDENT, FailOn.parse("data-dependent").least());
        assertEquals(Safety.DESTRUCTIVE, FailOn.parse("destructive").least());
    }

    @Test
    void anythingElseIsOneLine() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> FailOn.parse("sometimes"));
        assertEquals(
                "failOn (-Dautogen.failOn) is drift, any, data-dependent or destructive, not 'sometimes'",
                e.getMessage());
    }
}
