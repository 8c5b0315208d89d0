package dev.autogen.introspect.entity;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming ({@code SpringImplicitNamingStrategy}, in {@code org.springframework.boot.orm.jpa.hibernate}
 * in Boot 3 and {@code org.springframework.boot.hibernate} in Boot 4), for a Spring Boot application whose entity class
 * path holds its classes but not Spring Boot's jars ({@code entities=target/classes}). It is JPA's implicit naming but
 * for one name: a join table is named after the owning table and the association's attribute ({@code author_books}),
 * where JPA names it after both entities ({@code Author_Book}). Hibernate instantiates it by name through the entity
 * class loader, so it is public.
 */
public final class SpringBootImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

    public SpringBootImplicitNaming() {}

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
