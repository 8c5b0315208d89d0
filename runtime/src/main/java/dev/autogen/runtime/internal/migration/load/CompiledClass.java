package dev.autogen.runtime.internal.migration.load;

import java.util.Objects;

/**
 * One class file written by the compiler.
 *
 * @param className the binary class name, {@code AddTokenUsage_3f2a9c1d7e4b} or {@code Outer$Inner}
 * @param sourceFile the name of the source file it came from, within the versions folder
 */
public record CompiledClass(String className, String sourceFile) {

    public CompiledClass {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }
}
