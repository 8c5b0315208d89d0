/** A JPA entity for the start-up ordering test: Hibernate validates it against the tables the migrations made. */
package dev.autogen.spring.boot.jpa;
