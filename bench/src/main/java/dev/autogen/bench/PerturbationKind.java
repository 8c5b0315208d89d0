package dev.autogen.bench;

/** The ways the benchmark makes the database differ from the entities. */
enum PerturbationKind {
    DROPPED_COLUMN,
    EXTRA_COLUMN,
    DROPPED_INDEX,
    NULLABILITY,
    VARCHAR_LENGTH,
    EXTRA_TABLE
}
