package dev.autogen.entity;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit naming of Spring Boot's {@code SpringImplicitNamingStrategy}, for reading a Spring
 * Boot app's entities when Spring Boot is not on the class path: JPA's implicit names, except that a
 * join table is named after the owning side's physical table and the owning attribute
 * ({@code owner_table_attribute}) rather than after both entities.
 */
public class SpringBootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return toIdentifier(source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty(), source.getBuildingContext());
    }
}
