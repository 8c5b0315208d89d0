package dev.autogen.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A compiled synthetic model.
 *
 * @param size the number of entities
 * @param classesDir the folder holding the compiled entity classes
 * @param packageName the entities' package (holding one sub-package per chunk)
 * @param chunkPackages the sub-packages, in order: each one's foreign keys point into it or into earlier ones
 * @param classNames the entity classes' names, for Hibernate's validator
 * @param tables the tables the entities map, in entity order
 */
record GeneratedModel(
        int size,
        Path classesDir,
        String packageName,
        List<String> chunkPackages,
        List<String> classNames,
        List<TableShape> tables) {

    GeneratedModel {
        chunkPackages = List.copyOf(chunkPackages);
        classNames = List.copyOf(classNames);
        tables = List.copyOf(tables);
    }
}
